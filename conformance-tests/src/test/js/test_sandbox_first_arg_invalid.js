// Cu.Sandbox refuses first arguments that name no principal.
function run_test() {
  Assert.throws(() => Cu.Sandbox(42), Error, "a number");
  Assert.throws(() => Cu.Sandbox(true), Error, "a boolean");
  Assert.throws(() => Cu.Sandbox(undefined), Error, "undefined is not null");
  Assert.throws(() => Cu.Sandbox({}), Error, "a plain object");
  Assert.throws(() => Cu.Sandbox(function () {}), Error, "a function");
  // The allowed neighbours still work after the failures.
  Assert.ok(Cu.getObjectPrincipal(Cu.Sandbox(null)).isNullPrincipal);
  Assert.ok(Cu.getObjectPrincipal(Cu.Sandbox("https://ok.example")).isContentPrincipal);
}
