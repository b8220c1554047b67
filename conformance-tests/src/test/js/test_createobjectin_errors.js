// createObjectIn refuses a non-object scope and a scope the caller may not reach.
function run_test() {
  Assert.throws(() => Cu.createObjectIn(5), /^Error: Expected an object as the target scope$/);
  Assert.throws(() => Cu.createObjectIn(undefined), /^Error: Expected an object as the target scope$/);

  var sb = Cu.Sandbox("https://a.example", { wantExportHelpers: true });
  sb.stranger = Cu.Sandbox("https://c.example");
  sb.chromeScope = {};
  Assert.equal(Cu.evalInSandbox("try { createObjectIn(stranger); 'made' } catch (e) { e.message }", sb),
               "Permission denied to create object in the target scope");
  Assert.equal(Cu.evalInSandbox("try { createObjectIn(chromeScope, { defineAs: 'x' }); 'made' } catch (e) { e.message }", sb),
               "Permission denied to create object in the target scope");
  Assert.ok(!("x" in sb.chromeScope));
  // The allowed neighbour: its own scope.
  Assert.equal(Cu.evalInSandbox("typeof createObjectIn(this, { defineAs: 'mine' }) + typeof mine", sb), "objectobject");
}
