package dev.compartments.benchmarks;

import java.util.Objects;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;

/**
 * A JavaScript function compiled once (in the context's {@link RhinoMode}) and called with the same
 * arguments on every invocation, in a context that stays entered on the benchmark thread from
 * setup to teardown. Its result is returned to JMH, so the work cannot be eliminated.
 *
 * <p>Not thread-safe: one per JMH thread ({@code Scope.Thread}).
 */
public final class ScriptLoop implements Workload {
  /** How many operations (property reads, calls) one call of a loop function performs. */
  public static final int OPERATIONS = 1000;

  private final Context cx;
  private final Scriptable scope;
  private final Function function;
  private final Object[] args;

  /**
   * Compiles {@code functionSource} (a function expression) in {@code scope}; {@code cx} must be the
   * thread's current context, entered by the caller, and is exited by {@link #close}.
   */
  public ScriptLoop(Context cx, Scriptable scope, String functionSource, Object... args) {
    this.cx = Objects.requireNonNull(cx, "cx");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.function = cx.compileFunction(scope, functionSource, "benchmark", 1, null);
    this.args = args.clone();
  }

  /** Calls the function once. */
  @Override
  public Object run() {
    return function.call(cx, scope, scope, args);
  }

  /** The context the function runs in. */
  public Context context() {
    return cx;
  }

  /** Exits the context (entered once by the creator). */
  @Override
  public void close() {
    cx.close();
  }

  /** A loop of {@link #OPERATIONS} iterations of {@code body}, in a function of {@code params}. */
  public static String loop(String params, String before, String body) {
    return "function run(" + params + ") {\n"
        + "  var n = 0;\n"
        + "  " + before + "\n"
        + "  for (var i = 0; i < " + OPERATIONS + "; i++) {\n"
        + "    " + body + "\n"
        + "  }\n"
        + "  return n;\n"
        + "}";
  }
}
