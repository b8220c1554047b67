// Sandbox options of the wrong type are refused with Gecko's OptionsBase messages.
function run_test() {
  var url = "https://example.com";
  var booleans = ["wantXrays", "allowWaivers", "wantComponents", "wantExportHelpers", "freshCompartment"];
  booleans.forEach(function (name) {
    [1, "true", {}, null].forEach(function (bad) {
      var options = {};
      options[name] = bad;
      Assert.throws(() => Cu.Sandbox(url, options),
                    new RegExp("^Error: Expected a boolean value for property " + name + "$"),
                    name + " = " + String(bad));
    });
    // The allowed neighbour: a real boolean.
    var good = {};
    good[name] = false;
    Assert.ok(Cu.Sandbox(url, good), name + " = false is accepted");
  });

  Assert.throws(() => Cu.Sandbox(url, { sandboxName: 7 }), /^Error: Expected a string value for property sandboxName$/);
  Assert.throws(() => Cu.Sandbox(url, { sandboxName: {} }), /^Error: Expected a string value for property sandboxName$/);
  Assert.ok(Cu.Sandbox(url, { sandboxName: "named" }));

  Assert.throws(() => Cu.Sandbox(url, { sandboxPrototype: 7 }), /^Error: Expected an object value for property sandboxPrototype$/);
  Assert.throws(() => Cu.Sandbox(url, { sandboxPrototype: "proto" }), /^Error: Expected an object value for property sandboxPrototype$/);

  Assert.throws(() => Cu.Sandbox(url, { originAttributes: "userContextId=1" }),
                /^Error: Expected an object value for property originAttributes$/);

  // Options are read through the prototype chain, as JS_HasProperty/JS_GetProperty do.
  var inherited = Object.create({ wantXrays: "no" });
  Assert.throws(() => Cu.Sandbox(url, inherited), /^Error: Expected a boolean value for property wantXrays$/);

  // Undefined means absent.
  Assert.ok(Cu.Sandbox(url, { wantXrays: undefined, sandboxName: undefined }));
}
