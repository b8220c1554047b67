package dev.compartments.wrappers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Telling an explicit function name from one Rhino inferred, by the function's source text. */
class FunctionNamesTest {
  @ParameterizedTest(name = "{0} named {1}: inferred {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "function q() {}|q|false",
        "function  q (a) { return a; }|q|false",
        "function* q() {}|q|false",
        "function *q() {}|q|false",
        "async function q() {}|q|false",
        "function () {}|q|true",
        "function() {}|q|true",
        "function* () {}|q|true",
        "function qq() {}|q|true",
        "function q2() {}|q|true",
        "() => 1|q|true",
        "x => x|q|true",
        "async x => x|q|true",
        "(a = ')', b = (1)) => a|q|true",
        "(a = \"(\") => a|q|true",
        "() {}|m|false",
        "(a) { return b => a; }|m|false",
        "(a = {}) {}|m|false",
        "(unclosed|m|false",
      })
  void isInferred(String source, String name, boolean inferred) {
    assertEquals(inferred, FunctionNames.isInferred(source, name));
  }
}
