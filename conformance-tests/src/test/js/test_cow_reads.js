// Chrome Object Wrapper: a plain system object seen by content; reads, enumeration and descriptors
// fail silently.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  sb.chromeObj = { secret: "s", num: 1, nested: { deep: 1 }, fn: function () { return "f"; } };
  Assert.equal(Cu.evalInSandbox("typeof chromeObj", sb), "object");
  Assert.equal(Cu.evalInSandbox("typeof chromeObj.secret", sb), "undefined", "a read gives undefined");
  Assert.equal(Cu.evalInSandbox("typeof chromeObj.num", sb), "undefined");
  Assert.equal(Cu.evalInSandbox("typeof chromeObj.nested", sb), "undefined");
  Assert.equal(Cu.evalInSandbox("typeof chromeObj.fn", sb), "undefined");
  Assert.equal(Cu.evalInSandbox("Object.keys(chromeObj).length", sb), 0, "no keys");
  Assert.equal(Cu.evalInSandbox("Object.getOwnPropertyNames(chromeObj).length", sb), 0, "no names");
  Assert.equal(Cu.evalInSandbox("var n = 0; for (var k in chromeObj) n++; n", sb), 0, "for-in sees nothing");
  Assert.equal(Cu.evalInSandbox("typeof Object.getOwnPropertyDescriptor(chromeObj, 'secret')", sb), "undefined",
               "no descriptor");
  Assert.equal(Cu.evalInSandbox("JSON.stringify(chromeObj)", sb), "{}");

  // Same for every less privileged kind.
  [Cu.Sandbox(null), Cu.Sandbox(["https://a.example", "https://b.example"])].forEach(function (other, i) {
    other.chromeObj = { secret: "s" };
    Assert.equal(Cu.evalInSandbox("typeof chromeObj.secret", other), "undefined", "kind " + i);
  });

  // The system side still sees its own object, raw.
  Assert.equal(sb.chromeObj.secret, "s");
}
