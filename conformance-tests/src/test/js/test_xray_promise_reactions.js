// Through a Promise Xray, the native then/catch register the viewer's callbacks, and they run with
// the values (objects as Xrays).
function ticks(n) {
  var p = Promise.resolve();
  for (var i = 0; i < n; i++) {
    p = p.then(function () {});
  }
  return p;
}

add_task(function resolution() {
  var sb = Cu.Sandbox("https://example.com");
  Cu.evalInSandbox("Promise.prototype.then = function () { return 'evil'; }", sb);
  var result = "not called";
  var next = Cu.evalInSandbox("Promise.resolve(5)", sb).then(function (v) { result = v; });
  Assert.notEqual(next, "evil", "the native then ran");
  return ticks(5).then(function () {
    Assert.equal(result, 5, "the resolution value arrives");
  });
});

add_task(function rejection() {
  var sb = Cu.Sandbox("https://example.com");
  var message = "not called";
  Cu.evalInSandbox("Promise.reject(new Error('nope'))", sb).catch(function (e) { message = e.message; });
  return ticks(5).then(function () {
    Assert.equal(message, "nope");
  });
});

add_task(function objectValue() {
  var sb = Cu.Sandbox("https://example.com");
  var seen = null;
  Cu.evalInSandbox("new Promise(function (r) { r({ v: 1, f: function () {} }); })", sb).then(function (o) { seen = o; });
  return ticks(5).then(function () {
    Assert.ok(seen !== null && Cu.isXrayWrapper(seen), "the value is an Xray");
    Assert.equal(seen && seen.v, 1);
    Assert.strictEqual(seen && seen.f, undefined);
  });
});
