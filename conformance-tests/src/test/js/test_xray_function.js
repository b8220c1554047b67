// Xray to a function: length and explicit name; calling runs the real function.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox(
    "var named = function explicitName(a, b, c) { return [a, b, c].join('|'); };" +
    "var unnamed = function () { return this; };" +
    "named.custom = 'added by content'; named.prototype.proto = 1;" +
    "function getThis() { return this; }" +
    "function takesObject(o) { return typeof o.secret; }", sb);

  var named = sb.named;
  Assert.ok(Cu.isXrayWrapper(named));
  Assert.equal(typeof named, "function");
  Assert.equal(named.length, 3);
  Assert.equal(named.name, "explicitName");
  Assert.strictEqual(named.custom, undefined, "properties content added are hidden");
  Assert.strictEqual(named.prototype, undefined, "prototype only for standard constructors");
  Assert.deepEqual(Object.getOwnPropertyNames(named).sort(), ["length", "name"]);

  // Calls run in the function's compartment with arguments wrapped into it.
  Assert.equal(named(1, "x", true), "1|x|true");
  Assert.equal(sb.takesObject({ secret: 1 }), "undefined", "a system object arrives as a COW: reads fail silently");

  // Function.prototype methods are native through the Xray.
  Cu.evalInSandbox("Function.prototype.call = function () { return 'hijacked'; }", sb);
  Assert.equal(named.call(null, 1, 2, 3), "1|2|3", "call is the native one");
  Assert.equal(named.bind(null, "b")(1, 2), "b|1|2", "bind works");
  Assert.ok(/explicitName/.test(named.toString()), "toString shows the source");
  Assert.strictEqual(Object.getPrototypeOf(named), sb.Function.prototype);

  // Calling the function as a constructor builds an object of the target.
  var made = Cu.evalInSandbox("(function Maker(v) { this.v = v; })", sb);
  var instance = new made(9);
  Assert.equal(instance.v, 9);
  Assert.equal(Cu.getObjectPrincipal(instance).origin, "https://example.com");
}
