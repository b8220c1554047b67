// postMessage: queued until Host.drainEvents(); event.data is a clone built in the target,
// event.origin the sender's origin, event.source the sender window.
function run_test() {
  var a = Host.createWindow("https://a.example/");
  var b = Host.createWindow("https://b.example/", { parent: a, name: "b" });
  Host.evalInWindow(
    "var got = [];" +
    "addEventListener('message', function (e) {" +
    "  got.push({ n: e.data.n, list: e.data.list.join(), origin: e.origin, fromChild: e.source === frames[0]," +
    "             local: Object.getPrototypeOf(e.data) === Object.prototype && Array.isArray(e.data.list) });" +
    "});", a);
  Host.evalInWindow("var payload = { n: 1, list: [1, 2] }; parent.postMessage(payload, '*'); payload.n = 2;", b);
  Assert.equal(Host.evalInWindow("got.length", a), 0, "nothing is delivered before drainEvents");
  Host.drainEvents();
  Assert.equal(Host.evalInWindow("got.length", a), 1, "one event");
  Assert.equal(Host.evalInWindow("got[0].n", a), 1, "the clone was taken at post time");
  Assert.equal(Host.evalInWindow("got[0].list", a), "1,2");
  Assert.equal(Host.evalInWindow("got[0].origin", a), "https://b.example");
  Assert.strictEqual(Host.evalInWindow("got[0].fromChild", a), true, "source is the sender window");
  Assert.strictEqual(Host.evalInWindow("got[0].local", a), true, "data is built in the target's global");

  // And the other way round.
  Host.evalInWindow("var fromParent = []; addEventListener('message', function (e) {" +
                    "  fromParent.push(e.data + '|' + e.origin + '|' + (e.source === parent)); });", b);
  Host.evalInWindow("frames[0].postMessage('hello', 'https://b.example')", a);
  Host.drainEvents();
  Assert.equal(Host.evalInWindow("fromParent.join()", b), "hello|https://a.example|true");

  // Draining again delivers nothing new.
  Host.drainEvents();
  Assert.equal(Host.evalInWindow("got.length", a), 1);
  Assert.equal(Host.evalInWindow("fromParent.length", b), 1);
}
