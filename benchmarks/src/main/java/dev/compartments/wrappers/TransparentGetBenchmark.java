package dev.compartments.wrappers;

import dev.compartments.benchmarks.Contexts;
import dev.compartments.benchmarks.JsProxyMembrane;
import dev.compartments.benchmarks.Reads;
import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.ScriptLoop;
import dev.compartments.benchmarks.Workload;
import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
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
 * R1: a property get through a transparent wrapper (two compartments of one origin, neither
 * wanting Xrays) against a direct get of an object of the reader's own compartment global, for a
 * primitive result ({@code o.x}) and an object result ({@code o.y}, which the wrapper must wrap,
 * from its cache, on every read). Also plain Rhino without the library ({@code RAW_RHINO}) and the
 * comparison column: the same reads through a membrane written in JavaScript with Rhino's {@code
 * Proxy} ({@code JS_PROXY_MEMBRANE}, see {@link JsProxyMembrane}). The score is nanoseconds per
 * property read (a compiled loop of {@value ScriptLoop#OPERATIONS} reads per invocation).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TransparentGetBenchmark -f 1 -wi 3 -w
 * 1s -i 5 -r 1s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ScriptLoop.OPERATIONS)
public class TransparentGetBenchmark {
  /** How the reading script reaches the object. */
  public enum Access {
    /** Plain Rhino, no library: the object of the script's own {@code initSafeStandardObjects} scope. */
    RAW_RHINO {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        Context cx = Contexts.raw(mode).enterContext();
        Scriptable scope = cx.initSafeStandardObjects();
        return new ScriptLoop(cx, scope, reads.loopSource(), CrossCompartmentReads.PLAIN_OBJECT.apply(cx, scope));
      }
    },
    /** Baseline: the object of the script's own compartment global, raw. */
    DIRECT {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        return CrossCompartmentReads.direct(mode, reads, CrossCompartmentReads.PLAIN_OBJECT);
      }
    },
    /** An object of another compartment of the same origin, through a transparent wrapper. */
    TRANSPARENT {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        return CrossCompartmentReads.across(
            mode, reads, false, WrapperKind.TRANSPARENT, CrossCompartmentReads.PLAIN_OBJECT);
      }
    },
    /** The straw man: plain Rhino, the object behind a JavaScript {@code Proxy} membrane. */
    JS_PROXY_MEMBRANE {
      @Override
      Workload build(RhinoMode mode, Reads reads) {
        Context cx = Contexts.raw(mode).enterContext();
        Scriptable scope = cx.initSafeStandardObjects();
        Scriptable object = (Scriptable) CrossCompartmentReads.PLAIN_OBJECT.apply(cx, scope);
        return new ScriptLoop(cx, scope, reads.loopSource(), JsProxyMembrane.wrap(cx, scope, object));
      }
    };

    abstract Workload build(RhinoMode mode, Reads reads);
  }

  @Param public Access access;
  @Param public Reads reads;
  @Param public RhinoMode mode;

  private Workload workload;

  @Setup
  public void setUp() {
    workload = access.build(mode, reads);
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
