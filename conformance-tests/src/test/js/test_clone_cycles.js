// cloneInto preserves cycles and shared references.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var shared = { tag: "shared" };
  var source = { first: shared, second: shared, list: [shared] };
  source.self = source;
  source.list.push(source.list);
  sb.c = Cu.cloneInto(source, sb);
  Assert.equal(Cu.evalInSandbox("c.first === c.second", sb), true, "a shared object is cloned once");
  Assert.equal(Cu.evalInSandbox("c.list[0] === c.first", sb), true);
  Assert.equal(Cu.evalInSandbox("c.self === c", sb), true, "a cycle is kept");
  Assert.equal(Cu.evalInSandbox("c.list[1] === c.list", sb), true, "an array cycle is kept");
  Assert.equal(Cu.evalInSandbox("c.first.tag", sb), "shared");
  Assert.equal(Cu.evalInSandbox("c.first === c", sb), false);

  var m = new Map();
  m.set("me", m);
  sb.cm = Cu.cloneInto(m, sb);
  Assert.equal(Cu.evalInSandbox("cm.get('me') === cm", sb), true, "a Map that contains itself");
}
