// A system script makes a content sandbox and looks at its objects through Xrays.
var sb = Cu.Sandbox("https://example.com");
Cu.evalInSandbox("var page = { title: 'Hello', get secret() { return 42; }, run: function () {} };", sb);
print(sb.page.title);
print(typeof sb.page.secret, typeof sb.page.run, Cu.isXrayWrapper(sb.page));
print(sb.page.wrappedJSObject.secret);

// Two content origins cannot see each other's objects: they are opaque.
var other = Cu.Sandbox("https://other.example");
Cu.evalInSandbox("var x = { y: 1 };", other);
Cu.evalInSandbox("function peek(o) { try { return o.y; } catch (e) { return e.message; } }", sb);
print(sb.peek(other.x));
