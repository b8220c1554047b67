// Cu.Sandbox(null): a fresh null principal each time.
function run_test() {
  var a = Cu.Sandbox(null);
  var b = Cu.Sandbox(null);
  var pa = Cu.getObjectPrincipal(a);
  var pb = Cu.getObjectPrincipal(b);
  Assert.ok(pa.isNullPrincipal);
  Assert.ok(/^moz-nullprincipal:\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/.test(pa.origin), pa.origin);
  Assert.notEqual(pa.origin, pb.origin, "each null principal is new");
  Assert.ok(!pa.equals(pb));
  Assert.ok(!pa.subsumes(pb) && !pb.subsumes(pa));
  Assert.ok(pa.subsumes(pa));

  // Neither subsumes the other: objects of one are opaque to the other.
  b.fromA = Cu.evalInSandbox("({ secret: 1 })", a);
  Assert.equal(Cu.evalInSandbox("try { fromA.secret; 'read' } catch (e) { e.name + ': ' + e.message }", b),
               'Error: Permission denied to access property "secret"');

  // The system principal still reaches into a null sandbox.
  Assert.equal(Cu.evalInSandbox("({ v: 3 })", a).v, 3);
}
