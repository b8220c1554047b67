// Cu.Sandbox([]) is an error: an expanded principal needs at least one member.
function run_test() {
  Assert.throws(() => Cu.Sandbox([]), Error, "an empty array is refused");
  Assert.throws(() => new Cu.Sandbox([], { wantXrays: true }), Error, "also with options");
  // The neighbour that is allowed: a one-element array.
  var sb = Cu.Sandbox(["https://a.example"]);
  Assert.ok(Cu.getObjectPrincipal(sb).isExpandedPrincipal);
  Assert.equal(Cu.evalInSandbox("1 + 1", sb), 2);
}
