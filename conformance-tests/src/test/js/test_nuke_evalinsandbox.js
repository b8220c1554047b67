// A nuked sandbox cannot be evaluated in, and its metadata cannot be read.
function run_test() {
  var sb = Cu.Sandbox("https://example.com", { metadata: { m: 1 } });
  Cu.nukeSandbox(sb);
  Assert.throws(() => Cu.evalInSandbox("1", sb), Error, "evalInSandbox on a dead sandbox");
  Assert.throws(() => Cu.Sandbox(sb), Error, "using it as a principal source");
  Assert.ok(Cu.isDeadWrapper(sb));
}
