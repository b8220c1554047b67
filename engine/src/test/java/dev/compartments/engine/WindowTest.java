package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Scriptable;

/**
 * Windows: creation and evaluation from Java and from {@code Host}, frames, postMessage and its
 * delivery, navigation, and how each kind of viewer sees a window.
 */
class WindowTest {
  private static final String A = "https://a.example";
  private static final String B = "https://b.example";

  private Engine engine;
  private Sandbox system;

  @BeforeEach
  void setUp() {
    engine = Engine.create();
    system = engine.createSandbox(Principal.system());
  }

  private Object sys(String source) {
    return engine.evaluate(system, source);
  }

  /** The name and message of what {@code statement} throws in {@code window}, or "no exception". */
  private static Object thrown(Window window, String statement) {
    return window.evaluate(
        "(function () { try { " + statement + "; return 'no exception'; } catch (e) { return e.name + ': ' + e.message; } })()");
  }

  private static String denied(String verb, String property) {
    return "SecurityError: Permission denied to " + verb + " property \"" + property + "\" on cross-origin object";
  }

  // ---- creation, Location, evaluation ----

  @Test
  void createWindow_givesAWindowCompartment_withItsLocation() {
    Window window = engine.createWindow(A + ":8443/dir/page.html?q=1#frag");
    assertEquals(Principal.content(A + ":8443"), window.principal());
    assertFalse(window.compartment().wantXrays());
    assertEquals(
        "https://a.example:8443/dir/page.html?q=1#frag|https://a.example:8443|https:|a.example:8443|a.example|8443"
            + "|/dir/page.html|?q=1|#frag",
        window.evaluate(
            "[location.href, location.origin, location.protocol, location.host, location.hostname, location.port,"
                + " location.pathname, location.search, location.hash].join('|')"));
    assertEquals(Boolean.TRUE, window.evaluate("window === this && self === window && frames === window && top === window && parent === window"));
    assertEquals("[object Window] [object Location] " + A + ":8443/dir/page.html?q=1#frag",
        window.evaluate("Object.prototype.toString.call(window) + ' ' + Object.prototype.toString.call(location) + ' ' + location"));
    assertEquals(Boolean.TRUE, window.evaluate("window instanceof Window && location instanceof Location && opener === null && closed === false"));
  }

  @Test
  void windowAndLocation_areHostNativeObjects() {
    Window window = engine.createWindow(A + "/");
    Scriptable global = window.unsafeGlobal();
    assertEquals(ObjectKind.WINDOW, engine.membrane().explain(system.compartment(), global, false).objectKind());
    Scriptable location = ((dev.compartments.wrappers.CrossOriginWindow) global).location();
    assertEquals(ObjectKind.LOCATION, engine.membrane().explain(system.compartment(), location, false).objectKind());
  }

  @Test
  void hostCreateWindow_andEvalInWindow_returnValuesWrappedForTheCaller() {
    sys("var w = Host.createWindow('" + A + "/'); Host.evalInWindow('var data = {n: 1}; var secret = 42', w)");
    assertEquals(Boolean.TRUE, sys("Cu.isXrayWrapper(w) && Cu.isXrayWrapper(Host.evalInWindow('data', w))"));
    assertEquals(1, ((Number) sys("Host.evalInWindow('data', w).n")).intValue());
    assertEquals(42, ((Number) sys("Host.evalInWindow('secret', w)")).intValue());
    assertEquals(A, sys("Cu.getObjectPrincipal(w).origin"));
    assertEquals(
        "TypeError: nope",
        sys("(function () { try { Host.evalInWindow('throw new TypeError(\"nope\")', w); } catch (e) { return e.name + ': ' + e.message; } })()"));
  }

