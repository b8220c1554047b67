// LiveConnect (Packages, java, getClass, ...) is never available, in any kind of global.
var NAMES = ["Packages", "java", "javax", "getClass", "JavaAdapter", "JavaImporter", "importPackage", "importClass"];

function probe(sb) {
  return Cu.evalInSandbox("[" + NAMES.map(n => "typeof " + n).join(", ") + "].join()", sb);
}

function run_test() {
  var expected = NAMES.map(() => "undefined").join();

  // This very system global.
  NAMES.forEach(function (n) {
    Assert.equal(eval("typeof " + n), "undefined", n + " in the test global");
  });

  var system = Services.scriptSecurityManager.getSystemPrincipal();
  var kinds = {
    "system sandbox": Cu.Sandbox(system),
    "fresh system sandbox": Cu.Sandbox(system, { freshCompartment: true }),
    "system sandbox without Components": Cu.Sandbox(system, { wantComponents: false }),
    "content sandbox": Cu.Sandbox("https://example.com"),
    "content sandbox with helpers": Cu.Sandbox("https://example.com", { wantExportHelpers: true }),
    "content sandbox without Xrays": Cu.Sandbox("https://example.com", { wantXrays: false }),
    "expanded sandbox": Cu.Sandbox(["https://a.example", "https://b.example"]),
    "null sandbox": Cu.Sandbox(null),
    "file sandbox": Cu.Sandbox("file:///tmp/x.html"),
  };
  Object.keys(kinds).forEach(function (k) {
    Assert.equal(probe(kinds[k]), expected, k);
  });

  // No Java reflection through ordinary objects either.
  var sb = kinds["content sandbox"];
  Assert.equal(Cu.evalInSandbox("typeof ''.getClass", sb), "undefined");
  Assert.equal(Cu.evalInSandbox("typeof (function () {}).getClass", sb), "undefined");
  Assert.equal(Cu.evalInSandbox("typeof ({}).getClass", sb), "undefined");
  Assert.equal(typeof sb.getClass, "undefined");

  // Errors from host functions carry no Java exception.
  try {
    Cu.Sandbox(42);
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.strictEqual(e.javaException, undefined, "no javaException");
    Assert.strictEqual(e.rhinoException, undefined, "no rhinoException");
  }
}
