// Xrays to Map and Set: no own properties; methods are the native ones.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var m = Cu.evalInSandbox("var m = new Map([[1, 'a'], [null, 'b'], ['obj', { v: 1 }]]); m.custom = 1; m", sb);
  Assert.ok(Cu.isXrayWrapper(m));
  Assert.deepEqual(Object.getOwnPropertyNames(m), []);
  Assert.strictEqual(m.custom, undefined);
  Assert.equal(m.size, 3);
  Assert.equal(m.get(1), "a");
  Assert.equal(m.get(null), "b");
  Assert.strictEqual(m.has(1), true);
  Assert.strictEqual(m.has(2), false);
  var value = m.get("obj");
  Assert.ok(Cu.isXrayWrapper(value), "object values come back as Xrays");
  Assert.strictEqual(Cu.getGlobalForObject(value), sb);
  Assert.equal(m.set(3, 5).get(3), 5);
  Assert.equal(Cu.evalInSandbox("m.get(3)", sb), 5, "set acts on the real map");
  Assert.strictEqual(m.delete(null), true);
  Assert.equal(Cu.evalInSandbox("m.has(null)", sb), false);

  Cu.evalInSandbox("Map.prototype.get = function () { return 'evil'; }", sb);
  Assert.equal(m.get(1), "a", "native get");

  var s = Cu.evalInSandbox("var s = new Set([1, null]); s", sb);
  Assert.deepEqual(Object.getOwnPropertyNames(s), []);
  Assert.equal(s.size, 2);
  Assert.strictEqual(s.has(null), true);
  Assert.strictEqual(s.add(5).has(5), true);
  Assert.strictEqual(s.delete(1), true);
  Assert.equal(Cu.evalInSandbox("Array.from(s).join()", sb), ",5");
  s.clear();
  Assert.equal(Cu.evalInSandbox("s.size", sb), 0);

  // Denied neighbour: a system object cannot become a key the content map can see through.
  m.clear();
  Assert.equal(Cu.evalInSandbox("m.size", sb), 0);
}
