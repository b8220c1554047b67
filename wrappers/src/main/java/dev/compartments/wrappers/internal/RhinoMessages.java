package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.SafeContextFactory;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.spi.ResourceBundleControlProvider;
import org.mozilla.javascript.Context;

/**
 * Rhino's error messages without the names of Java classes, for scripts of this library's contexts.
 *
 * <p>Some of Rhino's messages name the Java classes involved: a builtin called on the wrong object
 * ({@code Map.prototype.get.call(w)}: {@code "this" is not an instance of class NativeMap}), or on
 * a wrapper ({@code ... (dev.compartments.wrappers.internal.WrapperShell is not an instance of
 * org.mozilla.javascript.NativeDate)}), and a cycle in {@code JSON.stringify}. Those names tell a
 * hostile script what runs it and how the membrane is built. Rhino reads its messages from the
 * resource bundle {@code org.mozilla.javascript.resources.Messages}; this provider gives that
 * bundle a {@link ResourceBundle.Control} whose bundles answer those few keys with a message that
 * names no class, and every other key as Rhino does.
 *
 * <p>Only while the current context comes from a {@link SafeContextFactory}: other users of Rhino
 * in the same JVM keep Rhino's messages. The JDK consults such providers for callers on the class
 * path (Rhino in the unnamed module), which is how the {@code compartments} jar runs; with Rhino on
 * the module path the JDK ignores them and Rhino's own messages are used.
 */
public final class RhinoMessages implements ResourceBundleControlProvider {
  static final String RHINO_MESSAGES = "org.mozilla.javascript.resources.Messages";

  /** Rhino's message keys whose arguments are Java class names, with what replaces them. */
  static final Map<String, String> REPLACEMENTS =
      Map.of(
          "msg.this.not.instance", "Method called on incompatible object.",
          "msg.incompat.call.details", "Method \"{0}\" called on incompatible object.",
          "msg.cyclic.value", "Cyclic object value not allowed.");

  private static final ResourceBundle.Control CONTROL = new SanitizingControl();

  /** For the service loader. */
  public RhinoMessages() {}

  @Override
  public ResourceBundle.Control getControl(String baseName) {
    return RHINO_MESSAGES.equals(baseName) ? CONTROL : null;
  }

  /** Whether the running script's context is one of this library's. */
  static boolean inSafeContext() {
    Context cx = Context.getCurrentContext();
    return cx != null && cx.getFactory() instanceof SafeContextFactory;
  }

  /** Loads Rhino's bundles as the JDK would, each behind a {@link Sanitized} view. */
  private static final class SanitizingControl extends ResourceBundle.Control {
    @Override
    public ResourceBundle newBundle(
        String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
        throws IllegalAccessException, InstantiationException, IOException {
      ResourceBundle rhinos = super.newBundle(baseName, locale, format, loader, reload);
      return rhinos == null ? null : new Sanitized(rhinos);
    }
  }

  /** One of Rhino's bundles, with {@link #REPLACEMENTS} in this library's contexts. */
  private static final class Sanitized extends ResourceBundle {
    private final ResourceBundle rhinos;

    Sanitized(ResourceBundle rhinos) {
      this.rhinos = rhinos;
    }

    @Override
    protected Object handleGetObject(String key) {
      String replacement = REPLACEMENTS.get(key);
      if (replacement != null && inSafeContext()) {
        return replacement;
      }
      // Only this level: the JDK links the parent bundles behind this one.
      return rhinos.keySet().contains(key) ? rhinos.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      return rhinos.getKeys();
    }
  }
}
