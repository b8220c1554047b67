package dev.compartments.wrappers;

import dev.compartments.benchmarks.Contexts;
import dev.compartments.benchmarks.Reads;
import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.ScriptLoop;
import dev.compartments.benchmarks.Workload;
import dev.compartments.principals.Principal;
import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.TopLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * R0: a script reads properties of an object of another global of its own compartment (two
 * same-principal globals sharing one compartment) against the same reads of an object of its own
 * global. No wrapper is made between globals of one compartment, so the ratio should be 1.0. The
 * score is nanoseconds per property read (a compiled loop of {@value ScriptLoop#OPERATIONS} reads
 * per invocation).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SameCompartmentBenchmark -f 1 -wi 3 -w
 * 1s -i 5 -r 1s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ScriptLoop.OPERATIONS)
public class SameCompartmentBenchmark {
  /** Where the object read lives, relative to the reading script. */
  public enum Globals {
    /** Baseline: the object belongs to the reading script's own global. */
    ONE_GLOBAL {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        Membrane membrane = Membrane.create(Contexts.safe(mode), AuditListener.NONE);
        Compartment compartment = membrane.newCompartment(CompartmentTraits.of(ORIGIN), "r0");
        Context cx = membrane.contextFactory().enterContext();
        CompartmentGlobal global = compartment.newGlobal();
        Object object = cx.evaluateString(global, Reads.OBJECT_SOURCE, "r0", 1, null);
        return new ScriptLoop(cx, global, reads.loopSource(), object);
      }
    },
    /** The object belongs to a second global of the same compartment. */
    TWO_GLOBALS_ONE_COMPARTMENT {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        Membrane membrane = Membrane.create(Contexts.safe(mode), AuditListener.NONE);
        Compartment compartment = membrane.newCompartment(CompartmentTraits.of(ORIGIN), "r0");
        Context cx = membrane.contextFactory().enterContext();
        CompartmentGlobal reader = compartment.newGlobal();
        CompartmentGlobal owner = compartment.newGlobal();
        Object object = cx.evaluateString(owner, Reads.OBJECT_SOURCE, "r0", 1, null);
        Object seen = membrane.wrap(object, compartment);
        if (seen != object || Wrappers.isWrapper(seen)) {
          throw new IllegalStateException("a wrapper between globals of one compartment: " + seen);
        }
        return new ScriptLoop(cx, reader, reads.loopSource(), seen);
      }
    },
    /**
     * For reference, plain Rhino without the library: the object belongs to the reading script's
     * own {@code TopLevel} global (what every compartment global is).
     */
    RAW_RHINO_ONE_GLOBAL {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        Context cx = Contexts.raw(mode).enterContext();
        Scriptable global = cx.initSafeStandardObjects(new TopLevel(), false);
        Object object = cx.evaluateString(global, Reads.OBJECT_SOURCE, "r0", 1, null);
        return new ScriptLoop(cx, global, reads.loopSource(), object);
      }
    },
    /**
     * Plain Rhino, the object made in a second {@code TopLevel} global: what reading another
     * global's object costs Rhino itself, with no library code on the path.
     */
    RAW_RHINO_TWO_GLOBALS {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        Context cx = Contexts.raw(mode).enterContext();
        Scriptable reader = cx.initSafeStandardObjects(new TopLevel(), false);
        Scriptable owner = cx.initSafeStandardObjects(new TopLevel(), false);
        Object object = cx.evaluateString(owner, Reads.OBJECT_SOURCE, "r0", 1, null);
        return new ScriptLoop(cx, reader, reads.loopSource(), object);
      }
    };

    static final Principal ORIGIN = Principal.fromUrl("https://a.example");

    abstract Workload build(RhinoMode mode, Reads reads);
  }

  @Param public Globals globals;
  @Param public Reads reads;
  @Param public RhinoMode mode;

  private Workload workload;

  @Setup
  public void setUp() {
    workload = globals.build(mode, reads);
  }

  @TearDown
  public void tearDown() {
    workload.close();
  }

  /** {@value ScriptLoop#OPERATIONS} property reads. */
  @Benchmark
  public Object read() {
    return workload.run();
  }
}
