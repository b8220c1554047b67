package dev.compartments.engine.internal;

import dev.compartments.engine.ResourceLimitException.Limit;

/**
 * Thrown inside a run that exceeded a limit. A {@link java.lang.Error}, so no script can catch it
 * and no wrapper turns it into a script error; the engine turns it into a {@link
 * dev.compartments.engine.ResourceLimitException} for the host.
 */
public final class ResourceLimitError extends Error {
  private static final long serialVersionUID = 1L;
  private final Limit limit;

  public ResourceLimitError(Limit limit, String message) {
    super(message, null, false, false);
    this.limit = limit;
  }

  public Limit limit() {
    return limit;
  }
}
