package dev.compartments.wrappers;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.WrapFactory;

/**
 * The context factory every script of a {@link Membrane} runs under: the latest ECMAScript
 * language version, and no way to reach Java. Subclass it to add limits (the engine does).
 *
 * <h2>Security guarantees</h2>
 *
 * <ul>
 *   <li>The class shutter admits no Java class, so no script can name or reflect on one, and Java
 *       exceptions caught by scripts carry no {@code javaException} or {@code rhinoException}.
 *   <li>The wrap factory refuses to expose any Java object that is not a JavaScript value: host
 *       objects reach scripts only as Rhino scriptables the host built on purpose.
 * </ul>
 *
 * <p>Thread-safe.
 */
public class SafeContextFactory extends ContextFactory {
  @Override
  protected boolean hasFeature(Context cx, int featureIndex) {
    switch (featureIndex) {
      case Context.FEATURE_ENHANCED_JAVA_ACCESS:
      case Context.FEATURE_E4X:
      case Context.FEATURE_ENABLE_JAVA_MAP_ACCESS:
        return false;
      case Context.FEATURE_LOCATION_INFORMATION_IN_ERROR:
        return true;
      default:
        return super.hasFeature(cx, featureIndex);
    }
  }

  @Override
  protected void onContextCreated(Context cx) {
    super.onContextCreated(cx);
    cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
    cx.setClassShutter(className -> false);
    cx.setWrapFactory(new NoJavaWrapFactory());
  }

  /** Passes JavaScript values through and refuses every other Java object. */
  private static final class NoJavaWrapFactory extends WrapFactory {
    NoJavaWrapFactory() {
      setJavaPrimitiveWrap(false);
    }

    @Override
    public Scriptable wrapAsJavaObject(
        Context cx, Scriptable scope, Object javaObject, Class<?> staticType) {
      throw Context.reportRuntimeError("Host objects are not available to scripts");
    }

    @Override
    public Scriptable wrapAsJavaObject(
        Context cx, Scriptable scope, Object javaObject, org.mozilla.javascript.lc.type.TypeInfo staticType) {
      throw Context.reportRuntimeError("Host objects are not available to scripts");
    }

    @Override
    public Scriptable wrapNewObject(Context cx, Scriptable scope, Object obj) {
      if (obj instanceof Scriptable) {
        return (Scriptable) obj;
      }
      throw Context.reportRuntimeError("Host objects are not available to scripts");
    }

    @Override
    public Scriptable wrapJavaClass(Context cx, Scriptable scope, Class<?> javaClass) {
      throw Context.reportRuntimeError("Host classes are not available to scripts");
    }
  }
}
