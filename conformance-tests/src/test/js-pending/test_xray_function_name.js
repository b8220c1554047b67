// BUG: a function Xray shows an inferred name (var inferred = function () {} gives "inferred"); DESIGN says explicit names only
// Xray to a function shows its explicit name only; an inferred or assigned name is not shown.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox("var inferred = function () {};" +
                   "var arrow = () => 1;" +
                   "var explicit = function realName() {};" +
                   "Object.defineProperty(explicit, 'name', { value: 'fake' });", sb);
  Assert.equal(Cu.evalInSandbox("inferred.name", sb), "inferred", "content sees the inferred name");
  Assert.equal(sb.inferred.name, "", "the Xray does not");
  Assert.equal(sb.arrow.name, "");
  Assert.equal(sb.explicit.name, "realName", "the explicit name, not content's redefinition");
  Assert.equal(sb.explicit.wrappedJSObject.name, "fake");
}
