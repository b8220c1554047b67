package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.engine.ScriptException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several package instances in one runtime: makers, endowments, and the chrome-only modules. */
class PackageRuntimeTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();

  private PackageRuntime runtime(Map<String, String> passwords) {
    return PackageRuntime.create(LoaderOptions.to(new PrintWriter(out)).withPasswords(passwords, ""));
  }

  private Path pkg(String name, String main) throws IOException {
    Path folder = dir.resolve(name);
    java.nio.file.Files.createDirectories(folder);
    return LoaderTest.write(folder, "{\"name\": \"" + name + "\"}", Map.of("lib/main.js", main));
  }

  @Test
  void make_givesExactlyTheSlotsAsFrozenFacades_andFreezesTheExportObject() throws IOException {
    PackageRuntime runtime = runtime(Map.of());
    PackageRuntime.Instance counter =
        runtime.load(
            "counter",
            pkg("counter", "module.exports = function (e, p) { var n = p.start; return {next: function () { return ++n; }, secret: function () { return 'hidden'; }}; };"),
            false);
    PackageRuntime.Instance user =
        runtime.load(
            "user",
            pkg(
                "user",
                "module.exports = function (e, p) { return {slots: function () { return Object.keys(e); },"
                    + " frozen: function () { return [Object.isFrozen(e), Object.isFrozen(e.c), Object.isFrozen(p)]; },"
                    + " twice: function () { return e.c.next() + e.c.next(); },"
                    + " replace: function () { 'use strict'; try { e.c.next = null; } catch (x) { return x.name + ' ' + typeof e.c.next; } return 'replaced'; }}; };"),
            false);
    runtime.make(counter, Map.of(), "{\"start\": 10}");
    runtime.make(user, Map.of("c", counter), "{}");
    assertEquals("[\"c\"]", runtime.call(user, "slots", "[]"));
    assertEquals("[true,true,true]", runtime.call(user, "frozen", "[]"));
    assertEquals("23", runtime.call(user, "twice", "[]"));
    assertEquals("\"TypeError function\"", runtime.call(user, "replace", "[]"));
    ScriptException missing = assertThrows(ScriptException.class, () -> runtime.call(user, "nothing", "[]"));
    assertEquals("component user has no method nothing", missing.errorMessage());
  }

  @Test
  void make_refusesAMainModuleWithoutAMaker_andAMakerReturningNoObject() throws IOException {
    PackageRuntime runtime = runtime(Map.of());
    PackageRuntime.Instance plain = runtime.load("plain", pkg("plain", "exports.x = 1;"), false);
    ScriptException noMaker = assertThrows(ScriptException.class, () -> runtime.make(plain, Map.of(), "{}"));
    assertEquals(
        "component plain: its main module plain/main must export a maker function (endowments, params) => object, not object",
        noMaker.errorMessage());
    PackageRuntime.Instance number = runtime.load("number", pkg("number", "module.exports = function () { return 3; };"), false);
    ScriptException notObject = assertThrows(ScriptException.class, () -> runtime.make(number, Map.of(), "{}"));
    assertEquals("component number: its maker must return an object, not number", notObject.errorMessage());
  }

  @Test
  void load_refusesChromeThatWasNotGranted_andTakenNames() throws IOException {
    PackageRuntime runtime = runtime(Map.of());
    Path chrome = pkg("chromey", "const {Cu} = require('chrome'); module.exports = function () { return {}; };");
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> runtime.load("c", chrome, false));
    assertEquals("package chromey: module chromey/main requires \"chrome\", which instance \"c\" was not granted", refused.getMessage());
    runtime.load("c", chrome, true);
    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> runtime.load("c", chrome, true));
    assertEquals("this runtime already has an instance named \"c\"", taken.getMessage());
  }

  @Test
  void statusbarTabsAndNamedPasswords_workForChrome() throws IOException {
    PackageRuntime runtime = runtime(Map.of("mail", "pw1"));
    PackageRuntime.Instance ui =
        runtime.load(
            "ui",
            pkg(
                "ui",
                "const {Cu} = require('chrome'); const sb = require('statusbar'); const tabs = require('tabs');"
                    + " const pw = require('passwords');\n"
                    + "module.exports = function () { var icon = sb.icon('mail'); icon.setText('2');"
                    + " icon.onClick(function () { tabs.open('https://example.com/' + pw.get('mail')); }); return {}; };"),
            true);
    runtime.make(ui, Map.of(), "{}");
    assertEquals(Map.of("mail", "2"), runtime.icons());
    runtime.click("mail");
    assertEquals(List.of("https://example.com/pw1"), runtime.openedTabs());
    assertTrue(out.toString().contains("[statusbar] mail: 2"), out.toString());
    ScriptException noIcon = assertThrows(ScriptException.class, () -> runtime.click("other"));
    assertEquals("no status icon other", noIcon.errorMessage());
  }

  @Test
  void statusbarTabsPasswordsAndForOrigin_areRefusedToModulesThatAreNotChrome() throws IOException {
    for (String use :
        List.of(
            "require('statusbar').icon('x')",
            "require('tabs').open('https://example.com/')",
            "require('passwords').get('mail')",
            "require('xhr').forOrigin('https://example.com')")) {
      PackageRuntime runtime = runtime(Map.of("mail", "pw1"));
      Path plain = dir.resolve("p" + Math.abs(use.hashCode()));
      java.nio.file.Files.createDirectories(plain);
      LoaderTest.write(plain, "{\"name\": \"plain\"}", Map.of("lib/main.js", "module.exports = function () { " + use + "; return {}; };"));
      PackageRuntime.Instance instance = runtime.load("plain", plain, false);
      ScriptException refused = assertThrows(ScriptException.class, () -> runtime.make(instance, Map.of(), "{}"), use);
      assertTrue(
          refused.errorMessage().contains("is not chrome; only a module that requires \"chrome\" may")
              || refused.errorMessage().equals("Cannot find function forOrigin."),
          use + ": " + refused.errorMessage());
      assertEquals(List.of(), runtime.openedTabs());
      assertEquals(Map.of(), runtime.icons());
    }
  }

  @Test
  void forOrigin_reachesItsOriginOnly() throws IOException {
    try (LoaderNetworkTest.LoopbackServer allowed = new LoaderNetworkTest.LoopbackServer();
        LoaderNetworkTest.LoopbackServer other = new LoaderNetworkTest.LoopbackServer()) {
      PackageRuntime runtime = runtime(Map.of());
      PackageRuntime.Instance net =
          runtime.load(
              "net",
              pkg(
                  "net",
                  "const {Cu} = require('chrome'); const xhr = require('xhr');\n"
                      + "module.exports = function (e, p) { var r = xhr.forOrigin(p.origin); return {"
                      + " ping: function () { return r.request({method: 'POST', url: p.origin + '/ping', body: 'hi', headers: {'X-Test': 'yes'}}).body; },"
                      + " elsewhere: function (url) { try { r.request({url: url}); } catch (x) { return x.message; } return 'sent'; },"
                      + " origin: function () { return r.origin; }}; };"),
              true);
      runtime.make(net, Map.of(), "{\"origin\": \"" + allowed.origin() + "\"}");
      assertEquals("\"POST /ping hi\"", runtime.call(net, "ping", "[]"));
      assertEquals(1, allowed.connections.get());
      assertEquals(
          "\"xhr: this requester may reach only " + allowed.origin() + ", not " + other.origin() + "\"",
          runtime.call(net, "elsewhere", "[\"" + other.origin() + "/x\"]"));
      assertEquals(0, other.connections.get());
      assertEquals("\"" + allowed.origin() + "\"", runtime.call(net, "origin", "[]"));
    }
  }
}
