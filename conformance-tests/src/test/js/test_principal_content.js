// Content principals: origins are normalized, attributes are a suffix.
function run_test() {
  var ssm = Services.scriptSecurityManager;
  function origin(url, opts) { return Cu.getObjectPrincipal(Cu.Sandbox(url, opts)).origin; }

  Assert.equal(origin("HTTPS://WWW.Example.Com/Path"), "https://www.example.com");
  Assert.equal(origin("http://example.com:80/"), "http://example.com", "default http port elided");
  Assert.equal(origin("https://example.com:443/"), "https://example.com", "default https port elided");
  Assert.equal(origin("https://example.com:8443/"), "https://example.com:8443");
  Assert.equal(origin("http://[::1]:8080/x"), "http://[::1]:8080", "IPv6 in brackets");
  Assert.equal(origin("https://bücher.example/"), "https://xn--bcher-kva.example", "IDN to punycode");
  Assert.equal(origin("about:config?x#y"), "about:config", "about: keeps the spec minus query and fragment");
  Assert.equal(origin("file:///home/user/page.html"), "file:///home/user/page.html", "file: gives the full spec");

  var p = ssm.createContentPrincipalFromOrigin("https://a.example");
  Assert.ok(p.isContentPrincipal);
  Assert.equal(p.origin, "https://a.example");
  var withSuffix = ssm.createContentPrincipalFromOrigin("https://a.example^userContextId=2");
  Assert.equal(withSuffix.origin, "https://a.example^userContextId=2");
  Assert.ok(!withSuffix.equals(p));

  // Content subsumes only an equal content principal.
  Assert.ok(p.subsumes(ssm.createContentPrincipalFromOrigin("https://a.example")));
  Assert.ok(!p.subsumes(ssm.createContentPrincipalFromOrigin("https://b.example")));
  Assert.ok(!p.subsumes(ssm.createContentPrincipalFromOrigin("http://a.example")), "scheme matters");
  Assert.ok(!p.subsumes(ssm.createContentPrincipalFromOrigin("https://sub.a.example")), "subdomains are other origins");
  Assert.ok(!p.subsumes(withSuffix), "attributes matter");
  Assert.ok(!p.subsumes(ssm.createNullPrincipal({})));

  // Denied neighbours: malformed origins.
  Assert.throws(() => ssm.createContentPrincipalFromOrigin("not an origin"), Error);
  Assert.throws(() => ssm.createContentPrincipalFromOrigin("[System Principal]"), Error, "not a content origin");
}
