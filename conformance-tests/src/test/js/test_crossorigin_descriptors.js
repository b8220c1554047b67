// Own property descriptors of a cross-origin Window/Location follow HTML's CrossOriginGetOwnPropertyHelper:
// attributes are accessors (location with a setter, the others getter-only), methods are
// non-writable data properties, and the getters/setters are functions of the caller's realm.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  Host.createWindow("https://b.example/", { parent: a });
  function inA(code) {
    return Host.evalInWindow("(function () { var B = frames[0]; var d; try { return " + code +
                             "; } catch (e) { return e.name + ': ' + e.message; } })()", a);
  }
  Assert.equal(inA("(d = Object.getOwnPropertyDescriptor(B, 'location'), typeof d.get + typeof d.set)"), "functionfunction",
               "location has a getter and a setter");
  ["window", "self", "frames", "parent", "top", "opener", "closed", "length"].forEach(function (name) {
    Assert.equal(inA("(d = Object.getOwnPropertyDescriptor(B, '" + name + "'), typeof d.get + typeof d.set + ('value' in d))"),
                 "functionundefinedfalse", name + " has a getter only");
  });
  Assert.strictEqual(inA("(d = Object.getOwnPropertyDescriptor(B, 'window'), d.get.call(B) === B)"), true, "the getter works");
  Assert.strictEqual(inA("(d = Object.getOwnPropertyDescriptor(B, 'window'), Object.getPrototypeOf(d.get) === Function.prototype)"),
                     true, "the getter is a function of the caller's realm");
  Assert.equal(inA("(d = Object.getOwnPropertyDescriptor(B, 'postMessage'), typeof d.value + d.writable + d.enumerable + d.configurable)"),
               "functionfalsefalsetrue", "methods are non-writable data properties");
  Assert.equal(inA("(d = Object.getOwnPropertyDescriptor(B.location, 'href'), typeof d.get + typeof d.set)"), "undefinedfunction",
               "Location's href has a setter only");
}
