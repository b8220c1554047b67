// Thrown values are wrapped for the catching side like any other crossing value.
function run_test() {
  var sb = Cu.Sandbox("https://a.example");
  var other = Cu.Sandbox("https://b.example");

  // Content throws to system: an Xray.
  var contentThrower = Cu.evalInSandbox("(function () { throw { code: 1, fn: function () {} }; })", sb);
  try {
    contentThrower();
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.ok(Cu.isXrayWrapper(e));
    Assert.equal(e.code, 1);
    Assert.strictEqual(e.fn, undefined);
  }

  // System throws a plain object to content: a COW.
  sb.chromeThrower = function () { throw { secret: "s" }; };
  Assert.equal(Cu.evalInSandbox("try { chromeThrower() } catch (e) { typeof e + ':' + typeof e.secret }", sb), "object:undefined");

  // A third origin's exception is opaque to content.
  sb.foreignThrower = Cu.evalInSandbox("(function () { throw { secret: 's' }; })", other);
  Assert.equal(Cu.evalInSandbox("try { foreignThrower() } catch (e) { e.message }", sb),
               "Permission denied to access object", "the call itself is denied first");
  sb.rethrow = function (x) { throw x; };
  Assert.equal(Cu.evalInSandbox("try { rethrow(1) } catch (e) { e }", sb), 1, "a primitive crosses as itself");
  sb.foreignError = Cu.evalInSandbox("({ secret: 's' })", other);
  Assert.equal(Cu.evalInSandbox("try { throw foreignError } catch (e) { try { e.secret } catch (d) { d.message } }", sb),
               'Permission denied to access property "secret"', "a caught third-origin object stays opaque");

  // A thrown object comes home unwrapped.
  var mine = { mine: true };
  sb.mine = mine;
  try {
    Cu.evalInSandbox("throw mine", sb);
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.strictEqual(e, mine, "the system object thrown through content is the original");
  }
}
