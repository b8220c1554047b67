// A sandbox's global is never Xrayed: a subsuming viewer sees its own variables through it.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Assert.ok(!Cu.isXrayWrapper(sb), "the sandbox global is not an Xray");

  Cu.evalInSandbox("var x = 1; function helper() { return 'helped'; } this.y = { z: 2 };", sb);
  Assert.equal(sb.x, 1, "own variable read through the global");
  Assert.equal(typeof sb.helper, "function", "functions defined by the sandbox are reachable");
  Assert.equal(sb.helper(), "helped");
  Assert.equal(sb.y.z, 2);

  // The values read are wrapped by the ordinary rules: an object is an Xray.
  Assert.ok(Cu.isXrayWrapper(sb.y));
  Assert.ok(Cu.isXrayWrapper(sb.helper));

  // Writes define variables in the sandbox.
  sb.fromOutside = "hello";
  Assert.equal(Cu.evalInSandbox("fromOutside", sb), "hello");
  delete sb.fromOutside;
  Assert.equal(Cu.evalInSandbox("typeof fromOutside", sb), "undefined", "delete reaches the sandbox global");

  // Enumeration shows the sandbox's own names.
  Assert.ok(Object.keys(sb).indexOf("x") >= 0);
  Assert.ok("helper" in sb);

  // Even if the sandbox redefines a global, the viewer sees the redefinition (no Xray filtering).
  Cu.evalInSandbox("var Object = 'shadowed';", sb);
  Assert.equal(sb.Object, "shadowed");

  // Denied neighbour: another origin's sandbox global is opaque to a content sandbox.
  var other = Cu.Sandbox("https://other.example");
  other.x = 5;
  sb.otherGlobal = other;
  Assert.equal(Cu.evalInSandbox("try { otherGlobal.x; 'read' } catch (e) { e.message }", sb),
               'Permission denied to access property "x"');
}
