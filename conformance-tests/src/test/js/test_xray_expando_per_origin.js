// Expandos live in a holder per (object, viewer origin): another origin's viewer does not see them.
function run_test() {
  var target = Cu.Sandbox("https://a.example");
  var fn = Cu.evalInSandbox("var fn = function () {}; fn", target);
  var expanded = Cu.Sandbox(["https://a.example", "https://b.example"]);
  expanded.fn = fn;
  Assert.equal(Cu.evalInSandbox("typeof fn", expanded), "function", "the expanded principal Xrays the function");

  fn.fromSystem = "system";
  Cu.evalInSandbox("fn.fromExpanded = 'expanded'", expanded);

  Assert.equal(fn.fromSystem, "system");
  Assert.strictEqual(fn.fromExpanded, undefined, "the system viewer does not see the expanded viewer's expando");
  Assert.equal(Cu.evalInSandbox("fn.fromExpanded", expanded), "expanded");
  Assert.equal(Cu.evalInSandbox("typeof fn.fromSystem", expanded), "undefined",
               "the expanded viewer does not see the system viewer's expando");
  Assert.equal(Cu.evalInSandbox("typeof fn.fromSystem + typeof fn.fromExpanded", target), "undefinedundefined",
               "the target sees neither");
}
