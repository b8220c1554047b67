// Xray to an Array: indexed elements and length, filtered like plain Objects; writes go through.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var arr = Cu.evalInSandbox(
    "var arr = [1, 'two', { three: 3 }, function () {}];" +
    "arr.named = 'n'; arr.fn = function () {}; Object.defineProperty(arr, 'acc', { get: function () { return 1; } });" +
    "arr", sb);
  Assert.ok(Array.isArray(arr), "Array.isArray sees through the Xray");
  Assert.equal(arr.length, 4);
  Assert.strictEqual(arr[0], 1);
  Assert.strictEqual(arr[1], "two");
  Assert.equal(arr[2].three, 3);
  Assert.strictEqual(arr[3], undefined, "a function element is hidden");
  Assert.strictEqual(arr.named, "n");
  Assert.strictEqual(arr.fn, undefined);
  Assert.strictEqual(arr.acc, undefined);
  Assert.deepEqual(Object.getOwnPropertyNames(arr).sort(), ["0", "1", "2", "length", "named"]);
  Assert.deepEqual(Object.keys(arr).sort(), ["0", "1", "2", "named"]);

  // Native methods work on the Xray.
  Assert.equal(arr.slice(0, 2).join(), "1,two");
  Assert.equal(arr.indexOf("two"), 1);
  var mapped = arr.map(x => typeof x);
  Assert.equal(mapped.length, 4);
  Assert.deepEqual(Array.prototype.slice.call(mapped, 0, 3), ["number", "string", "object"]);
  Assert.ok(!(3 in mapped), "the hidden element is a hole to the viewer");

  // Writes go to the real array.
  arr[5] = "five";
  Assert.equal(Cu.evalInSandbox("arr.length", sb), 6, "length grows");
  Assert.equal(Cu.evalInSandbox("arr[5]", sb), "five");
  arr.push("six");
  Assert.equal(Cu.evalInSandbox("arr[6]", sb), "six", "push through the Xray");
  arr.length = 2;
  Assert.equal(Cu.evalInSandbox("arr.length + ':' + arr.join()", sb), "2:1,two", "setting length truncates");
  delete arr[1];
  Assert.equal(Cu.evalInSandbox("1 in arr", sb), false);

  // Denied neighbours.
  Assert.throws(() => { arr[0] = {}; },
                /^Error: Not allowed to define cross-origin object as property on \[Object\] or \[Array\] XrayWrapper$/);
  Assert.throws(() => Object.defineProperty(arr, "0", { get: function () {} }),
                /^Error: Not allowed to define accessor property on \[Object\] or \[Array\] XrayWrapper$/);
  Assert.throws(() => { arr.join = "x"; },
                /^Error: Not allowed to shadow non-own Xray-resolved property on \[Object\] or \[Array\] XrayWrapper$/);
  Assert.equal(Cu.evalInSandbox("typeof arr[0]", sb), "number");

  // Iteration through the Xray.
  var items = [];
  for (var v of Cu.evalInSandbox("[7, 8, 9]", sb)) items.push(v);
  Assert.deepEqual(items, [7, 8, 9]);
}
