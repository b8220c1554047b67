// cloneInto: a structured clone built in the target's global.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var source = { a: 1, s: "str", n: null, u: undefined, b: true, nested: { list: [1, 2, { y: 3 }] } };
  var clone = Cu.cloneInto(source, sb);
  Assert.ok(Cu.isXrayWrapper(clone), "the caller sees the clone as an Xray");
  Assert.strictEqual(Cu.getGlobalForObject(clone), sb, "built in the target's global");
  Assert.equal(clone.a, 1);
  Assert.equal(clone.s, "str");
  Assert.strictEqual(clone.n, null);
  Assert.ok("u" in clone);
  Assert.equal(clone.nested.list[2].y, 3);
  sb.clone = clone;
  Assert.equal(Cu.evalInSandbox("Object.getPrototypeOf(clone) === Object.prototype", sb), true, "a plain object of the target");
  Assert.equal(Cu.evalInSandbox("Array.isArray(clone.nested.list) && clone.nested.list instanceof Array", sb), true);
  Assert.equal(Cu.evalInSandbox("clone.a = 2; clone.a", sb), 2, "the target owns it");

  // A copy, not a view.
  source.a = 100;
  Assert.equal(Cu.evalInSandbox("clone.a", sb), 2);
  Assert.equal(source.a, 100);

  // Primitives come back as themselves.
  Assert.strictEqual(Cu.cloneInto(5, sb), 5);
  Assert.strictEqual(Cu.cloneInto("s", sb), "s");
  Assert.strictEqual(Cu.cloneInto(null, sb), null);
  Assert.strictEqual(Cu.cloneInto(undefined, sb), undefined);

  // Cloning into one's own scope makes a separate copy.
  var own = Cu.cloneInto(source, this);
  Assert.notStrictEqual(own, source);
  Assert.deepEqual(own.nested.list.length, 3);
}
