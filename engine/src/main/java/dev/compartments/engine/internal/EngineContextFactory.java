package dev.compartments.engine.internal;

import dev.compartments.engine.Limits;
import dev.compartments.wrappers.SafeContextFactory;
import org.mozilla.javascript.Context;

/**
 * The engine's contexts: the safe factory's restrictions plus the run's limits. A run's budget is
 * installed on the context for the duration of one top-level evaluation ({@link #withBudget}).
 *
 * <p>Thread-safe.
 */
public final class EngineContextFactory extends SafeContextFactory {
  private static final Object BUDGET = RunBudget.class;

  private final Limits limits;
  private final boolean interpreted;

  public EngineContextFactory(Limits limits, boolean interpreted) {
    this.limits = limits;
    this.interpreted = interpreted;
  }

  public Limits limits() {
    return limits;
  }

  @Override
  protected void onContextCreated(Context cx) {
    super.onContextCreated(cx);
    cx.setInterpretedMode(interpreted);
    if (limits.instructionBudget() != 0 || limits.timeoutMillis() != 0) {
      cx.setInstructionObserverThreshold(Limits.OBSERVER_THRESHOLD);
    }
    if (interpreted && limits.maxStackDepth() != 0) {
      cx.setMaximumInterpreterStackDepth(limits.maxStackDepth());
    }
  }

  @Override
  protected void observeInstructionCount(Context cx, int instructionCount) {
    RunBudget budget = (RunBudget) cx.getThreadLocal(BUDGET);
    if (budget != null) {
      budget.consume(instructionCount);
    }
  }

  /**
   * Runs {@code action} with a fresh budget on {@code cx}, unless a run is already under way on it
   * (a nested evaluation shares its caller's budget).
   */
  public <T> T withBudget(Context cx, java.util.function.Supplier<T> action) {
    if (cx.getThreadLocal(BUDGET) != null) {
      return action.get();
    }
    cx.putThreadLocal(BUDGET, new RunBudget(limits));
    try {
      return action.get();
    } finally {
      cx.removeThreadLocal(BUDGET);
    }
  }

  /** Checks the current run's deadline; for long native loops the engine guards. */
  public static void checkDeadline(Context cx) {
    RunBudget budget = (RunBudget) cx.getThreadLocal(BUDGET);
    if (budget != null) {
      budget.checkDeadline();
    }
  }
}
