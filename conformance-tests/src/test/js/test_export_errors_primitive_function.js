// exportFunction with a primitive first argument reports "Invalid argument", as Gecko's ExportFunction
// does for any non-object function or scope argument ("First argument must be a function" is for
// objects that are not callable).
function run_test() {
  var sb = Cu.Sandbox("https://example.com");
  Assert.throws(() => Cu.exportFunction(5, sb), /^Error: Invalid argument$/, "a number");
  Assert.throws(() => Cu.exportFunction("fn", sb), /^Error: Invalid argument$/, "a string");
  Assert.throws(() => Cu.exportFunction({}, sb), /^Error: First argument must be a function$/, "a non-callable object");
}
