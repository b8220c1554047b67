// The forwarder is constructible iff the original is.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.exportFunction(function Point(x) { this.x = x; }, sb, { defineAs: "Point" });
  Cu.exportFunction((x) => x, sb, { defineAs: "arrow" });
  Cu.exportFunction(({ method() { return 1; } }).method, sb, { defineAs: "method" });
  Assert.equal(Cu.evalInSandbox("typeof new Point(1)", sb), "object", "a constructor is constructible");
  Assert.equal(Cu.evalInSandbox("try { new arrow(1); 'constructed' } catch (e) { e.name }", sb), "TypeError",
               "an arrow function is not");
  Assert.equal(Cu.evalInSandbox("arrow(3)", sb), 3, "but is callable");
  Assert.equal(Cu.evalInSandbox("try { new method(); 'constructed' } catch (e) { e.name }", sb), "TypeError",
               "a method is not");
  Assert.equal(Cu.evalInSandbox("Point.length", sb), 1);
}
