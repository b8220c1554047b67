// Xray to a plain Object: own data properties with primitive or same-origin Xrayable values are visible.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var o = Cu.evalInSandbox("({ num: 1, str: 's', bool: true, nul: null, undef: undefined," +
                           "  nested: { deep: { deeper: 3 } }, list: [1, 2], when: new Date(0), re: /x/g })", sb);
  Assert.ok(Cu.isXrayWrapper(o));
  Assert.strictEqual(o.num, 1);
  Assert.strictEqual(o.str, "s");
  Assert.strictEqual(o.bool, true);
  Assert.strictEqual(o.nul, null);
  Assert.ok("undef" in o, "an own undefined value is still a visible property");
  Assert.equal(o.nested.deep.deeper, 3, "nested plain objects are Xrays too");
  Assert.ok(Cu.isXrayWrapper(o.nested.deep));
  Assert.equal(o.list.length, 2);
  Assert.equal(o.when.getTime(), 0, "Xrayable non-plain objects are visible");
  Assert.strictEqual(o.re.test("x"), true, "a RegExp value is visible");

  Assert.deepEqual(Object.keys(o).sort(), ["bool", "list", "nested", "nul", "num", "re", "str", "undef", "when"]);
  var desc = Object.getOwnPropertyDescriptor(o, "num");
  Assert.equal(desc.value, 1);
  Assert.ok(desc.writable && desc.enumerable && desc.configurable);
  Assert.ok(o.hasOwnProperty("str"), "hasOwnProperty is the native one, applied to the Xray");

  var seen = [];
  for (var k in o) seen.push(k);
  Assert.deepEqual(seen.sort(), Object.keys(o).sort(), "for-in shows the same names");

  // JSON goes through the Xray view.
  Assert.equal(JSON.stringify(Cu.evalInSandbox("({ a: 1, b: [true], f: function () {} })", sb)), '{"a":1,"b":[true]}');

  // Values change live: the Xray is a view, not a copy.
  Cu.evalInSandbox("this.live = { v: 1 }", sb);
  var live = sb.live;
  Cu.evalInSandbox("live.v = 2", sb);
  Assert.equal(live.v, 2);
}
