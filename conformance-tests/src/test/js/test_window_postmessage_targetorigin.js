// A targetOrigin other than "*" that does not match the target's origin drops the message.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/", { parent: a });
  Host.evalInWindow("var got = []; addEventListener('message', function (e) { got.push(e.data); });", b);
  Host.evalInWindow("var t = frames[0];" +
                    "t.postMessage('star', '*');" +
                    "t.postMessage('exact', 'https://b.example');" +
                    "t.postMessage('wrong host', 'https://c.example');" +
                    "t.postMessage('wrong scheme', 'http://b.example');" +
                    "t.postMessage('wrong port', 'https://b.example:8443');", a);
  Host.drainEvents();
  Assert.equal(Host.evalInWindow("got.join()", b), "star,exact");
}
