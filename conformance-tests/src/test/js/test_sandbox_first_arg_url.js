// Cu.Sandbox(urlString): a content principal for the URL's origin.
function run_test() {
  var sb = Cu.Sandbox("https://Example.COM:443/some/path?q=1#frag");
  var principal = Cu.getObjectPrincipal(sb);
  Assert.ok(principal.isContentPrincipal, "a URL gives a content principal");
  Assert.ok(!principal.isSystemPrincipal && !principal.isNullPrincipal && !principal.isExpandedPrincipal);
  Assert.equal(principal.origin, "https://example.com", "host lower-cased, default port, path, query and fragment dropped");

  Assert.equal(Cu.getObjectPrincipal(Cu.Sandbox("http://example.com:8080/x")).origin, "http://example.com:8080",
               "a non-default port is kept");

  // Objects created inside carry the sandbox's principal.
  var made = Cu.evalInSandbox("({})", sb);
  Assert.equal(Cu.getObjectPrincipal(made).origin, "https://example.com");

  // Two sandboxes for the same origin have equal principals.
  var other = Cu.Sandbox("https://example.com/elsewhere");
  Assert.ok(Cu.getObjectPrincipal(other).equals(principal));

  // Called as a constructor or as a function: the same result.
  Assert.equal(Cu.getObjectPrincipal(new Cu.Sandbox("https://example.com")).origin, "https://example.com");

  // about:blank and data: give null principals.
  Assert.ok(Cu.getObjectPrincipal(Cu.Sandbox("about:blank")).isNullPrincipal, "about:blank gives a null principal");
  Assert.ok(Cu.getObjectPrincipal(Cu.Sandbox("data:text/plain,hi")).isNullPrincipal, "data: gives a null principal");

  // Denied neighbour: a string that is not a URL is refused.
  Assert.throws(() => Cu.Sandbox("not a url"), Error, "a malformed URL is refused");
  Assert.throws(() => Cu.Sandbox(""), Error, "an empty string is refused");
}
