// Xrays to WeakMap and WeakSet: no own properties; native methods keyed by the target's objects.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var key1 = Cu.evalInSandbox("var key1 = {}; key1", sb);
  var key2 = Cu.evalInSandbox("var key2 = []; key2", sb);
  var key3 = Cu.evalInSandbox("var key3 = /a/; key3", sb);
  var wm = Cu.evalInSandbox("var wm = new WeakMap([[key1, 'a'], [key2, 'b']]); wm.custom = 1; wm", sb);
  Assert.ok(Cu.isXrayWrapper(wm));
  Assert.deepEqual(Object.getOwnPropertyNames(wm), []);
  Assert.strictEqual(wm.custom, undefined);
  Assert.equal(wm.get(key1), "a", "an Xray key is unwrapped to the target's object");
  Assert.equal(wm.get(key2), "b");
  Assert.strictEqual(wm.has(key3), false);
  Assert.strictEqual(wm.delete(key1), true);
  Assert.equal(Cu.evalInSandbox("wm.has(key1)", sb), false);

  var ws = Cu.evalInSandbox("var ws = new WeakSet([key1, key2]); ws", sb);
  Assert.deepEqual(Object.getOwnPropertyNames(ws), []);
  Assert.strictEqual(ws.has(key1), true);
  Assert.strictEqual(ws.has(key3), false);
  Assert.strictEqual(ws.add(key3).has(key3), true);
  Assert.equal(Cu.evalInSandbox("ws.has(key3)", sb), true);
  Assert.strictEqual(ws.delete(key2), true);

  Cu.evalInSandbox("WeakMap.prototype.has = function () { return 'evil'; }", sb);
  Assert.strictEqual(wm.has(key2), true, "native has");
}
