package dev.compartments.benchmarks;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * The straw man: the membrane a user would write in JavaScript without this library, with Rhino's
 * {@code Proxy}: every object that comes out of a get is wrapped in a proxy of its own, kept in a
 * {@code WeakMap} so identity holds, and unwrapped again on the way in. It gives no isolation at all
 * (the objects share one global); it is only the cost such a membrane has on Rhino.
 */
public final class JsProxyMembrane {
  private JsProxyMembrane() {}

  /** The source of an expression whose value is {@code wrap(value)}, the membrane's entry point. */
  static final String SOURCE =
      String.join(
          "\n",
          "(function () {",
          "  var wrappers = new WeakMap();",
          "  var targets = new WeakMap();",
          "  function isObject(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }",
          "  function unwrap(v) { return isObject(v) && targets.has(v) ? targets.get(v) : v; }",
          "  var handler = {",
          "    get: function (t, k) { return wrap(Reflect.get(t, k)); },",
          "    set: function (t, k, v) { return Reflect.set(t, k, unwrap(v)); },",
          "    has: function (t, k) { return Reflect.has(t, k); },",
          "    apply: function (t, self, args) { return wrap(Reflect.apply(t, unwrap(self), args.map(unwrap))); }",
          "  };",
          "  function wrap(v) {",
          "    if (!isObject(v)) return v;",
          "    var w = wrappers.get(v);",
          "    if (w === undefined) { w = new Proxy(v, handler); wrappers.set(v, w); targets.set(w, v); }",
          "    return w;",
          "  }",
          "  return wrap;",
          "})()");

  /** {@code target} behind a JavaScript proxy membrane made in {@code scope}. */
  public static Object wrap(Context cx, Scriptable scope, Scriptable target) {
    Callable wrap = (Callable) cx.evaluateString(scope, SOURCE, "js-proxy-membrane", 1, null);
    return wrap.call(cx, scope, scope, new Object[] {target});
  }
}
