// exportFunction's argument errors, with Gecko's messages.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  function fn() {}
  Assert.throws(() => Cu.exportFunction(fn, 5), /^Error: Invalid argument$/, "a primitive scope");
  Assert.throws(() => Cu.exportFunction(fn, sb, 5), /^Error: Invalid argument$/, "a primitive options argument");
  Assert.throws(() => Cu.exportFunction({}, sb), /^Error: First argument must be a function$/, "a non-callable object");
  Assert.throws(() => Cu.exportFunction(fn, sb, { defineAs: 5 }), /^Error: defineAs must be a string$/);
  Assert.throws(() => Cu.exportFunction(fn, sb, { allowCrossOriginArguments: "yes" }),
                /^Error: Expected a boolean value for property allowCrossOriginArguments$/);
  Assert.equal(Cu.evalInSandbox("typeof fn", sb), "undefined", "nothing was defined");
  // The allowed neighbour.
  Cu.exportFunction(fn, sb, { defineAs: "fn", allowCrossOriginArguments: false });
  Assert.equal(Cu.evalInSandbox("typeof fn", sb), "function");
}
