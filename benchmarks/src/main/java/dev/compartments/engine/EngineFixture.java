package dev.compartments.engine;

import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.Wrappers;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The engine-level fixture: an engine in the given {@link RhinoMode} with the given limits, a
 * system sandbox ({@code Components.utils} as {@code Cu}) and a content sandbox of {@code
 * https://example.com}, reachable from the system sandbox's scripts as {@code sb}; a context of the
 * engine stays entered on the benchmark thread until {@link #close}.
 *
 * <p>Not thread-safe.
 */
final class EngineFixture implements AutoCloseable {
  static final Principal CONTENT = Principal.fromUrl("https://example.com");

  final Engine engine;
  final Sandbox system;
  final Sandbox content;
  final Context cx;

  EngineFixture(RhinoMode mode, Limits limits) {
    engine = Engine.builder().limits(limits).interpreted(mode.interpreted()).build();
    cx = engine.membrane().contextFactory().enterContext();
    system = engine.createSandbox(Principal.system(), SandboxOptions.DEFAULT.withSandboxName("system"));
    content = engine.createSandbox(CONTENT, SandboxOptions.DEFAULT.withSandboxName("content"));
    Object sb = engine.membrane().wrap(content.unsafeGlobal(), system.compartment());
    ScriptableObject.putProperty(systemGlobal(), "sb", sb);
  }

  /** The system sandbox's global (raw: for the benchmark's own setup scripts only). */
  Scriptable systemGlobal() {
    return system.unsafeGlobal();
  }

  /** The content sandbox's global (raw: for the benchmark's own setup scripts only). */
  Scriptable contentGlobal() {
    return content.unsafeGlobal();
  }

  /** Evaluates {@code source} in {@code global}, raw, in the entered context. */
  Object eval(Scriptable global, String source) {
    return cx.evaluateString(global, source, "setup", 1, null);
  }

  /** Whether {@code value} is an object of the content sandbox's own compartment, not a wrapper. */
  boolean isContentObject(Object value) {
    return value instanceof Scriptable
        && !Wrappers.isWrapper(value)
        && ScriptableObject.getTopLevelScope((Scriptable) value) instanceof CompartmentGlobal
        && ((CompartmentGlobal) ScriptableObject.getTopLevelScope((Scriptable) value)).compartment()
            == content.compartment();
  }

  @Override
  public void close() {
    cx.close();
  }
}
