package dev.compartments.engine;

/**
 * A script was stopped because it exceeded one of its {@link Limits}. The script could not catch
 * it; the engine and every other compartment go on working.
 */
public final class ResourceLimitException extends ScriptException {
  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded. */
  public enum Limit {
    INSTRUCTION_BUDGET,
    TIMEOUT,
    STACK_DEPTH,
    STRING_LENGTH,
    ARRAY_LENGTH,
    /** The JVM ran out of memory during the run (a doubling bomb, say); best effort, see Limits. */
    MEMORY
  }

  private final Limit limit;

  /** {@code limit} was exceeded, as {@code message} says, at {@code fileName:lineNumber}. */
  public ResourceLimitException(Limit limit, String message, String fileName, int lineNumber) {
    super("InternalError", message, fileName, lineNumber);
    this.limit = limit;
  }

  /** The limit that was exceeded. */
  public Limit limit() {
    return limit;
  }
}
