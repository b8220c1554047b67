// Cross-origin Window and Location: prototype null, setting it to an object is a TypeError and to null
// succeeds; always extensible; preventExtensions throws.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/", { parent: a });
  function inA(code) {
    return Host.evalInWindow("(function () { var B = frames[0]; var L = B.location; try { var r = " + code +
                             "; return 'allowed: ' + String(r); } catch (e) { return e.name; } })()", a);
  }
  ["B", "L"].forEach(function (x) {
    Assert.equal(inA("Object.getPrototypeOf(" + x + ")"), "allowed: null", x);
    Assert.equal(inA("Object.setPrototypeOf(" + x + ", {})"), "TypeError", x + ": set to an object");
    Assert.equal(inA("Object.setPrototypeOf(" + x + ", null) === " + x), "allowed: true", x + ": set to null");
    Assert.equal(inA("Object.isExtensible(" + x + ")"), "allowed: true", x);
    Assert.ok(!/^allowed/.test(inA("Object.preventExtensions(" + x + ")")), x + ": preventExtensions throws");
    Assert.equal(inA("Object.isExtensible(" + x + ")"), "allowed: true", x + ": still extensible");
    Assert.equal(inA(x + " instanceof Object"), "allowed: false", x);
  });
}
