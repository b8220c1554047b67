package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner's line rules, as tables. Each require case gives a source and the requires expected
 * as {@code name@line}, in order of first occurrence; after every case the invariants hold: the
 * chrome flag is exactly "requires chrome", and every line is a line of the source.
 */
class ScannerTest {
  private static Arguments scans(String rule, String source, String expected) {
    return Arguments.of(rule, source, expected);
  }

  static Stream<Arguments> requireCases() {
    return Stream.of(
        // Matches.
        scans("double quotes", "var a = require(\"a\");", "a@1"),
        scans("single quotes", "var a = require('a');", "a@1"),
        scans("spaces inside the parentheses", "require( \"a\" )", "a@1"),
        scans("space before the parenthesis", "require (\"a\")", "a@1"),
        scans("tabs inside the parentheses", "require(\t'a'\t)", "a@1"),
        scans("destructuring assignment", "const {x, y} = require(\"pkg/mod\");", "pkg/mod@1"),
        scans("relative names", "require('./sub/x'); require(\"../y\")", "./sub/x@1 ../y@1"),
        scans("a trailing .js is kept as written", "require('./x.js')", "./x.js@1"),
        scans("a chained call", "require(\"a\").b().c;", "a@1"),
        scans("only a quote before require hides it, not a dot", "loader.require(\"a\")", "a@1"),
        scans("no semicolon at the end", "module.exports = require('a')", "a@1"),
        // Several per line, and clauses.
        scans("two requires in one clause", "var a = require(\"a\"), b = require('b');", "a@1 b@1"),
        scans("requires split by ;", "require('a');require('b');require('c')", "a@1 b@1 c@1"),
        scans("a require nested in a call", "use(require('a'), require('b'))", "a@1 b@1"),
        // Line numbers.
        scans("lines count from 1", "\n\nrequire('a')\nrequire('b')", "a@3 b@4"),
        scans("a name keeps the line of its first occurrence", "require('a')\nrequire('b')\nrequire('a')", "a@1 b@2"),
        scans("CRLF line ends", "x\r\nrequire('a')\r\n", "a@2"),
        scans("CR line ends", "x\rrequire('a')\r", "a@2"),
        scans("an empty source", "", ""),
        scans("a byte order mark before a // line", "\uFEFF// require('a')\nrequire('b')", "b@2"),
        // Comments and dump(.
        scans("a // line", "// var a = require(\"a\");", ""),
        scans("an indented // line", "    // require('a')", ""),
        scans("a /* line", "/* require('a') */", ""),
        scans("a * line inside a block comment", "/**\n * require('a')\n */", ""),
        scans("a dump( clause", "dump(require('a'))", ""),
        scans("a // clause after a ;", "var a = require('a'); // require('b')", "a@1"),
        scans("a comment after code in the same clause still counts", "var x = 1 // require('b')", "b@1"),
        scans("a /* clause hides the whole clause", "x(); /* require('b') */ require('c')", ""),
        scans("dump( later in a clause does not hide it", "x, dump(require('a'))", "a@1"),
        scans("the next clause after a comment clause counts", "// note; require('a')", "a@1"),
        // Quotes.
        scans("inside a double-quoted string, right after the quote", "var s = \"require('a')\";", ""),
        scans("inside a single-quoted string, right after the quote", "var s = 'require(\"a\")';", ""),
        scans("inside a string, after other text, it counts", "var s = \"see require('a')\";", "a@1"),
        scans("mixed quotes", "require(\"a')", ""),
        scans("a quote inside the name", "require(\"it's\")", ""),
        scans("a template literal", "require(`a`)", ""),
        // Dynamic requires, never seen.
        scans("string concatenation", "require(\"x\" + \"y\")", ""),
        scans("a variable", "var n = 'a'; require(n)", ""),
        scans("two arguments", "require(\"a\", \"b\")", ""),
        scans("no argument", "require()", ""),
        scans("an empty name", "require(\"\")", ""),
        scans("another function", "requires(\"a\"); require.resolve('b')", ""),
        scans("a ; inside the name splits it", "require(\"a;b\")", ""),
        // AMD.
        scans("define with an array", "define([\"a\", 'b'], function (a, b) {});", "a@1 b@1"),
        scans("define with an id first", "define(\"me\", [\"a\"], function (a) {});", "a@1"),
        scans("an array over several lines", "define([\n  'a',\n  'b'\n], f);", "a@2 b@3"),
        scans("AMD's own names are not modules", "define(['require', 'exports', 'module', 'a'], f)", "a@1"),
        scans("entries that are not one literal", "define(['a', b, 'c' + 'd', \"e\"], f)", "a@1 e@1"),
        scans("require with an array", "require(['a'], function (a) {});", "a@1"),
        scans("an empty array", "define([], function () {});", ""),
        scans("a trailing comma", "define(['a',], f)", "a@1"),
        scans("define in a // line", "// define(['a'], f)", ""),
        scans("define in a string, right after the quote", "var s = \"define(['a'], f)\";", ""),
        scans("an entry commented out inside the array", "define([\n  'a',\n  // 'b',\n  'c'\n], f)", "a@2 c@4"),
        scans("define and require merge at the first line", "define(['b', 'a'], f);\nrequire('a')", "b@1 a@1"),
        scans("a require before the define keeps its line", "require('a');\ndefine(['b', 'a'], f)", "a@1 b@2"),
        // The chrome marker.
        scans("require(\"chrome\")", "const {Cc, Ci, Cu} = require(\"chrome\");", "chrome@1"),
        scans("chrome in an AMD array", "define(['chrome'], function (chrome) {});", "chrome@1"),
        scans("chrome in a comment is no marker", "// const {Cc} = require(\"chrome\");", ""),
        scans("sdk/chrome is not the marker", "require('sdk/chrome')", "sdk/chrome@1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requireCases")
  void scan_findsExactlyTheRequiresTheLineRulesCount(String rule, String source, String expected) {
    ModuleScan scan = Scanner.scan(source);
    String found =
        scan.requires().entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).collect(Collectors.joining(" "));
    assertEquals(expected, found, rule);
    checkInvariants(source, scan);
  }

  private static void checkInvariants(String source, ModuleScan scan) {
    assertEquals(scan.requires().containsKey("chrome"), scan.chrome());
    long lines = source.lines().count();
    for (int line : scan.requires().values()) {
      assertTrue(line >= 1 && line <= lines, "line " + line + " of " + lines);
    }
    for (ComponentsUse use : scan.componentsUses()) {
      assertTrue(use.line() >= 1 && use.line() <= lines, "line " + use.line() + " of " + lines);
    }
  }

  static Stream<Arguments> componentsCases() {
    return Stream.of(
        Arguments.of("var c = Components.classes[\"@mozilla.org/file/local;1\"];", "Components.classes", "Cc"),
        Arguments.of("x instanceof Components.interfaces.nsIFile", "Components.interfaces", "Ci"),
        Arguments.of("Components.utils.import(\"resource://gre/modules/Services.jsm\");", "Components.utils", "Cu"),
        Arguments.of("throw Components.results.NS_ERROR_FAILURE;", "Components.results", "Cr"),
        Arguments.of("var registrar = Components.manager;", "Components.manager", "Cm"),
        Arguments.of("var id = Components.ID(\"{00000000-0000-0000-0000-000000000000}\");", "Components.ID", "components"),
        Arguments.of("dumpStack(Components.stack);", "Components.stack", "components"),
        Arguments.of("Components.utils.import(u, Components.interfaces)", "Components.utils Components.interfaces", "Ci Cu"),
        Arguments.of("Components.classes; Components.ID(x)", "Components.classes", "Cc"),
        Arguments.of("Components.ID(Components.stack, Components.ID)", "Components.ID Components.stack", "components"),
        Arguments.of("x(); // Components.utils on a code line counts", "Components.utils", "Cu"),
        Arguments.of("var s = \"Components.classes\";", "Components.classes", "Cc"),
        Arguments.of("Components.classesAreOld = true;", "Components.classes", "Cc"),
        Arguments.of("// Components.classes", "", ""),
        Arguments.of(" * Components.utils.import", "", ""),
        Arguments.of("/* Components.utils */", "", ""),
        Arguments.of("dump(Components.stack)", "", ""),
        Arguments.of("var C = Components;", "", ""),
        Arguments.of("Components[\"classes\"]", "", ""),
        Arguments.of("Components.5", "", ""),
        Arguments.of("components.classes", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("componentsCases")
  void scan_findsEveryComponentsFormOnALine(String line, String forms, String aliases) {
    ModuleScan scan = Scanner.scan(line);
    List<String> expectedForms = forms.isEmpty() ? List.of() : List.of(forms.split(" "));
    List<String> expectedAliases = aliases.isEmpty() ? List.of() : List.of(aliases.split(" "));
    List<String> foundForms = new ArrayList<>();
    List<String> foundAliases = new ArrayList<>();
    for (ComponentsUse use : scan.componentsUses()) {
      foundForms.addAll(use.forms());
      foundAliases.addAll(use.aliases());
      assertEquals(line.strip(), use.text());
    }
    assertEquals(expectedForms, foundForms, line);
    assertEquals(expectedAliases, foundAliases, line);
    checkInvariants(line, scan);
  }

  @Test
  void componentsUse_hasTheLineOfEachOffendingLineAndItsTrimmedText() {
    ModuleScan scan = Scanner.scan("a();\n// Components.utils\n    var c = Components.classes;  \nb();\nComponents.utils.x();\n");
    assertEquals(
        List.of(
            new ComponentsUse(3, "var c = Components.classes;", List.of("Components.classes"), List.of("Cc")),
            new ComponentsUse(5, "Components.utils.x();", List.of("Components.utils"), List.of("Cu"))),
        scan.componentsUses());
  }

  @Test
  void componentsUse_messageNamesTheFormsAndTheFix() {
    ComponentsUse use =
        new ComponentsUse(4, "x", List.of("Components.utils", "Components.classes"), List.of("Cc", "Cu"));
    assertEquals(
        "Components.utils, Components.classes used directly: modules get chrome authority only from"
            + " require(\"chrome\"); add const {Cc, Cu} = require(\"chrome\"); and write Cc for"
            + " Components.classes, Cu for Components.utils",
        use.message());
    assertEquals("const {Cc, Ci, Cu} = require(\"chrome\");", ComponentsUse.fix(List.of("Cc", "Ci", "Cu")));
  }

  @Test
  void componentsUse_refusesAnUnknownShortcut() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ComponentsUse(1, "x", List.of("Components.classes"), List.of("Cx")));
    assertEquals(
        "unknown chrome shortcut \"Cx\": expected one of [Cc, Ci, Cu, Cr, Cm, components]", e.getMessage());
  }

  @Test
  void shortcuts_mapEachAliasToWhatItStandsFor() {
    assertEquals(
        Map.of(
            "Cc", "Components.classes",
            "Ci", "Components.interfaces",
            "Cu", "Components.utils",
            "Cr", "Components.results",
            "Cm", "Components.manager",
            "components", "Components"),
        ComponentsUse.SHORTCUTS);
  }

  @Test
  void chrome_isTrueOnlyForTheMarker() {
    assertTrue(Scanner.scan("const {Cu} = require('chrome');").chrome());
    assertEquals(false, Scanner.scan("const c = require('chrome-utils');").chrome());
  }

  @Test
  void requires_areImmutable() {
    ModuleScan scan = Scanner.scan("require('a')");
    assertThrows(UnsupportedOperationException.class, () -> scan.requires().put("b", 1));
  }
}
