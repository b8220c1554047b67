// exportFunction into a window: the window's scripts call the forwarder.
function run_test() {
  var w = Host.createWindow("https://a.example/");
  var received = null;
  Cu.exportFunction(function (msg) { received = msg; return "ack:" + msg; }, w, { defineAs: "notifyHost" });
  Assert.equal(Host.evalInWindow("notifyHost('hi')", w), "ack:hi");
  Assert.equal(received, "hi");
  Assert.equal(Host.evalInWindow("notifyHost.name + notifyHost.length", w), "notifyHost1");
  var obj = Cu.createObjectIn(w, { defineAs: "hostApi" });
  Cu.exportFunction(function () { return 42; }, obj, { defineAs: "answer" });
  Assert.equal(Host.evalInWindow("hostApi.answer()", w), 42);
}
