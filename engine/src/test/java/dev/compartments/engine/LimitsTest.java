package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.engine.ResourceLimitException.Limit;
import dev.compartments.principals.Principal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private static Engine engine(Limits limits, boolean interpreted) {
    return Engine.builder().limits(limits).interpreted(interpreted).build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void infiniteLoop_isStoppedByTheInstructionBudget_evenInsideTryCatch(boolean interpreted) {
    Engine engine = engine(Limits.NONE.withInstructionBudget(1_000_000), interpreted);
    Sandbox sandbox = engine.createSandbox(Principal.content("https://a.example"));
    ResourceLimitException e =
        assertThrows(
            ResourceLimitException.class,
            () -> sandbox.evaluate("try { while (true) {} } catch (e) { 'caught' }", "loop.js"));
    assertEquals(Limit.INSTRUCTION_BUDGET, e.limit());
    assertEquals("script exceeded its instruction budget of 1000000", e.errorMessage());
    assertEquals(3.0, ((Number) sandbox.evaluate("1 + 2", "after.js")).doubleValue());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void infiniteLoop_isStoppedByTheDeadline(boolean interpreted) {
    Engine engine = engine(Limits.NONE.withTimeoutMillis(200), interpreted);
    Sandbox sandbox = engine.createSandbox(Principal.createNull());
    long start = System.nanoTime();
    ResourceLimitException e =
        assertThrows(ResourceLimitException.class, () -> sandbox.evaluate("for (;;) {}", "spin.js"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(Limit.TIMEOUT, e.limit());
    assertTrue(millis < 5_000, "stopped after " + millis + " ms");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void deepRecursion_endsWithAStackDepthError(boolean interpreted) {
    Engine engine = engine(Limits.DEFAULT, interpreted);
    Sandbox sandbox = engine.createSandbox(Principal.system());
    ResourceLimitException e =
        assertThrows(ResourceLimitException.class, () -> sandbox.evaluate("function f(n) { return f(n + 1) + 1; } f(0)", "deep.js"));
    assertEquals(Limit.STACK_DEPTH, e.limit());
    assertEquals("too much recursion", e.errorMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void catastrophicRegularExpression_isStoppedByTheInstructionBudget(boolean interpreted) {
    Engine engine = engine(Limits.NONE.withInstructionBudget(2_000_000), interpreted);
    Sandbox sandbox = engine.createSandbox(Principal.createNull());
    ResourceLimitException e =
        assertThrows(
            ResourceLimitException.class,
            () -> sandbox.evaluate("/(a+)+$/.test('a'.repeat(40) + 'b')", "redos.js"));
    assertEquals(Limit.INSTRUCTION_BUDGET, e.limit());
    assertEquals(Boolean.TRUE, sandbox.evaluate("/(a+)+$/.test('aaa')", "ok.js"));
  }

  @Test
  void stringBomb_isRefusedBeforeItIsBuilt() {
    Engine engine = engine(Limits.STRICT, false);
    Sandbox sandbox = engine.createSandbox(Principal.createNull());
    ResourceLimitException e =
        assertThrows(ResourceLimitException.class, () -> sandbox.evaluate("'abc'.repeat(1e9)", "bomb.js"));
    assertEquals(Limit.STRING_LENGTH, e.limit());
    assertEquals("repeat would make a string of 3000000000 characters, over the limit of 1048576", e.errorMessage());
    assertEquals("abcabc", sandbox.evaluate("'abc'.repeat(2)", "ok.js"));
  }

  @Test
  void joinAndConcatBombs_areRefused() {
    Engine engine = engine(Limits.STRICT, false);
    Sandbox sandbox = engine.createSandbox(Principal.createNull());
    assertEquals(
        Limit.STRING_LENGTH,
        assertThrows(ResourceLimitException.class, () -> sandbox.evaluate("var a = []; a.length = 1e7; a.join('xx')", "join.js")).limit());
    assertEquals(
        Limit.ARRAY_LENGTH,
        assertThrows(ResourceLimitException.class, () -> sandbox.evaluate("var b = []; b.length = 2e6; b.concat(b)", "concat.js")).limit());
    assertEquals("1-2", sandbox.evaluate("[1, 2].join('-')", "ok.js"));
  }

  @Test
  void limits_refuseNegativeValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Limits.NONE.withTimeoutMillis(-1));
    assertEquals("timeoutMillis must be >= 0, was -1", e.getMessage());
  }
}
