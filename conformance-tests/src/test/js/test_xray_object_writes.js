// Writes through an Xray to a plain Object go to the real object if they are safe, else throw.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var other = Cu.Sandbox("https://other.example");
  var o = Cu.evalInSandbox("var o = { existing: 1 }; Object.defineProperty(o, 'acc', { get: function () { return 1; }, configurable: true }); o", sb);

  o.prim = 42;
  Assert.equal(Cu.evalInSandbox("o.prim", sb), 42, "a primitive goes through as a data property");
  o.existing = "changed";
  Assert.equal(Cu.evalInSandbox("o.existing", sb), "changed");
  o.sameOrigin = Cu.evalInSandbox("({ z: 1 })", sb);
  Assert.equal(Cu.evalInSandbox("o.sameOrigin.z", sb), 1, "a subsumed object goes through");
  Assert.equal(o.sameOrigin.z, 1, "and reads back");
  Object.defineProperty(o, "defined", { value: 3, enumerable: true, configurable: true, writable: true });
  Assert.equal(Cu.evalInSandbox("o.defined", sb), 3, "defineProperty of a data property goes through");
  delete o.prim;
  Assert.equal(Cu.evalInSandbox("'prim' in o", sb), false, "delete goes through");

  Assert.throws(() => { o.sys = {}; },
                /^Error: Not allowed to define cross-origin object as property on \[Object\] or \[Array\] XrayWrapper$/,
                "a system object");
  Assert.throws(() => { o.fn = function () {}; },
                /^Error: Not allowed to define cross-origin object as property on \[Object\] or \[Array\] XrayWrapper$/,
                "a system function");
  Assert.throws(() => { o.foreign = Cu.evalInSandbox("({})", other); },
                /^Error: Not allowed to define cross-origin object as property on \[Object\] or \[Array\] XrayWrapper$/,
                "a third-origin object");
  Assert.throws(() => Object.defineProperty(o, "g", { get: function () { return 1; } }),
                /^Error: Not allowed to define accessor property on \[Object\] or \[Array\] XrayWrapper$/);
  Assert.throws(() => Object.defineProperty(o, "s", { set: function () {} }),
                /^Error: Not allowed to define accessor property on \[Object\] or \[Array\] XrayWrapper$/);
  Assert.throws(() => { o.toString = "x"; },
                /^Error: Not allowed to shadow non-own Xray-resolved property on \[Object\] or \[Array\] XrayWrapper$/);
  Assert.throws(() => { o.hasOwnProperty = 1; },
                /^Error: Not allowed to shadow non-own Xray-resolved property on \[Object\] or \[Array\] XrayWrapper$/);

  Assert.equal(Cu.evalInSandbox("Object.keys(o).sort().join()", sb), "defined,existing,sameOrigin",
               "none of the refused writes happened");
  Assert.equal(Cu.evalInSandbox("typeof Object.getOwnPropertyDescriptor(o, 'acc').get", sb), "function",
               "the accessor is untouched");

  // Deleting a hidden property through the Xray is a no-op.
  delete o.acc;
  Assert.equal(Cu.evalInSandbox("o.acc", sb), 1, "the filtered accessor survives a delete");
}
