package dev.compartments.engine.internal;

import dev.compartments.engine.Limits;
import dev.compartments.engine.ResourceLimitException.Limit;

/**
 * What one top-level run may still spend: instructions and time. Not thread-safe: a run belongs to
 * one thread.
 */
final class RunBudget {
  private final Limits limits;
  private final long deadlineNanos;
  private long instructions;

  RunBudget(Limits limits) {
    this.limits = limits;
    this.deadlineNanos =
        limits.timeoutMillis() == 0 ? Long.MAX_VALUE : System.nanoTime() + limits.timeoutMillis() * 1_000_000L;
  }

  Limits limits() {
    return limits;
  }

  void consume(int count) {
    instructions += count;
    if (limits.instructionBudget() != 0 && instructions > limits.instructionBudget()) {
      throw new ResourceLimitError(
          Limit.INSTRUCTION_BUDGET,
          "script exceeded its instruction budget of " + limits.instructionBudget());
    }
    if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) {
      throw new ResourceLimitError(
          Limit.TIMEOUT, "script exceeded its time limit of " + limits.timeoutMillis() + " ms");
    }
  }

  void checkDeadline() {
    if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) {
      throw new ResourceLimitError(
          Limit.TIMEOUT, "script exceeded its time limit of " + limits.timeoutMillis() + " ms");
    }
  }
}
