package dev.compartments.engine;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The resource limits of one top-level script run. Immutable.
 *
 * <p>The presets go from narrowest to widest: {@link #STRICT}, {@link #DEFAULT}, {@link #NONE}.
 *
 * <ul>
 *   <li>{@code instructionBudget}: the Rhino instructions a run may execute (0: no budget). Counted
 *       by Rhino's instruction observer every {@value #OBSERVER_THRESHOLD} instructions, so a run
 *       stops at most that many instructions past its budget.
 *   <li>{@code timeoutMillis}: the wall-clock time a run may take (0: no deadline), checked at the
 *       same points; best effort, since a single native call (a regular expression, a huge join)
 *       is not interrupted.
 *   <li>{@code maxStackDepth}: the script call depth (0: only the JVM stack limits it).
 *   <li>{@code maxStringLength}, {@code maxArrayLength}: the longest string and array a script may
 *       build in one call of the guarded builtins ({@code String.prototype.repeat}, {@code
 *       padStart}, {@code padEnd}, {@code concat}, {@code Array.prototype.join} and {@code
 *       concat}); 0: no guard. Strings and arrays grown step by step ({@code s = s + s}) are not
 *       guarded: the instruction budget and the deadline bound the steps, and a run whose
 *       allocation fails for lack of memory ends with {@code ResourceLimitException.Limit.MEMORY}
 *       while the host keeps running (best effort: other threads may see the same shortage).
 * </ul>
 *
 * @param instructionBudget instructions per run, or 0
 * @param timeoutMillis milliseconds per run, or 0
 * @param maxStackDepth call depth, or 0
 * @param maxStringLength characters, or 0
 * @param maxArrayLength elements, or 0
 */
public record Limits(
    long instructionBudget, long timeoutMillis, int maxStackDepth, int maxStringLength, int maxArrayLength) {
  /** How many instructions pass between two checks of the budget and the deadline. */
  public static final int OBSERVER_THRESHOLD = 10_000;

  /** Tight limits for untrusted snippets: 10 million instructions, 2 s, depth 1,000, 1 MiB strings. */
  public static final Limits STRICT = new Limits(10_000_000L, 2_000L, 1_000, 1 << 20, 1 << 20);

  /** Limits that stop runaway scripts but not real work: 30 s, depth 3,000, 64 Mi strings. */
  public static final Limits DEFAULT = new Limits(0L, 30_000L, 3_000, 1 << 26, 1 << 26);

  /** No limits at all. */
  public static final Limits NONE = new Limits(0L, 0L, 0, 0, 0);

  public Limits {
    checkArgument(instructionBudget >= 0, "instructionBudget must be >= 0, was %s", instructionBudget);
    checkArgument(timeoutMillis >= 0, "timeoutMillis must be >= 0, was %s", timeoutMillis);
    checkArgument(maxStackDepth >= 0, "maxStackDepth must be >= 0, was %s", maxStackDepth);
    checkArgument(maxStringLength >= 0, "maxStringLength must be >= 0, was %s", maxStringLength);
    checkArgument(maxArrayLength >= 0, "maxArrayLength must be >= 0, was %s", maxArrayLength);
  }

  /** These limits with {@code instructionBudget}. */
  public Limits withInstructionBudget(long instructionBudget) {
    return new Limits(instructionBudget, timeoutMillis, maxStackDepth, maxStringLength, maxArrayLength);
  }

  /** These limits with {@code timeoutMillis}. */
  public Limits withTimeoutMillis(long timeoutMillis) {
    return new Limits(instructionBudget, timeoutMillis, maxStackDepth, maxStringLength, maxArrayLength);
  }

  /** These limits with {@code maxStackDepth}. */
  public Limits withMaxStackDepth(int maxStackDepth) {
    return new Limits(instructionBudget, timeoutMillis, maxStackDepth, maxStringLength, maxArrayLength);
  }

  /** These limits with {@code maxStringLength}. */
  public Limits withMaxStringLength(int maxStringLength) {
    return new Limits(instructionBudget, timeoutMillis, maxStackDepth, maxStringLength, maxArrayLength);
  }

  /** These limits with {@code maxArrayLength}. */
  public Limits withMaxArrayLength(int maxArrayLength) {
    return new Limits(instructionBudget, timeoutMillis, maxStackDepth, maxStringLength, maxArrayLength);
  }
}
