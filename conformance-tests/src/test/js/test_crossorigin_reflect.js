// Reflect on a cross-origin Window or Location reports failure instead of throwing, as
// [[SetPrototypeOf]] and [[PreventExtensions]] return false (HTML; Gecko passes the WPT).
function run_test() {
  var a = Host.createWindow("https://a.example/");
  Host.createWindow("https://b.example/", { parent: a });
  function inA(code) {
    return Host.evalInWindow("(function () { var B = frames[0]; var L = B.location; try { return 'returned ' + String(" + code +
                             "); } catch (e) { return e.name; } })()", a);
  }
  ["B", "L"].forEach(function (x) {
    Assert.equal(inA("Reflect.setPrototypeOf(" + x + ", {})"), "returned false", x + ": Reflect.setPrototypeOf");
    Assert.equal(inA("Reflect.setPrototypeOf(" + x + ", null)"), "returned true", x + ": to null");
    Assert.equal(inA("Object.setPrototypeOf(" + x + ", {})"), "TypeError", x + ": Object.setPrototypeOf throws");
    Assert.equal(inA("Reflect.preventExtensions(" + x + ")"), "returned false", x + ": Reflect.preventExtensions");
    Assert.equal(inA("Object.preventExtensions(" + x + ")"), "TypeError", x + ": Object.preventExtensions throws");
    Assert.equal(inA("Object.isExtensible(" + x + ")"), "returned true", x + ": still extensible");
    Assert.equal(inA("Object.getPrototypeOf(" + x + ")"), "returned null", x + ": prototype stays null");
  });
}
