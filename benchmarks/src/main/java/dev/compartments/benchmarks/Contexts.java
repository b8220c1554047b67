package dev.compartments.benchmarks;

import dev.compartments.wrappers.SafeContextFactory;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * The context factories the benchmarks run under: plain Rhino for the unwrapped baselines, and the
 * library's {@link SafeContextFactory} for membranes built without an engine. Both use the latest
 * language version and the given {@link RhinoMode}, so a baseline and its variant differ only in
 * what the library adds.
 */
public final class Contexts {
  private Contexts() {}

  /** Plain Rhino: no class shutter, no wrap factory, no membrane. */
  public static ContextFactory raw(RhinoMode mode) {
    return new ContextFactory() {
      @Override
      protected void onContextCreated(Context cx) {
        super.onContextCreated(cx);
        cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        cx.setInterpretedMode(mode.interpreted());
      }
    };
  }

  /** The library's safe factory, in {@code mode}. */
  public static SafeContextFactory safe(RhinoMode mode) {
    return new SafeContextFactory() {
      @Override
      protected void onContextCreated(Context cx) {
        super.onContextCreated(cx);
        cx.setInterpretedMode(mode.interpreted());
      }
    };
  }
}
