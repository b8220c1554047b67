// Messages reach onmessage as well as addEventListener listeners.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://a.example/b", { parent: a });
  Host.evalInWindow("var log = []; onmessage = function (e) { log.push('on:' + e.data); };" +
                    "addEventListener('message', function (e) { log.push('listener:' + e.data); });", b);
  Host.evalInWindow("frames[0].postMessage('m1', '*')", a);
  Host.drainEvents();
  Assert.equal(Host.evalInWindow("log.slice().sort().join()", b), "listener:m1,on:m1");
  Host.evalInWindow("onmessage = null", b);
  Host.evalInWindow("frames[0].postMessage('m2', '*')", a);
  Host.drainEvents();
  Assert.equal(Host.evalInWindow("log.slice().sort().join()", b), "listener:m1,listener:m2,on:m1", "onmessage removed");
}
