// Wrapping the same object for the same compartment twice gives the same wrapper.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox("var o = { inner: {} }; var f = function () { return o; }; var arr = [o, o];", sb);
  Assert.strictEqual(sb.o, sb.o, "two reads");
  Assert.strictEqual(Cu.evalInSandbox("o", sb), sb.o, "a read and an evaluation result");
  Assert.strictEqual(sb.f(), sb.o, "a return value");
  Assert.strictEqual(sb.arr[0], sb.arr[1], "two elements");
  Assert.strictEqual(sb.f, sb.f, "functions too");
  Assert.strictEqual(sb.o.inner, sb.o.inner);
  Assert.strictEqual(sb.o.wrappedJSObject, sb.o.wrappedJSObject, "waivers too");
  Assert.strictEqual(Object.getPrototypeOf(sb.o), Object.getPrototypeOf(sb.arr[0]));

  // On the content side: a system object seen twice is the same COW; a system function the same.
  var chromeObj = {};
  var chromeFn = function () {};
  sb.c1 = chromeObj;
  sb.c2 = chromeObj;
  sb.f1 = chromeFn;
  sb.f2 = chromeFn;
  Assert.ok(Cu.evalInSandbox("c1 === c2 && f1 === f2", sb));

  // Opaque wrappers of a third origin's object too.
  var other = Cu.Sandbox("https://other.example");
  var foreign = Cu.evalInSandbox("({})", other);
  sb.x1 = foreign;
  sb.x2 = foreign;
  Assert.ok(Cu.evalInSandbox("x1 === x2", sb));

  // Different objects give different wrappers.
  Assert.notStrictEqual(sb.o, sb.o.inner);
}
