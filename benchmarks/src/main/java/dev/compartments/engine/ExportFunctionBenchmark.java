package dev.compartments.engine;

import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.ScriptLoop;
import dev.compartments.benchmarks.Workload;
import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptableObject;
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
 * R3: a content script calls a function that system code exported into its sandbox with {@code
 * Cu.exportFunction} (the forwarder checks and wraps {@code this} and every argument for the
 * callee, and the result for the caller), against a direct call of a function of the content
 * sandbox's own global with the same body ({@code function (a, b, c) { return 1; }}: the worst
 * case, where the call is all there is), with no argument, one and three primitive arguments, and
 * one object argument. {@code NATIVE_FUNCTION}, a Java function of the content global, shows what
 * any call from a script into Java costs, which a forwarder cannot avoid. The engine runs with
 * {@link Limits#NONE}, so no instruction counting is added to either side. The score is
 * nanoseconds per call (a compiled loop of {@value ScriptLoop#OPERATIONS} calls per invocation).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExportFunctionBenchmark -f 1 -wi 3 -w
 * 1s -i 5 -r 1s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ScriptLoop.OPERATIONS)
public class ExportFunctionBenchmark {
  static final String CALLEE = "(function callee(a, b, c) { return 1; })";

  /** What the content script calls. */
  public enum Call {
    /** Baseline: a function of the content sandbox's own global. */
    DIRECT {
      @Override
      Object callee(EngineFixture f) {
        return f.eval(f.contentGlobal(), CALLEE);
      }
    },
    /**
     * For reference: a Java-implemented function of the content sandbox's own global (a {@code
     * LambdaFunction} returning 1, no membrane), the floor of any call that leaves compiled script
     * for Java, as a forwarder must.
     */
    NATIVE_FUNCTION {
      @Override
      Object callee(EngineFixture f) {
        return new LambdaFunction(f.contentGlobal(), "callee", 3, (cx, scope, thisObj, args) -> 1);
      }
    },
    /** The forwarder {@code Cu.exportFunction(fn, sb, {defineAs: "callee"})} made for a system function. */
    EXPORTED {
      @Override
      Object callee(EngineFixture f) {
        f.eval(f.systemGlobal(), "Cu.exportFunction(" + CALLEE + ", sb, {defineAs: 'callee'})");
        return ScriptableObject.getProperty(f.contentGlobal(), "callee");
      }
    };

    abstract Object callee(EngineFixture f);
  }

  /** The arguments of each call. */
  public enum Args {
    NONE(""),
    ONE_PRIMITIVE("i"),
    THREE_PRIMITIVES("i, 2, 'x'"),
    /** A plain object of the content sandbox (wrapped for the callee on an exported call). */
    ONE_OBJECT("o");

    final String source;

    Args(String source) {
      this.source = source;
    }
  }

  @Param public Call call;
  @Param public Args args;
  @Param public RhinoMode mode;

  private EngineFixture fixture;
  private Workload workload;

  @Setup
  public void setUp() {
    fixture = new EngineFixture(mode, Limits.NONE);
    Object callee = call.callee(fixture);
    if (!(callee instanceof Function)) {
      fixture.close();
      throw new IllegalStateException("no function to call: " + callee);
    }
    Object object = fixture.eval(fixture.contentGlobal(), "({a: 1})");
    workload =
        new ScriptLoop(
            fixture.cx,
            fixture.contentGlobal(),
            ScriptLoop.loop("f, o", "", "n += f(" + args.source + ");"),
            callee,
            object);
  }

  @TearDown
  public void tearDown() {
    workload.close();
  }

  /** {@value ScriptLoop#OPERATIONS} calls. */
  @Benchmark
  public Object calls() {
    return workload.run();
  }
}
