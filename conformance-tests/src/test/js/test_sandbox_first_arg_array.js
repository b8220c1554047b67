// Cu.Sandbox([urls or principals]): an expanded principal with the members in the order given.
function run_test() {
  var ssm = Services.scriptSecurityManager;
  var sb = Cu.Sandbox(["https://a.example/x", "http://b.example:81"]);
  var principal = Cu.getObjectPrincipal(sb);
  Assert.ok(principal.isExpandedPrincipal, "an array gives an expanded principal");
  Assert.ok(!principal.isContentPrincipal);
  Assert.equal(principal.origin, "[Expanded Principal [https://a.example, http://b.example:81]]");
  Assert.equal(principal.allowlist.length, 2);
  Assert.equal(principal.allowlist[0].origin, "https://a.example");
  Assert.equal(principal.allowlist[1].origin, "http://b.example:81");

  // Principal objects are accepted as members, mixed with strings.
  var member = ssm.createContentPrincipalFromOrigin("https://c.example");
  var mixed = Cu.getObjectPrincipal(Cu.Sandbox([member, "https://d.example"]));
  Assert.equal(mixed.origin, "[Expanded Principal [https://c.example, https://d.example]]");

  // The expanded principal subsumes its members but not a stranger.
  var memberSb = Cu.Sandbox("https://a.example");
  Assert.ok(principal.subsumes(Cu.getObjectPrincipal(memberSb)));
  Assert.ok(!principal.subsumes(ssm.createContentPrincipalFromOrigin("https://z.example")));

  // A one-element array is still expanded, not content.
  Assert.ok(Cu.getObjectPrincipal(Cu.Sandbox(["https://a.example"])).isExpandedPrincipal);

  // Denied neighbour: the system principal may not be a member.
  Assert.throws(() => Cu.Sandbox([ssm.getSystemPrincipal()]), Error, "system principal inside an expanded principal");
  // Denied neighbour: a member that is neither a string nor a principal.
  Assert.throws(() => Cu.Sandbox(["https://a.example", 42]), Error, "a number is not a member");
}
