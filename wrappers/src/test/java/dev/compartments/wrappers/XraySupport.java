package dev.compartments.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;

/**
 * The setting of the Xray tests: a system global {@code sys} that sees the content global {@code
 * a} (https://a.example) as {@code sb}, so that {@code sb.x} is an Xray of content's {@code x}.
 */
abstract class XraySupport {
  final Fixture f = new Fixture();
  CompartmentGlobal sys;
  CompartmentGlobal a;

  @BeforeEach
  void setUpSystemViewingContent() {
    sys = f.system();
    a = f.content("https://a.example");
    f.expose(sys, "sb", a);
  }

  @AfterEach
  void closeFixture() {
    f.close();
  }

  Object inSystem(String source) {
    return f.eval(sys, source);
  }

  Object inContent(String source) {
    return f.eval(a, source);
  }

  String systemString(String source) {
    return Context.toString(f.eval(sys, source));
  }

  EcmaError systemThrows(String source) {
    return assertThrows(EcmaError.class, () -> f.eval(sys, source));
  }

  static void assertJsError(String name, String message, EcmaError e) {
    assertEquals(name, e.getName());
    assertEquals(message, e.getErrorMessage());
  }
}
