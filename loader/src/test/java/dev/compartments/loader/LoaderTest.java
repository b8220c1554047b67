package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.engine.ScriptException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enforcing loader: every rule of DESIGN.md section 7 and its message. */
class LoaderTest {
  @TempDir Path dir;

  /** Loader options without the output, so a test can state them before running. */
  record Opts(java.util.function.UnaryOperator<LoaderOptions> change) {
    static final Opts DEFAULT = new Opts(o -> o);

    Opts storageDir(Path storage) {
      return new Opts(o -> change.apply(o).withStorageDir(storage));
    }

    Opts passwords(Map<String, String> store, String slot) {
      return new Opts(o -> change.apply(o).withPasswords(store, slot));
    }

    Opts maxTimerRuns(int runs) {
      return new Opts(o -> change.apply(o).withMaxTimerRuns(runs));
    }

    LoaderOptions build(PrintWriter out) {
      return change.apply(LoaderOptions.to(out));
    }
  }

  /** Writes a package named {@code t} with {@code files} (path under the package to text). */
  static Path write(Path dir, String packageJson, Map<String, String> files) throws IOException {
    Files.writeString(dir.resolve("package.json"), packageJson);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private Path pkg(Map<String, String> files) throws IOException {
    return write(dir, "{\"name\": \"t\"}", files);
  }

  static String run(Path dir, Opts options) {
    StringWriter out = new StringWriter();
    Loader.load(dir, options.build(new PrintWriter(out)));
    return out.toString();
  }

  private static String run(Path dir) {
    return run(dir, Opts.DEFAULT);
  }

  private static ScriptException fails(Path dir) {
    return assertThrows(ScriptException.class, () -> run(dir));
  }

  @Test
  void dynamicRequire_notInTheManifest_failsAtRunTimeWithTheRequiringLine() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js", "var name = './' + 'b';\nrequire(name);\n",
        "lib/b.js", "exports.x = 1;\n"));
    ScriptException e = fails(p);
    assertEquals("Error", e.errorName());
    assertEquals("Module: t/main has no authority to load: ./b", e.errorMessage());
    assertEquals("lib/main.js", e.fileName());
    assertEquals(2, e.lineNumber());
  }

  @Test
  void noAuthority_isAnErrorTheModuleCanCatch() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\n"
            + "try { require('tim' + 'ers'); } catch (e) { console.log(e instanceof Error, e.name + ': ' + e.message); }\n"));
    assertEquals("true Error: Module: t/main has no authority to load: timers\n", run(p));
  }

  @Test
  void requireOfANonString_isATypeError() throws IOException {
    Path p = pkg(Map.of("lib/main.js", "require(42);\n"));
    ScriptException e = fails(p);
    assertEquals("TypeError", e.errorName());
    assertEquals("require: the module name must be a string, got number", e.errorMessage());
  }

  @Test
  void hashMismatch_afterEditingAFile_isRefused() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js", "require('./util');\n",
        "lib/util.js", "exports.x = 1;\n"));
    Loader loader = Loader.create(p, Opts.DEFAULT.build(new PrintWriter(new StringWriter())));
    String sha = loader.manifest().module("t/util").orElseThrow().sha256();
    Files.writeString(p.resolve("lib/util.js"), "exports.x = 2; // edited\n");
    ScriptException e = assertThrows(ScriptException.class, loader::run);
    assertEquals(
        "Module: t/util refused: lib/util.js does not match its manifest hash (sha256 " + sha
            + "); the file changed after the manifest was built",
        e.errorMessage());
    assertEquals("lib/util.js", e.fileName());
  }

  @Test
  void hashMismatch_ofTheMainModule_isRefused() throws IOException {
    Path p = pkg(Map.of("lib/main.js", "var x = 1;\n"));
    Loader loader = Loader.create(p, Opts.DEFAULT.build(new PrintWriter(new StringWriter())));
    Files.writeString(p.resolve("lib/main.js"), "var x = 2;\n");
    ScriptException e = assertThrows(ScriptException.class, loader::run);
    assertTrue(e.errorMessage().startsWith("Module: t/main refused: lib/main.js does not match its manifest hash"), e.errorMessage());
  }

  @Test
  void aLoaderRunsOnce() throws IOException {
    Path p = pkg(Map.of("lib/main.js", "var x = 1;\n"));
    Loader loader = Loader.create(p, Opts.DEFAULT.build(new PrintWriter(new StringWriter())));
    loader.run();
    IllegalStateException e = assertThrows(IllegalStateException.class, loader::run);
    assertEquals("a loader runs its package once; create another", e.getMessage());
  }

  @Test
  void requireChrome_isRefusedToANonChromeModule() throws IOException {
    Path p = pkg(Map.of("lib/main.js", "require('chr' + 'ome');\n"));
    assertEquals("Module: t/main has no authority to load: chrome", fails(p).errorMessage());
  }

  @Test
  void requireChrome_givesAFrozenObjectWithTheModulesOwnCu() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\n"
            + "const chrome = require('chrome');\n"
            + "console.log(Object.isFrozen(chrome), Object.keys(chrome).sort().join(','));\n"
            + "console.log(typeof chrome.Cu.Sandbox, Object.isFrozen(chrome.Cc), require('chrome') === chrome);\n"));
    assertEquals("true Cc,Ci,Cm,Cr,Cu,components\nfunction true true\n", run(p));
  }

  @Test
  void components_throwsAReferenceErrorInANonChromeModule() throws IOException {
    Path p = pkg(Map.of("lib/main.js", "var c = Components;\n"));
    ScriptException e = fails(p);
    assertEquals("ReferenceError", e.errorName());
    assertTrue(e.errorMessage().startsWith("`Components` is not available in this context."), e.errorMessage());
    assertEquals("lib/main.js", e.fileName());
    assertEquals(1, e.lineNumber());
  }

  @Test
  void components_throwsInAChromeModuleToo_andCuStaysUnreachableAsAGlobal() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\nconst {Cu} = require('chrome');\n"
            + "console.log(typeof Cu, typeof globalThis.Cu, typeof globalThis.Services);\n"
            + "var c = Components;\n"));
    StringWriter out = new StringWriter();
    ScriptException e = assertThrows(ScriptException.class,
        () -> Loader.load(p, Opts.DEFAULT.build(new PrintWriter(out))));
    assertEquals("object undefined undefined\n", out.toString());
    assertEquals("ReferenceError", e.errorName());
    assertEquals(4, e.lineNumber());
  }

  @Test
  void chromeModules_getTheSystemPrincipal_othersAGlobalOfTheirOwn() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js",
            "const console = require('console');\nconst {Cu} = require('chrome');\nconst a = require('./a');\n"
                + "const b = require('./b');\n"
                + "console.log(Cu.getObjectPrincipal({}).isSystemPrincipal, a.set(), b.read(), typeof shared);\n",
        "lib/a.js", "exports.set = function () { globalThis.shared = 1; return typeof shared; };\n",
        "lib/b.js", "exports.read = function () { return typeof shared; };\n"));
    assertEquals("true number undefined undefined\n", run(p));
  }

  private static final String SECRET =
      "var internal = {count: 0, nested: {v: 1}};\n"
          + "globalThis.secretA = 42;\n"
          + "exports.get = function () { return internal; };\n"
          + "exports.inc = function () { internal.count++; return internal.count; };\n"
          + "exports.data = {x: 1, list: [1, 2]};\n"
          + "exports.each = function (items, fn) { var out = []; for (var i = 0; i < items.length; i++) { out.push(fn(items[i])); } return out; };\n"
          + "exports.maker = function () { return {hello: function (who) { return 'hi ' + who; }, n: internal.count}; };\n";

  @Test
  void exports_areAFrozenFacade_theConstructorChainStaysInTheRequirer() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js",
            "const console = require('console');\nconst s = require('./secret');\n"
                + "console.log(s.get.constructor.constructor('return typeof secretA')());\n"
                + "console.log(s.get.constructor.constructor('return this')() === globalThis);\n"
                + "console.log(Object.isFrozen(s), Object.isFrozen(s.data), Object.isFrozen(s.data.list));\n"
                + "try { s.data.x = 5; } catch (e) { }\ntry { s.extra = 1; } catch (e) { }\ntry { s.get = null; } catch (e) { }\n"
                + "console.log(s.data.x, typeof s.extra, typeof s.get);\n",
        "lib/secret.js", SECRET));
    assertEquals("undefined\ntrue\ntrue true true\n1 undefined function\n", run(p));
  }

  @Test
  void exports_returnedObjectsAreClones_mutationDoesNotReachTheModule() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js",
            "const console = require('console');\nconst s = require('./secret');\n"
                + "var o = s.get(); o.count = 100; o.nested.v = 7;\n"
                + "console.log(s.inc(), s.get().count, s.get().nested.v, s.get() === s.get(), Object.isFrozen(o));\n",
        "lib/secret.js", SECRET));
    assertEquals("1 1 1 false false\n", run(p));
  }

  @Test
  void exports_functionIdentityIsStable_andRequireReturnsTheSameFacade() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js",
            "const console = require('console');\nconst s = require('./secret');\n"
                + "console.log(s.get === s.get, require('./secret') === s, s.get.toString().indexOf('[native code]') >= 0);\n",
        "lib/secret.js", SECRET));
    assertEquals("true true true\n", run(p));
  }

  @Test
  void exports_callbacksAndReturnedFunctionsAreForwardedBothWays() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js",
            "const console = require('console');\nconst s = require('./secret');\n"
                + "console.log(s.each([1, 2, 3], function (x) { return x * 10; }).join(','));\n"
                + "var m = s.maker(); console.log(m.hello('you'), m.n, Object.isFrozen(m), m.hello === s.maker().hello);\n",
        "lib/secret.js", SECRET));
    assertEquals("10,20,30\nhi you 0 false false\n", run(p));
  }

  @Test
  void exports_errorsThrownByAnExportedFunctionKeepTheirNameAndMessage() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js",
            "const console = require('console');\nconst b = require('./b');\n"
                + "try { b.f(); } catch (e) { console.log(e instanceof TypeError, e.message); }\n",
        "lib/b.js", "exports.f = function () { throw new TypeError('bad call'); };\n"));
    assertEquals("true bad call\n", run(p));
  }

  @Test
  void aModuleIsEvaluatedOnce() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js", "require('./a');\nrequire('./b');\n",
        "lib/a.js", "require('./c');\n",
        "lib/b.js", "require('./c');\n",
        "lib/c.js", "require('console').log('c runs');\n"));
    assertEquals("c runs\n", run(p));
  }

  @Test
  void aFailedLoadFailsAgainWithTheSameError_withoutRunningTheModuleTwice() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js",
            "const console = require('console');\n"
                + "try { require('./bad'); } catch (e) { console.log(1, e.name, e.message); }\n"
                + "try { require('./bad'); } catch (e) { console.log(2, e.name, e.message); }\n",
        "lib/bad.js", "require('console').log('bad runs');\nthrow new TypeError('boom');\n"));
    assertEquals("bad runs\n1 TypeError boom\n2 TypeError boom\n", run(p));
  }

  @Test
  void anUncaughtErrorInARequiredModule_isReportedAtItsOwnFileAndLine() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js", "require('./sub/bad');\n",
        "lib/sub/bad.js", "var x = 1;\nnull.f();\n"));
    ScriptException e = fails(p);
    assertEquals("TypeError", e.errorName());
    assertEquals("lib/sub/bad.js", e.fileName());
    assertEquals(2, e.lineNumber());
  }

  @Test
  void moduleLevelConstAndLet_doNotClashBetweenModules() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js", "const console = require('console');\nconst x = require('./a').x;\nlet y = 2;\nconsole.log(x, y);\n",
        "lib/a.js", "const console = 5;\nlet y = 3;\nexports.x = console + y;\n"));
    assertEquals("8 2\n", run(p));
  }

  @Test
  void moduleExports_canBeReplaced() throws IOException {
    Path p = pkg(Map.of(
        "lib/main.js", "const console = require('console');\nconst f = require('./a');\nconsole.log(f(2), require('./b'));\n",
        "lib/a.js", "module.exports = function (n) { return n * 2; };\n",
        "lib/b.js", "module.exports = 'text';\n"));
    assertEquals("4 text\n", run(p));
  }

  @Test
  void console_writesItsArgumentsSpaceSeparatedAsOneLine() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\nconsole.log('a', 1, true, null, undefined, [1, 2]);\n"
            + "console.info('i'); console.warn('w'); console.error('e'); console.log();\n"));
    assertEquals("a 1 true null undefined 1,2\ni\nw\ne\n\n", run(p));
  }

  @Test
  void timers_runInOrderOfTheirTimeAfterTheMainModule() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\nconst t = require('timers');\n"
            + "t.setTimeout(function () { console.log('b'); }, 20);\n"
            + "t.setTimeout(function (x) { console.log('a', x); }, 10, 'arg');\n"
            + "var gone = t.setTimeout(function () { console.log('never'); }, 5);\n"
            + "t.clearTimeout(gone);\n"
            + "var n = 0; var iv = t.setInterval(function () { n++; console.log('tick', n); if (n === 3) { t.clearInterval(iv); } }, 7);\n"
            + "console.log('main done');\n"));
    assertEquals("main done\ntick 1\na arg\ntick 2\nb\ntick 3\n", run(p));
  }

  @Test
  void timers_stopAtTheBound() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\nconst t = require('timers');\n"
            + "t.setInterval(function () { console.log('tick'); }, 1);\n"));
    assertEquals("tick\ntick\ntick\n", run(p, Opts.DEFAULT.maxTimerRuns(3)));
  }

  @Test
  void timers_anUncaughtErrorInACallbackFailsTheRun() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const t = require('timers');\nt.setTimeout(function () {\n  throw new RangeError('late');\n}, 1);\n"));
    ScriptException e = fails(p);
    assertEquals("RangeError", e.errorName());
    assertEquals("late", e.errorMessage());
    assertEquals(3, e.lineNumber());
  }

  @Test
  void manifestProblems_refuseToRun() throws IOException {
    Path p = pkg(Map.of("lib/main.js", "require('console').log('never');\nComponents.utils.reportError('x');\n"));
    ManifestProblemsException e = assertThrows(ManifestProblemsException.class, () -> run(p));
    assertEquals(1, e.manifest().problems().size());
    assertTrue(e.getMessage().contains("require(\"chrome\")"), e.getMessage());
  }

  @Test
  void storage_survivesANewLoaderAndEngine() throws IOException {
    Path store = dir.resolve("store");
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\nconst s = require('storage');\n"
            + "var n = s.get('runs') || 0;\ns.set('runs', n + 1);\ns.set('obj', {a: [1, 'x']});\n"
            + "console.log(n, JSON.stringify(s.get('obj')), s.keys().join(','));\n"));
    Opts options = Opts.DEFAULT.storageDir(store);
    assertEquals("0 {\"a\":[1,\"x\"]} runs,obj\n", run(p, options));
    assertEquals("1 {\"a\":[1,\"x\"]} runs,obj\n", run(p, options));
    assertTrue(Files.readString(store.resolve("t.json")).contains("\"runs\":2"));
  }

  @Test
  void storage_removeAndUnstorableValues() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const console = require('console');\nconst s = require('storage');\n"
            + "s.set('k', 1); s.remove('k'); console.log(typeof s.get('k'), s.keys().length);\n"
            + "s.set('f', undefined);\n"));
    StringWriter out = new StringWriter();
    ScriptException e = assertThrows(ScriptException.class,
        () -> Loader.load(p, Opts.DEFAULT.build(new PrintWriter(out))));
    assertEquals("undefined 0\n", out.toString());
    assertEquals("TypeError", e.errorName());
    assertEquals("storage: the value of \"f\" cannot be stored as JSON", e.errorMessage());
  }

  @Test
  void passwords_giveTheSlotToAChromeModule() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const {Cu} = require('chrome');\nrequire('console').log(require('passwords').get());\n"));
    assertEquals("s3cret\n", run(p, Opts.DEFAULT.passwords(Map.of("mail", "s3cret", "other", "x"), "mail")));
  }

  @Test
  void passwords_anEmptySlotIsNull() throws IOException {
    Path p = pkg(Map.of("lib/main.js",
        "const {Cu} = require('chrome');\nrequire('console').log(require('passwords').get());\n"));
    assertEquals("null\n", run(p, Opts.DEFAULT.passwords(Map.of("other", "x"), "mail")));
  }

  @Test
  void passwords_areRefusedToANonChromeModule() throws IOException {
    Path p = pkg(Map.of("lib/main.js", "require('passwords').get();\n"));
    ScriptException e = assertThrows(ScriptException.class,
        () -> run(p, Opts.DEFAULT.passwords(Map.of("mail", "s3cret"), "mail")));
    assertEquals(
        "passwords: Module: t/main is not chrome; only a module that requires \"chrome\" may read the password slot",
        e.errorMessage());
  }
}
