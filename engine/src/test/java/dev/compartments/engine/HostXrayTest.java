package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * System code viewing a content global's host object through an Xray: exactly the declared members,
 * running the Java implementation whatever the content did; the viewer's own expandos.
 */
class HostXrayTest {
  private Engine engine;
  private HostClassTest.Counter peer;
  private Sandbox content;
  private Sandbox system;

  @BeforeEach
  void setUp() {
    engine = Engine.builder().hostClass(HostClassTest.Counter.class).build();
    peer = new HostClassTest.Counter();
    content = engine.createSandbox(Principal.content("https://a.example"));
    engine.defineHostObject(content, "counter", "Counter", peer);
    engine.defineHostObject(content, "other", "Counter", new HostClassTest.Counter());
    system = engine.createSandbox(Principal.system());
    // The system global gets the content global as a system viewer sees it: a transparent wrapper.
    ScriptableObject.putProperty(
        system.unsafeGlobal(), "sb", engine.membrane().wrap(content.unsafeGlobal(), system.compartment()));
    sys("var c = sb.counter");
  }

  private Object sys(String source) {
    return engine.evaluate(system, source);
  }

  private Object contentEval(String source) {
    return engine.evaluate(content, source);
  }

  private Object thrownInSystem(String statement) {
    return sys("(function () { try { " + statement + "; return 'no exception'; } catch (e) { return e.name + ': ' + e.message; } })()");
  }

  @Test
  void systemViewer_getsAnXrayOfTheHostObject() {
    Object c = sys("c");
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(c));
    assertEquals(ObjectKind.HOST_NATIVE, engine.membrane().explain(system.compartment(), Wrappers.unsafeUnwrap((Scriptable) c), false).objectKind());
    assertEquals(Boolean.TRUE, sys("Cu.isXrayWrapper(c) && !Cu.isOpaqueWrapper(c)"));
    assertEquals("[object Counter]", sys("Object.prototype.toString.call(c)"));
  }

  @Test
  void xray_showsExactlyTheDeclaredMembers() {
    assertEquals(
        "crash,describe,echo,increment,label,leak,reject,value",
        sys("Object.getOwnPropertyNames(c).sort().join()"));
    assertEquals(
        "undefined undefined undefined",
        sys("[typeof c.secret, typeof c.getClass, typeof c.constructor.prototype.increment].join(' ')"));
  }

  @Test
  void whatContentAdds_isInvisibleToTheXray() {
    contentEval("counter.extra = 1; Counter.prototype.injected = 2; Object.prototype.polluted = 3");
    assertEquals("undefined undefined", sys("typeof c.extra + ' ' + typeof c.injected"));
    assertEquals(1, ((Number) sys("c.wrappedJSObject.extra")).intValue());
  }

  @Test
  void contentReplacingThePrototypesMethod_doesNotChangeWhatTheXrayCalls() {
    contentEval(
        "Counter.prototype.increment = function () { return 'hijacked'; };"
            + "Object.defineProperty(Counter.prototype, 'value', {get: function () { return 'fake'; }});"
            + "counter.describe = function () { return 'shadowed'; };");
    assertEquals("hijacked fake shadowed", contentEval("[counter.increment(1), counter.value, counter.describe()].join(' ')"));
    assertEquals(2.0, ((Number) sys("c.increment(2)")).doubleValue());
    assertEquals(2.0, ((Number) sys("c.value")).doubleValue());
    assertEquals("=2", sys("c.describe()"));
    assertEquals(2.0, peer.getValue());
  }

  @Test
  void contentReplacingThePrototypeItself_doesNotChangeTheXray() {
    contentEval("Object.setPrototypeOf(counter, {increment: function () { return 'evil'; }})");
    assertEquals(5.0, ((Number) sys("c.increment(5)")).doubleValue());
  }

  @Test
  void xrayMethods_areViewerFunctions_stableInIdentity() {
    assertEquals(Boolean.TRUE, sys("c.increment === c.increment"));
    assertEquals(Boolean.TRUE, sys("c.increment === sb.other.increment"));
    assertEquals(Boolean.TRUE, sys("Object.getPrototypeOf(c.increment) === Function.prototype"));
    assertEquals(Boolean.TRUE, sys("var d = Object.getOwnPropertyDescriptor(c, 'label'); d.get === Object.getOwnPropertyDescriptor(sb.other, 'label').get"));
    assertEquals("increment 0", sys("c.increment.name + ' ' + Cu.isXrayWrapper(c.increment) * 1"));
  }

  @Test
  void xrayMethod_runsOnTheObjectItIsCalledOn() {
    sys("var inc = c.increment; inc.call(sb.other, 7)");
    assertEquals(0.0, peer.getValue());
    assertEquals(7.0, ((Number) contentEval("other.value")).doubleValue());
    assertEquals(
        "TypeError: 'increment' called on an object that does not implement interface Counter.",
        thrownInSystem("c.increment.call({}, 1)"));
  }

  @Test
  void accessors_runTheDeclaredGetterAndSetter() {
    sys("c.label = 'from system'");
    assertEquals("from system", peer.label());
    assertEquals(
        "function function",
        sys("var d = Object.getOwnPropertyDescriptor(c, 'label'); typeof d.get + ' ' + typeof d.set"));
    assertEquals("from system", sys("Object.getOwnPropertyDescriptor(c, 'label').get.call(c)"));
    assertEquals("undefined", sys("typeof Object.getOwnPropertyDescriptor(c, 'value').set"));
    sys("c.value = 99");
    assertEquals(0.0, ((Number) sys("c.value")).doubleValue());
  }

  @Test
  void viewerExpandos_areInvisibleToContent_andToWaivers() {
    sys("c.note = 'system only'");
    assertEquals("system only", sys("c.note"));
    assertEquals("undefined", contentEval("typeof counter.note"));
    assertEquals("undefined", sys("typeof c.wrappedJSObject.note"));
    assertEquals(Boolean.TRUE, sys("Object.getOwnPropertyNames(c).indexOf('note') >= 0"));
  }

  @Test
  void arguments_areWrappedForTheTarget_andResultsForTheViewer() {
    contentEval("var obj = {x: 1}");
    assertEquals(Boolean.TRUE, sys("var o = sb.obj; c.echo(o) === o && Cu.isXrayWrapper(c.echo(o))"));
    assertEquals(Boolean.TRUE, sys("var mine = {}; c.echo(mine) === mine"));
    assertEquals(
        "TypeError: Counter.leak returned a value that is not a JavaScript value", thrownInSystem("c.leak()"));
    assertEquals("Error: refused", thrownInSystem("c.reject('refused')"));
  }

  @Test
  void contentSeesItsOwnObject_notTheSystemsView() {
    Object raw = Wrappers.unsafeUnwrap((Scriptable) sys("c"));
    assertSame(content.unsafeGlobal(), ScriptableObject.getTopLevelScope((Scriptable) raw));
    assertEquals(Boolean.TRUE, contentEval("counter.increment === Counter.prototype.increment"));
  }
}