  @Test
  void hostFunctions_rejectWhatIsNotAWindow() {
    assertEquals(
        "TypeError: Host.createWindow: parent is not a window",
        sys("(function () { try { Host.createWindow('" + A + "/', {parent: {}}); } catch (e) { return e.name + ': ' + e.message; } })()"));
    assertEquals(
        "TypeError: Host.evalInWindow: argument 2 is not a window",
        sys("(function () { try { Host.evalInWindow('1', Cu.Sandbox('" + A + "')); } catch (e) { return e.name + ': ' + e.message; } })()"));
    assertEquals(
        "Error: Expected a string value for property name",
        sys("(function () { try { Host.createWindow('" + A + "/', {name: 3}); } catch (e) { return e.name + ': ' + e.message; } })()"));
  }

  @Test
  void windows_haveTheEnginesAllocationGuards() {
    Engine limited = Engine.builder().limits(Limits.DEFAULT.withMaxStringLength(1000)).build();
    Window window = limited.createWindow(A + "/");
    ResourceLimitException e = assertThrows(ResourceLimitException.class, () -> window.evaluate("'x'.repeat(5000)"));
    assertEquals(ResourceLimitException.Limit.STRING_LENGTH, e.limit());
    assertEquals(3, ((Number) window.evaluate("'xyz'.length")).intValue());
  }

  @Test
  void windowScripts_failAsScriptExceptions() {
    Window window = engine.createWindow(A + "/");
    ScriptException e = assertThrows(ScriptException.class, () -> window.evaluate("null.x", "page.js"));
    assertEquals("TypeError", e.errorName());
    assertEquals("page.js", e.fileName());
  }

  // ---- frames ----

  @Test
  void frames_areIndexedInCreationOrder_andNamed() {
    Window top = engine.createWindow(A + "/");
    Window first = engine.createWindow(A + "/one", top, "first");
    engine.createWindow(A + "/two", top, "second");
    first.evaluate("var which = 'first'");
    assertEquals(2, ((Number) top.evaluate("length")).intValue());
    assertEquals("first", top.evaluate("frames[0].which"));
    assertEquals(Boolean.TRUE, top.evaluate("frames.second === frames[1] && window.first === frames[0] && frames[2] === undefined"));
    assertEquals("second " + A + "/two", top.evaluate("frames[1].name + ' ' + frames[1].location.href"));
    assertEquals(Boolean.TRUE, first.evaluate("parent === top && parent.frames[0] === window && parent.length === 2"));
    assertEquals("first", first.name());
  }

  @Test
  void hostCreateWindow_makesNamedChildFrames() {
    sys("var p = Host.createWindow('" + A + "/'); var c = Host.createWindow('" + B + "/', {parent: p, name: 'kid'})");
    assertEquals(Boolean.TRUE, sys("p.kid === c && p[0] === c && p.length === 1 && c.parent === p && c.top === p"));
    assertEquals("0,window", sys("Object.getOwnPropertyNames(p).slice(0, 2).join()"));
  }

  // ---- how viewers see windows ----

