package dev.compartments.engine;

import dev.compartments.benchmarks.Contexts;
import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.ScriptLoop;
import dev.compartments.benchmarks.Workload;
import dev.compartments.wrappers.AuditListener;
import dev.compartments.wrappers.CompartmentTraits;
import dev.compartments.wrappers.Membrane;
import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.Context;
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
 * R6: making a content sandbox ({@code https://example.com}) three ways, against Rhino's own {@code
 * Context.initSafeStandardObjects()} (a fresh global with the standard objects, nothing else): a
 * compartment global from the membrane alone, {@link Engine#createSandbox} (with {@link
 * Limits#DEFAULT}, so the allocation guards are installed as in a default engine), and {@code new
 * Cu.Sandbox(url)} called by a system script (which also wraps the new global for its caller). The
 * score is microseconds per sandbox.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SandboxCreationBenchmark -f 1 -wi 3 -w
 * 1s -i 5 -r 1s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SandboxCreationBenchmark {
  /** How the sandbox is made. */
  public enum Create {
    /** Baseline: plain Rhino's {@code initSafeStandardObjects()}. */
    RHINO_INIT_SAFE_STANDARD_OBJECTS {
      @Override
      Workload build(RhinoMode mode) {
        Context cx = Contexts.raw(mode).enterContext();
        return new Workload() {
          @Override
          public Object run() {
            return cx.initSafeStandardObjects();
          }

          @Override
          public void close() {
            cx.close();
          }
        };
      }
    },
    /**
     * For reference: the same on a {@link TopLevel} scope ({@code initSafeStandardObjects(new
     * TopLevel(), false)}), which is what every compartment global is: Rhino then also caches its
     * builtin constructors ({@code TopLevel.cacheBuiltins}), building several that the plain call
     * leaves to be built lazily on first use.
     */
    RHINO_INIT_SAFE_STANDARD_OBJECTS_TOP_LEVEL {
      @Override
      Workload build(RhinoMode mode) {
        Context cx = Contexts.raw(mode).enterContext();
        return new Workload() {
          @Override
          public Object run() {
            return cx.initSafeStandardObjects(new TopLevel(), false);
          }

          @Override
          public void close() {
            cx.close();
          }
        };
      }
    },
    /** {@code membrane.newCompartment(traits, name).newGlobal()}: the wrappers layer alone. */
    COMPARTMENT_NEW_GLOBAL {
      @Override
      Workload build(RhinoMode mode) {
        Membrane membrane = Membrane.create(Contexts.safe(mode), AuditListener.NONE);
        CompartmentTraits traits = CompartmentTraits.of(EngineFixture.CONTENT);
        Context cx = membrane.contextFactory().enterContext();
        return new Workload() {
          @Override
          public Object run() {
            return membrane.newCompartment(traits, "sandbox").newGlobal();
          }

          @Override
          public void close() {
            cx.close();
          }
        };
      }
    },
    /** {@code engine.createSandbox(principal)} from Java. */
    ENGINE_CREATE_SANDBOX {
      @Override
      Workload build(RhinoMode mode) {
        EngineFixture f = new EngineFixture(mode, Limits.DEFAULT);
        return new Workload() {
          @Override
          public Object run() {
            return f.engine.createSandbox(EngineFixture.CONTENT);
          }

          @Override
          public void close() {
            f.close();
          }
        };
      }
    },
    /** {@code new Cu.Sandbox("https://example.com")} in a system sandbox's script. */
    CU_SANDBOX {
      @Override
      Workload build(RhinoMode mode) {
        EngineFixture f = new EngineFixture(mode, Limits.DEFAULT);
        return new ScriptLoop(
            f.cx, f.systemGlobal(), "function run() { return new Cu.Sandbox('https://example.com'); }");
      }
    };

    abstract Workload build(RhinoMode mode);
  }

  @Param public Create create;
  @Param public RhinoMode mode;

  private Workload workload;

  @Setup
  public void setUp() {
    workload = create.build(mode);
  }

  @TearDown
  public void tearDown() {
    workload.close();
  }

  /** One sandbox. */
  @Benchmark
  public Object newSandbox() {
    return workload.run();
  }
}
