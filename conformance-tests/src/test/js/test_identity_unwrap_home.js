// A wrapper passed back to the target's own compartment unwraps to the original.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var chromeObj = { c: 1 };
  var chromeFn = function () { return chromeObj; };
  sb.chromeObj = chromeObj;
  sb.chromeFn = chromeFn;
  Assert.strictEqual(sb.chromeObj, chromeObj, "a system object comes home raw");
  Assert.strictEqual(sb.chromeFn, chromeFn, "a system function comes home raw");
  Assert.strictEqual(Cu.evalInSandbox("chromeFn()", sb), chromeObj, "via a return value through content");

  // A content object goes to system and back: content sees its own object.
  Cu.evalInSandbox("var mine = { m: 1 };", sb);
  var xray = sb.mine;
  sb.back = xray;
  Assert.ok(Cu.evalInSandbox("back === mine", sb), "an Xray passed back unwraps");
  sb.backWaived = xray.wrappedJSObject;
  Assert.ok(Cu.evalInSandbox("backWaived === mine", sb), "a waiver passed back unwraps");
  var f = Cu.evalInSandbox("(function (x) { return x === mine; })", sb);
  Assert.ok(f(xray), "as an argument");

  // Through a third compartment: A -> system -> B (same origin, Xray) -> A.
  var b = Cu.Sandbox("https://example.com");
  b.fromA = xray;
  sb.returned = Cu.evalInSandbox("fromA", b);
  Assert.ok(Cu.evalInSandbox("returned === mine", sb));
  Assert.ok(Cu.evalInSandbox("returned.m === 1 && typeof returned === 'object'", sb));
}
