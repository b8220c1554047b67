// An object option given as null is of the wrong type (Gecko's ParseObject requires an object).
function run_test() {
  var url = "https://example.com";
  Assert.throws(() => Cu.Sandbox(url, { sandboxPrototype: null }),
                /^Error: Expected an object value for property sandboxPrototype$/);
  Assert.throws(() => Cu.Sandbox(url, { originAttributes: null }),
                /^Error: Expected an object value for property originAttributes$/);
  Assert.ok(Cu.Sandbox(url, { sandboxPrototype: undefined }), "undefined is absent");
}
