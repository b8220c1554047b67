// evalInSandbox(src, sb, version, filename, line): the filename and first line are used.
function run_test() {
  var sb = Cu.Sandbox("https://example.com");

  try {
    Cu.evalInSandbox("var a = 1;\n\nthrow new Error('thrown')", sb, "latest", "thrower.js", 100);
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.equal(e.fileName, "thrower.js", "fileName comes from the filename argument");
    Assert.equal(e.lineNumber, 102, "line numbers start at the given line");
    Assert.ok(/thrower\.js:102/.test(e.stack), "the stack names the file and line: " + e.stack);
  }

  // Runtime errors raised by the engine carry the same position.
  try {
    Cu.evalInSandbox("\nnull.x", sb, "latest", "npe.js", 7);
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.equal(e.name, "TypeError");
    Assert.equal(e.fileName, "npe.js");
    Assert.equal(e.lineNumber, 8);
  }

  // The stack of an error created (not thrown) in the sandbox names the file too.
  var made = Cu.evalInSandbox("\n\nnew Error('here')", sb, "latest", "maker.js", 10);
  Assert.ok(/maker\.js:12/.test(made.stack), made.stack);

  // Default first line is 1.
  try {
    Cu.evalInSandbox("throw new Error('x')", sb, "latest", "line-one.js");
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.equal(e.lineNumber, 1);
    Assert.equal(e.fileName, "line-one.js");
  }

  // Functions defined keep their file name and lines.
  var fn = Cu.evalInSandbox("(function () {\n  throw new Error('in fn');\n})", sb, "latest", "fn.js", 5);
  try {
    fn();
    Assert.ok(false, "should have thrown");
  } catch (e) {
    Assert.equal(e.fileName, "fn.js");
    Assert.equal(e.lineNumber, 6);
  }
}
