// sandboxName names the sandbox for the host; it changes neither principal nor isolation.
function run_test() {
  var a = Cu.Sandbox("https://example.com", { sandboxName: "first" });
  var b = Cu.Sandbox("https://example.com", { sandboxName: "first" });
  Assert.equal(Cu.getObjectPrincipal(a).origin, "https://example.com", "the name is not the origin");
  a.x = 1;
  Assert.equal(Cu.evalInSandbox("typeof x", b), "undefined", "the same name does not share a global");
  b.fromA = Cu.evalInSandbox("({ f: function () {}, v: 1 })", a);
  Assert.equal(Cu.evalInSandbox("typeof fromA.f", b), "undefined", "two same-origin sandboxes still Xray each other");
  Assert.equal(Cu.evalInSandbox("fromA.v", b), 1);

  Assert.ok(Cu.Sandbox("https://example.com", { sandboxName: "" }), "an empty name is a string");
  Assert.ok(Cu.Sandbox(null, { sandboxName: "null one" }));

  Assert.throws(() => Cu.Sandbox("https://example.com", { sandboxName: 1 }),
                /^Error: Expected a string value for property sandboxName$/);
  Assert.throws(() => Cu.Sandbox("https://example.com", { sandboxName: ["x"] }),
                /^Error: Expected a string value for property sandboxName$/);
}
