// Arguments and this crossing a call are wrapped for the receiving side.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var inspect = Cu.evalInSandbox(
    "(function (arg) { return [typeof this, typeof arg, typeof arg.secret, typeof (this && this.secret)].join(); })", sb);
  var chromeObj = { secret: 1 };
  Assert.equal(inspect.call(chromeObj, chromeObj), "object,object,undefined,undefined",
               "content sees a system this and argument as COWs");

  // Callbacks: content calls a system function with its own objects; the system side gets Xrays.
  var got = null;
  sb.callback = function (o) { got = o; };
  Cu.evalInSandbox("callback({ v: 1, f: function () {} })", sb);
  Assert.ok(Cu.isXrayWrapper(got));
  Assert.equal(got.v, 1);
  Assert.strictEqual(got.f, undefined);

  // Content callbacks invoked by system code receive wrapped arguments.
  var cb = Cu.evalInSandbox("(function (a) { return typeof a.secret; })", sb);
  Assert.equal([chromeObj].map(cb)[0], "undefined", "map's element arrives as a COW");

  // Arguments to a function of a same-origin, no-Xray sandbox are transparently wrapped, not raw.
  var a = Cu.Sandbox("https://example.com", { wantXrays: false });
  var b = Cu.Sandbox("https://example.com", { wantXrays: false });
  a.check = Cu.evalInSandbox("(function (o) { return Object.getPrototypeOf(o) === Object.prototype; })", b);
  Assert.equal(Cu.evalInSandbox("check({})", a), false, "b sees a's object with a's prototype, not its own");
  Assert.equal(Cu.evalInSandbox("check2 = function (o) { return o.x; }; check({ x: 1 }) === false", a), true);
}
