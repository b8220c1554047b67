package dev.compartments.conformance.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.wrappers.SafeContextFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;

/**
 * Rhino's messages name no Java class in this library's contexts (RhinoMessages in the wrappers
 * module), and are left alone in anyone else's. This module's tests run on the class path, as the
 * {@code compartments} jar does, which is where the JDK consults the provider.
 */
class RhinoMessagesTest {
  /** Scripts whose errors Rhino words with Java class names. */
  private static final List<String> NAMING_CLASSES =
      List.of(
          "Map.prototype.get.call({})",
          "Set.prototype.add.call(1)",
          "WeakMap.prototype.set.call({}, {}, 1)",
          "Promise.prototype.then.call({})",
          "new Uint8Array(2).subarray.call({})",
          "ArrayBuffer.prototype.slice.call({})",
          "DataView.prototype.getInt8.call({})",
          "Number.prototype.toFixed.call('x')",
          "Symbol.prototype.toString.call(1)",
          "Boolean.prototype.valueOf.call({})",
          "Date.prototype.getTime.call({})",
          "new Date().toISOString.call(1)",
          "RegExp.prototype.exec.call({})",
          "Error.prototype.toString.call(1)",
          "Function.prototype.toString.call({})",
          "var o = {}; o.o = o; JSON.stringify(o)",
          "var a = []; a.push(a); JSON.stringify(a)");

  private static List<String> messages(ContextFactory factory) {
    List<String> messages = new ArrayList<>();
    Context cx = factory.enterContext();
    try {
      cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
      Scriptable scope = cx.initSafeStandardObjects();
      for (String source : NAMING_CLASSES) {
        try {
          cx.evaluateString(scope, source, "probe.js", 1, null);
          messages.add(source + " => no error");
        } catch (RhinoException e) {
          messages.add(e.details());
        }
      }
    } finally {
      Context.exit();
    }
    return messages;
  }

  private static boolean namesAClass(String message) {
    return message.contains("org.mozilla") || message.contains("dev.compartments")
        || message.matches(".*\\bNative[A-Z].*") || message.contains("ES6Iterator");
  }

  @Test
  void inASafeContext_noMessageNamesAJavaClass() {
    List<String> messages = messages(new SafeContextFactory());
    assertEquals(NAMING_CLASSES.size(), messages.size());
    for (String message : messages) {
      assertFalse(namesAClass(message), message);
      assertTrue(message.startsWith("TypeError: "), message);
    }
    assertTrue(messages.contains("TypeError: Method called on incompatible object."), messages.toString());
    assertTrue(messages.contains("TypeError: Method \"getTime\" called on incompatible object."), messages.toString());
    assertTrue(messages.contains("TypeError: Cyclic object value not allowed."), messages.toString());
  }

  @Test
  void inAnyOtherContext_rhinosOwnMessagesAreKept() {
    List<String> messages = messages(new ContextFactory());
    assertTrue(messages.contains("TypeError: \"this\" is not an instance of class NativeMap"), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("TypeError: Cyclic org.mozilla.javascript.")), messages.toString());
  }

  @Test
  void everyReplacedKey_isStillOneOfRhinosMessages() {
    // If Rhino renames a key, the replacement silently stops applying: catch that here.
    ResourceBundle rhinos =
        ResourceBundle.getBundle(
            "org.mozilla.javascript.resources.Messages", Locale.ROOT, Context.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : List.of("msg.this.not.instance", "msg.incompat.call.details", "msg.cyclic.value")) {
      assertTrue(rhinos.containsKey(key), key);
    }
  }
}
