// A callable-only system function can be used by content as a promise reaction: the promise job
// calls it with a primitive, which is allowed.
function ticks(n) {
  var p = Promise.resolve();
  for (var i = 0; i < n; i++) {
    p = p.then(function () {});
  }
  return p;
}

add_task(function reaction() {
  var sb = Cu.Sandbox("https://example.com");
  var got = null;
  sb.onValue = function (v) { got = v; };
  Cu.evalInSandbox("var outcome = 'pending';" +
                   "Promise.resolve(8).then(onValue).then(function () { outcome = 'ok'; }," +
                   "                                      function (e) { outcome = e.name + ': ' + e.message; });", sb);
  return ticks(5).then(function () {
    Assert.equal(sb.outcome, "ok", "the reaction ran without a denial (outcome: " + sb.outcome + ")");
    Assert.equal(got, 8);
  });
});

add_task(function rejectionHandler() {
  var sb = Cu.Sandbox("https://example.com");
  var reason = null;
  sb.onError = function (e) { reason = e; };
  Cu.evalInSandbox("Promise.reject('why').catch(onError);", sb);
  return ticks(5).then(function () {
    Assert.equal(reason, "why");
  });
});