  @Test
  void sameOriginWindows_seeEachOtherTransparently() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(A + "/child", top, "child");
    child.evaluate("var secret = 's3cret'; function hello(name) { return 'hello ' + name; }");
    assertEquals("s3cret hello top", top.evaluate("frames[0].secret + ' ' + frames[0].hello('top')"));
    top.evaluate("frames.child.written = 'by top'");
    assertEquals("by top", child.evaluate("written"));
    assertEquals(WrapperKind.TRANSPARENT, engine.membrane().explain(top.compartment(), child.unsafeGlobal(), false).kind());
  }

  @Test
  void crossOriginWindows_getTheCrossOriginWrapper_withSecurityErrors() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    child.evaluate("var secret = 's3cret'");
    assertEquals(WrapperKind.CROSS_ORIGIN, engine.membrane().explain(top.compartment(), child.unsafeGlobal(), false).kind());
    assertEquals(denied("access", "secret"), thrown(top, "frames[0].secret"));
    assertEquals(denied("set", "secret"), thrown(top, "frames[0].secret = 1"));
    assertEquals(denied("delete", "secret"), thrown(top, "delete frames[0].secret"));
    assertEquals(denied("define", "x"), thrown(top, "Object.defineProperty(frames[0], 'x', {value: 1})"));
    assertEquals(denied("get", "href"), thrown(top, "frames[0].location.href"));
    assertEquals(denied("access", "addEventListener"), thrown(top, "frames[0].addEventListener"));
    assertEquals(
        "function function true 0",
        top.evaluate("[typeof frames[0].postMessage, typeof frames[0].location.replace, Object.getPrototypeOf(frames[0]) === null,"
            + " frames[0].length].join(' ')"));
    assertEquals(denied("access", "secret"), thrown(child, "parent.secret"));
  }

  @Test
  void systemViewer_getsAnXrayOfTheWindow_showingItsDeclaredMembersOnly() {
    sys("var w = Host.createWindow('" + A + "/'); Host.evalInWindow('var secret = 1; window.postMessage = null; window.injected = 2', w)");
    assertEquals(Boolean.TRUE, sys("Cu.isXrayWrapper(w) && Cu.isXrayWrapper(w.location)"));
    assertEquals("undefined undefined function", sys("typeof w.secret + ' ' + typeof w.injected + ' ' + typeof w.postMessage"));
    assertEquals(1, ((Number) sys("w.wrappedJSObject.secret")).intValue());
    assertEquals(A + "/ " + A, sys("w.location.href + ' ' + w.location.origin"));
    assertEquals(
        "addEventListener,blur,close,closed,focus,frames,length,location,name,onmessage,opener,parent,postMessage,"
            + "removeEventListener,self,top,window",
        sys("Object.getOwnPropertyNames(w).sort().join()"));
    assertEquals(Boolean.TRUE, sys("w.window === w && w.self === w && w.top === w"));
    sys("w.note = 'mine'");
    assertEquals("mine undefined", sys("w.note + ' ' + Host.evalInWindow('typeof note', w)"));
  }

  @Test
  void sameOriginSandboxWantingXrays_getsAnXrayOfTheWindow() {
    Window window = engine.createWindow(A + "/");
    Sandbox sandbox = engine.createSandbox(Principal.content(A));
    assertEquals(WrapperKind.XRAY, engine.membrane().explain(sandbox.compartment(), window.unsafeGlobal(), false).kind());
  }

  // ---- postMessage ----

  /** Installs a listener in {@code window} that records every event as "data|origin|sourceCheck". */
  private static void record(Window window, String sourceCheck) {
    window.evaluate(
        "var log = []; addEventListener('message', function (e) { log.push([e.type, e.data, e.origin, " + sourceCheck + "].join('|')); })");
  }

  @Test
  void postMessage_acrossOrigins_isDeliveredWithOriginAndSource() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    record(child, "e.source === parent");
    top.evaluate("frames[0].postMessage('hi', '" + B + "/any/path')");
    assertEquals("", child.evaluate("log.join()"));
    assertEquals(1, engine.drainEvents());
    assertEquals("message|hi|" + A + "|true", child.evaluate("log.join()"));
    assertEquals(0, engine.drainEvents());
  }

  @Test
  void postMessage_toAnotherOrigin_isDropped() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    record(child, "1");
    top.evaluate("frames[0].postMessage('wrong', 'https://c.example'); frames[0].postMessage('star', '*');"
        + " frames[0].postMessage('port', '" + B + ":444')");
    assertEquals(1, engine.drainEvents());
    assertEquals("message|star|" + A + "|1", child.evaluate("log.join()"));
  }

  @Test
  void postMessage_fromTheSameOrigin_goesThroughTheWindowsOwnFunction() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(A + "/child", top, "child");
    record(top, "e.source === frames[0]");
    child.evaluate("parent.postMessage('up', '" + A + "')");
    top.evaluate("postMessage('self', '/')");
    assertEquals(2, engine.drainEvents());
    assertEquals("message|up|" + A + "|true,message|self|" + A + "|false", top.evaluate("log.join()"));
    assertEquals(Boolean.TRUE, top.evaluate("log.length === 2"));
  }

  @Test
  void postMessage_fromSystemThroughTheXray_hasTheSystemOrigin_andNoSource() {
    sys("var w = Host.createWindow('" + B + "/');"
        + "Host.evalInWindow(\"var log = []; onmessage = function (e) { log.push(e.data + '|' + e.origin + '|' + e.source); }\", w);"
        + "w.postMessage(7, '*')");
    assertEquals(1, ((Number) sys("Host.drainEvents()")).intValue());
    assertEquals("7|[System Principal]|null", sys("Host.evalInWindow('log.join()', w)"));
  }

  @Test
  void postMessage_data_isAStructuredCloneBuiltInTheTarget() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    child.evaluate("var got; addEventListener('message', function (e) { got = e.data; })");
    top.evaluate("var msg = {list: [1, 2], nested: {s: 'x'}}; frames[0].postMessage(msg, '*'); msg.nested.s = 'changed'");
    assertEquals(1, engine.drainEvents());
    assertEquals(
        "1,2 x true true",
        child.evaluate("[got.list.join(), got.nested.s, Object.getPrototypeOf(got) === Object.prototype, Array.isArray(got.list)].join(' ')"));
  }

  @Test
  void postMessage_ofAFunction_isRefusedAtOnce() {
    Window top = engine.createWindow(A + "/");
    engine.createWindow(B + "/", top, "child");
    assertEquals("Error: Permission denied to pass a Function via structured clone", thrown(top, "frames[0].postMessage(function () {}, '*')"));
    assertEquals("Error: Permission denied to pass a Function via structured clone", thrown(top, "postMessage({f: function () {}}, '*')"));
    assertEquals(0, engine.drainEvents());
  }

  @Test
  void postMessage_checksItsArguments() {
    Window top = engine.createWindow(A + "/");
    engine.createWindow(B + "/", top, "child");
    assertEquals(
        "TypeError: Window.postMessage: At least 2 arguments required, but only 1 passed",
        thrown(top, "postMessage('x')"));
    assertEquals(
        "SyntaxError: Window.postMessage: 'not a url' is not a valid target origin",
        thrown(top, "postMessage('x', 'not a url')"));
    assertEquals(
        "SyntaxError: Window.postMessage: 'not a url' is not a valid target origin",
        thrown(top, "frames[0].postMessage('x', 'not a url')"));
    assertEquals(
        "TypeError: 'postMessage' called on an object that does not implement interface Window.",
        thrown(top, "Object.getOwnPropertyDescriptor(window, 'postMessage').value.call({}, 1, '*')"));
  }

  @Test
  void listeners_onmessage_andRemoval() {
    Window window = engine.createWindow(A + "/");
    window.evaluate(
        "var log = []; function one(e) { log.push('one:' + e.data); } function boom() { throw new Error('boom'); }"
            + "addEventListener('message', one); addEventListener('message', one); addEventListener('message', boom);"
            + "onmessage = function (e) { log.push('handler:' + e.data); };"
            + "addEventListener('message', function (e) { log.push('last:' + e.data); });"
            + "postMessage('a', '*')");
    assertEquals(1, engine.drainEvents());
    assertEquals("one:a,handler:a,last:a", window.evaluate("log.join()"));
    window.evaluate("log = []; removeEventListener('message', one); onmessage = null; postMessage('b', '*')");
    assertEquals(1, engine.drainEvents());
    assertEquals("last:b null", window.evaluate("log.join() + ' ' + onmessage"));
    assertEquals(
        "TypeError: Window.addEventListener: Argument 2 is not a function",
        thrown(window, "addEventListener('message', 3)"));
  }

  @Test
  void listenersMayReply_andTheReplyIsDeliveredInTheSameDrain() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    child.evaluate("onmessage = function (e) { e.source.postMessage('pong:' + e.data, e.origin); }");
    top.evaluate("var got = ''; onmessage = function (e) { got = e.data + ' from ' + e.origin; }; frames[0].postMessage('ping', '*')");
    assertEquals(2, engine.drainEvents());
    assertEquals("pong:ping from " + B, top.evaluate("got"));
  }

  @Test
  void closedWindows_getNoMessages() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    record(child, "1");
    top.evaluate("frames[0].postMessage('x', '*'); frames[0].close()");
    assertTrue(child.isClosed());
    assertEquals(Boolean.TRUE, top.evaluate("frames[0].closed"));
    assertEquals(0, engine.drainEvents());
  }

  @Test
  void windowJavadocExample_works() {
    Window top = engine.createWindow("https://a.example/");
    Window frame = engine.createWindow("https://b.example/", top, "ads");
    frame.evaluate("addEventListener('message', e => { window.got = e.origin + ' ' + e.data; })");
    top.evaluate("frames.ads.postMessage('hi', 'https://b.example')");
    assertEquals(1, engine.drainEvents());
    assertEquals("https://a.example hi", frame.evaluate("got"));
  }

  // ---- navigation ----

  @Test
  void navigation_recordsTheUrl_andKeepsTheCompartment() {
    Window window = engine.createWindow(A + "/dir/start.html");
    window.evaluate("var kept = 'yes'; location = 'next.html'");
    assertEquals(A + "/dir/next.html", window.url());
    window.evaluate("location.href = '/root.html?x'");
    window.evaluate("location.replace('" + B + "/replaced')");
    window.evaluate("location.assign('#top')");
    assertEquals(List.of(A + "/dir/start.html", A + "/dir/next.html", B + "/replaced", B + "/replaced#top"), window.history());
    assertEquals("yes " + B, window.evaluate("kept + ' ' + location.origin"));
    assertEquals(Principal.content(A), window.principal());
  }

  @Test
  void navigation_acrossOrigins_throughTheCrossOriginWrapper() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    top.evaluate("frames[0].location = '" + B + "/one'");
    top.evaluate("frames[0].location.href = '" + B + "/two'");
    top.evaluate("frames[0].location.replace('" + B + "/three')");
    assertEquals(List.of(B + "/", B + "/one", B + "/three"), child.history());
  }

  @Test
  void navigation_toAnInvalidUrl_isASyntaxError_onEveryPath() {
    Window top = engine.createWindow(A + "/");
    Window child = engine.createWindow(B + "/", top, "child");
    assertEquals("SyntaxError: Location.href setter: 'http://[bad' is not a valid URL.", thrown(top, "location.href = 'http://[bad'"));
    assertEquals("SyntaxError: Location.assign: 'http://[bad' is not a valid URL.", thrown(top, "location.assign('http://[bad')"));
    assertEquals("SyntaxError: Window.location setter: 'http://[bad' is not a valid URL.", thrown(top, "location = 'http://[bad'"));
    assertEquals(
        "SyntaxError: Location.replace: 'http://[bad' is not a valid URL.", thrown(top, "frames[0].location.replace('http://[bad')"));
    assertEquals(
        "SyntaxError: Window.location setter: 'http://[bad' is not a valid URL.", thrown(top, "frames[0].location = 'http://[bad'"));
    assertEquals(List.of(A + "/"), top.history());
    assertEquals(List.of(B + "/"), child.history());
  }

  @Test
  void navigation_throughTheSystemXray() {
    sys("var w = Host.createWindow('" + A + "/'); w.location.href = '" + A + "/two'; w.location = 'three'");
    assertEquals(A + "/three", sys("w.location.href"));
    sys("w.location.replace('four')");
    assertEquals(A + "/four " + A + "/four", sys("String(w.location) + ' ' + w.location.toString()"));
    assertEquals(A + "/four", sys("Host.evalInWindow('location.href', w)"));
  }

  @Test
  void windowHandles_belongToTheirEngine() {
    Window foreign = Engine.create().createWindow(A + "/");
    assertEquals(
        "the parent window belongs to another engine",
        assertThrows(IllegalArgumentException.class, () -> engine.createWindow(B + "/", foreign, "x")).getMessage());
    assertSame(engine, engine.createWindow(A + "/").engine());
  }
}
