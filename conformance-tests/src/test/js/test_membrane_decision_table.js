// The wrapper decision table of DESIGN.md section 3, observed by behaviour: for each (viewer, target)
// pair, what the viewer gets for the target's plain object { v: 1, f: function }.
function kindSeen(viewer, target) {
  var obj = Cu.evalInSandbox("({ v: 1, f: function () { return 2; } })", target);
  viewer.probe = obj;
  return Cu.evalInSandbox(
    "(function () {" +
    "  var v; try { v = probe.v; } catch (e) { return /Permission denied/.test(e.message) ? 'opaque' : 'error: ' + e; }" +
    "  if (v === undefined) return 'cow';" +
    "  if (typeof probe.f === 'function') return 'transparent';" +
    "  return probe.wrappedJSObject && typeof probe.wrappedJSObject.f === 'function' ? 'xray' : 'xray (no waiver)';" +
    "})()", viewer);
}

function run_test() {
  var sys = Services.scriptSecurityManager.getSystemPrincipal();
  function make() {
    return {
      system: Cu.Sandbox(sys),
      freshSystem: Cu.Sandbox(sys, { freshCompartment: true }),
      freshSystemWantingXrays: Cu.Sandbox(sys, { freshCompartment: true, wantXrays: true }),
      a: Cu.Sandbox("https://a.example"),
      a2: Cu.Sandbox("https://a.example"),
      aNoXrays: Cu.Sandbox("https://a.example", { wantXrays: false }),
      a2NoXrays: Cu.Sandbox("https://a.example", { wantXrays: false }),
      b: Cu.Sandbox("https://b.example"),
      expandedAB: Cu.Sandbox(["https://a.example", "https://b.example"]),
      nul: Cu.Sandbox(null),
    };
  }
  var s = make();
  var table = [
    ["system", "a", "xray", "system subsumes content"],
    ["system", "expandedAB", "xray", "system subsumes expanded"],
    ["system", "nul", "xray", "system subsumes null"],
    ["system", "freshSystem", "transparent", "two system compartments"],
    ["freshSystem", "system", "transparent", "two system compartments, other way"],
    ["freshSystemWantingXrays", "system", "transparent", "system globals never want Xrays"],
    ["system", "freshSystemWantingXrays", "transparent", "system globals never want Xrays, other way"],
    ["a", "a2", "xray", "same origin, both want Xrays"],
    ["aNoXrays", "a2NoXrays", "transparent", "same origin, neither wants Xrays"],
    ["aNoXrays", "a2", "xray", "same origin, the target wants Xrays"],
    ["a", "aNoXrays", "xray", "same origin, the viewer wants Xrays"],
    ["expandedAB", "a", "xray", "expanded to member"],
    ["a", "expandedAB", "opaque", "member to expanded"],
    ["a", "b", "opaque", "cross-origin"],
    ["a", "nul", "opaque", "content to null"],
    ["nul", "a", "opaque", "null to content"],
    ["a", "system", "cow", "content sees a system plain object"],
    ["nul", "system", "cow", "null sees a system plain object"],
    ["expandedAB", "system", "cow", "expanded sees a system plain object"],
    ["a", "freshSystem", "cow", "a fresh system compartment is system too"],
  ];
  table.forEach(function (row) {
    Assert.equal(kindSeen(s[row[0]], s[row[1]]), row[2], row[0] + " sees " + row[1] + ": " + row[3]);
  });
}
