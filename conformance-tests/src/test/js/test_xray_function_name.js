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

  Cu.evalInSandbox("function decl() {}" +
                   "var gen = function* () {}; var namedGen = function* realGen() {};" +
                   "var oneParam = x => x; var withDefaults = (a = ')', b = (1)) => a;" +
                   "var o = {m() {}, p: function () {}};" +
                   "var methodM = o.m, propertyP = o.p;" +
                   "var bound = decl.bind(null);", sb);
  Assert.equal(sb.decl.name, "decl", "a declaration's name is explicit");
  Assert.equal(sb.gen.name, "", "an anonymous generator's inferred name is not shown");
  Assert.equal(sb.namedGen.name, "realGen");
  Assert.equal(sb.oneParam.name, "", "an arrow function has no explicit name");
  Assert.equal(sb.withDefaults.name, "");
  Assert.equal(sb.methodM.name, "m", "a method's key is its name");
  Assert.equal(sb.propertyP.name, "", "a function assigned to a property is not named by it");
  Assert.equal(Cu.evalInSandbox("propertyP.name", sb), "p", "content sees Rhino's inferred name");
  Assert.equal(sb.bound.name, "bound decl", "a bound function keeps the name the engine gives it");
}
