package dev.compartments.wrappers;

import dev.compartments.benchmarks.PointHostObject;
import dev.compartments.benchmarks.Reads;
import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.ScriptLoop;
import dev.compartments.benchmarks.Workload;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
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
 * R2: a property get through an Xray against the same get through a transparent wrapper, on a plain
 * object ({@code JsObjectXray}) and on a host native object ({@code HostXray}; a Java-defined {@code
 * Point} whose members are native accessors, see {@link PointHostObject}), for a primitive and an
 * object result. Viewer and owner are compartments of one origin that differ only in {@code
 * wantXrays}, so the two variants differ only in the wrapper kind. The score is nanoseconds per
 * property read (a compiled loop of {@value ScriptLoop#OPERATIONS} reads per invocation).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar XrayGetBenchmark -f 1 -wi 3 -w 1s -i 5
 * -r 1s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ScriptLoop.OPERATIONS)
public class XrayGetBenchmark {
  /** The wrapper the reader gets. */
  public enum Access {
    /** Baseline: neither compartment wants Xrays. */
    TRANSPARENT {
      @Override
      Workload build(RhinoMode mode, Reads reads, Target target) {
        return CrossCompartmentReads.across(mode, reads, false, WrapperKind.TRANSPARENT, target.maker);
      }
    },
    /** Both compartments want Xrays (two default sandboxes of one origin). */
    XRAY {
      @Override
      Workload build(RhinoMode mode, Reads reads, Target target) {
        return CrossCompartmentReads.across(mode, reads, true, WrapperKind.XRAY, target.maker);
      }
    };

    abstract Workload build(RhinoMode mode, Reads reads, Target target);
  }

  /** The object read. */
  public enum Target {
    /** A plain object made by a script: {@code {x: 1, y: {z: 2}}}. */
    PLAIN_OBJECT(CrossCompartmentReads.PLAIN_OBJECT),
    /** A host native {@code Point} whose {@code x} and {@code y} are Java-implemented accessors. */
    HOST_NATIVE((cx, global) -> PointHostObject.create(cx, global));

    final BiFunction<Context, Scriptable, Object> maker;

    Target(BiFunction<Context, Scriptable, Object> maker) {
      this.maker = maker;
    }
  }

  @Param public Access access;
  @Param public Target target;
  @Param public Reads reads;
  @Param public RhinoMode mode;

  private Workload workload;

  @Setup
  public void setUp() {
    workload = access.build(mode, reads, target);
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
