// cloneInto copies Date, RegExp, ArrayBuffer, typed arrays, Map and Set into the target's classes.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  var buffer = new ArrayBuffer(4);
  new Uint8Array(buffer).set([1, 2, 3, 4]);
  var source = {
    date: new Date(Date.UTC(2001, 2, 3)),
    re: /ab+c/gi,
    buffer: buffer,
    bytes: new Uint16Array([10, 20, 30]),
    floats: new Float64Array([0.5]),
    map: new Map([["k", { v: 1 }], [2, "two"]]),
    set: new Set([1, "x"]),
    boxed: new String("boxed"),
  };
  sb.c = Cu.cloneInto(source, sb);
  function check(code, msg) { Assert.strictEqual(Cu.evalInSandbox(code, sb), true, msg || code); }
  check("c.date instanceof Date && c.date.getTime() === Date.UTC(2001, 2, 3)", "Date");
  check("c.re instanceof RegExp && c.re.source === 'ab+c' && c.re.flags === 'gi'", "RegExp");
  check("c.buffer instanceof ArrayBuffer && c.buffer.byteLength === 4 && new Uint8Array(c.buffer)[3] === 4", "ArrayBuffer");
  check("c.bytes instanceof Uint16Array && c.bytes.length === 3 && c.bytes[1] === 20", "Uint16Array");
  check("c.floats instanceof Float64Array && c.floats[0] === 0.5", "Float64Array");
  check("c.map instanceof Map && c.map.size === 2 && c.map.get('k').v === 1 && c.map.get(2) === 'two'", "Map");
  check("Object.getPrototypeOf(c.map.get('k')) === Object.prototype", "Map values are cloned into the target too");
  check("c.set instanceof Set && c.set.has(1) && c.set.has('x')", "Set");
  check("c.boxed instanceof String && String(c.boxed) === 'boxed'", "boxed String");

  // The copies are independent of the originals.
  new Uint8Array(buffer)[0] = 99;
  check("new Uint8Array(c.buffer)[0] === 1", "buffers are copied");
}
