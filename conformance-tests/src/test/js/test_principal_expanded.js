// Expanded principals: an ordered allowlist; subsumes members and sub-lists; only system subsumes them.
function run_test() {
  var ssm = Services.scriptSecurityManager;
  var ep = Cu.getObjectPrincipal(Cu.Sandbox(["https://b.example", "https://a.example"]));
  Assert.ok(ep.isExpandedPrincipal);
  Assert.equal(ep.origin, "[Expanded Principal [https://b.example, https://a.example]]", "members in the order given");
  Assert.ok(Array.isArray(ep.allowlist));
  Assert.deepEqual(ep.allowlist.map(p => p.origin), ["https://b.example", "https://a.example"]);
  Assert.ok(ep.allowlist.every(p => p.isContentPrincipal));

  var a = ssm.createContentPrincipalFromOrigin("https://a.example");
  var c = ssm.createContentPrincipalFromOrigin("https://c.example");
  Assert.ok(ep.subsumes(a), "subsumes a member");
  Assert.ok(!ep.subsumes(c), "not a stranger");
  Assert.ok(!a.subsumes(ep), "a member does not subsume the expanded principal");

  var smaller = Cu.getObjectPrincipal(Cu.Sandbox(["https://a.example"]));
  Assert.ok(ep.subsumes(smaller), "E subsumes F when E subsumes every member of F");
  Assert.ok(!smaller.subsumes(ep), "but not the reverse");
  var same = Cu.getObjectPrincipal(Cu.Sandbox(["https://b.example", "https://a.example"]));
  Assert.ok(ep.equals(same));
  Assert.ok(ep.subsumes(same) && same.subsumes(ep));
  var overlapping = Cu.getObjectPrincipal(Cu.Sandbox(["https://a.example", "https://c.example"]));
  Assert.ok(!ep.subsumes(overlapping), "one member missing");

  Assert.ok(ssm.getSystemPrincipal().subsumes(ep), "system subsumes an expanded principal");
  Assert.ok(!ep.subsumes(ssm.getSystemPrincipal()));
  Assert.ok(!ep.subsumes(ssm.createNullPrincipal({})));

  // The allowlist is not writable.
  ep.allowlist = [];
  Assert.equal(ep.allowlist.length, 2);

  // Content and null principals have no allowlist.
  Assert.strictEqual(a.allowlist, undefined);
}
