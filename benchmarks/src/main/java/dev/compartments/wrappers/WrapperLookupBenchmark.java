package dev.compartments.wrappers;

import dev.compartments.benchmarks.Contexts;
import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.Workload;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.TopLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * R4: the wrapper lookup, {@link Membrane#wrap} from Java, for an object whose wrapper the viewer
 * already holds (a cache hit), for a fresh object (a miss: the decision, a new wrapper, the cache
 * insert) and for the wrapper itself, against a {@link ConcurrentHashMap#get} keyed by the same
 * object. {@code NEW_OBJECT} is the cost of making the fresh object alone, which the miss includes.
 * The lookup is Java code that no script runs, so the Rhino mode does not apply here. The score is
 * nanoseconds per lookup.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WrapperLookupBenchmark -f 1 -wi 3 -w
 * 1s -i 5 -r 1s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WrapperLookupBenchmark {
  /** What one operation looks up. */
  public enum Lookup {
    /** Baseline: a {@code ConcurrentHashMap.get} of the object, mapped to its wrapper. */
    CONCURRENT_HASH_MAP_GET {
      @Override
      Workload build(Fixture f) {
        ConcurrentHashMap<Scriptable, Object> map = new ConcurrentHashMap<>();
        map.put(f.object, f.membrane.wrap(f.object, f.viewer));
        for (int i = 0; i < 64; i++) {
          Scriptable other = f.newObject();
          map.put(other, f.membrane.wrap(other, f.viewer));
        }
        return f.workload(() -> map.get(f.object));
      }
    },
    /** {@code membrane.wrap(object, viewer)} where the viewer's cache holds the wrapper. */
    WRAP_CACHE_HIT {
      @Override
      Workload build(Fixture f) {
        // Held strongly, as a script holding the wrapper would: the cache holds wrappers weakly.
        f.held = f.membrane.wrap(f.object, f.viewer);
        return f.workload(() -> f.membrane.wrap(f.object, f.viewer));
      }
    },
    /** {@code membrane.wrap(wrapper, viewer)}: a wrapper the viewer already holds comes back as is. */
    WRAP_OF_WRAPPER {
      @Override
      Workload build(Fixture f) {
        Object wrapper = f.membrane.wrap(f.object, f.viewer);
        return f.workload(() -> f.membrane.wrap(wrapper, f.viewer));
      }
    },
    /** {@code membrane.wrap} of a fresh object of the owner: decision, new wrapper, cache insert. */
    WRAP_CACHE_MISS {
      @Override
      Workload build(Fixture f) {
        return f.workload(() -> f.membrane.wrap(f.newObject(), f.viewer));
      }
    },
    /** Making the fresh object alone, as the miss does before it wraps. */
    NEW_OBJECT {
      @Override
      Workload build(Fixture f) {
        return f.workload(f::newObject);
      }
    };

    abstract Workload build(Fixture f);
  }

  /** Two compartments of one origin without Xrays: the viewer gets transparent wrappers. */
  static final class Fixture {
    final Membrane membrane = Membrane.create(Contexts.safe(RhinoMode.COMPILED), AuditListener.NONE);
    final Compartment viewer;
    final CompartmentGlobal ownerGlobal;
    final Context cx;
    final Scriptable object;
    Object held;

    Fixture() {
      CompartmentTraits traits = new CompartmentTraits(CrossCompartmentReads.ORIGIN, false, true);
      viewer = membrane.newCompartment(traits, "viewer");
      Compartment owner = membrane.newCompartment(traits, "owner");
      cx = membrane.contextFactory().enterContext();
      viewer.newGlobal();
      ownerGlobal = owner.newGlobal();
      object = newObject();
    }

    Scriptable newObject() {
      NativeObject fresh = new NativeObject();
      ScriptRuntime.setBuiltinProtoAndParent(fresh, ownerGlobal, TopLevel.Builtins.Object);
      return fresh;
    }

    Workload workload(java.util.function.Supplier<Object> operation) {
      return new Workload() {
        @Override
        public Object run() {
          return operation.get();
        }

        @Override
        public void close() {
          cx.close();
        }
      };
    }
  }

  @Param public Lookup lookup;

  private Workload workload;

  @Setup
  public void setUp() {
    workload = lookup.build(new Fixture());
  }

  @TearDown
  public void tearDown() {
    workload.close();
  }

  /** One lookup. */
  @Benchmark
  public Object wrapLookup() {
    return workload.run();
  }
}
