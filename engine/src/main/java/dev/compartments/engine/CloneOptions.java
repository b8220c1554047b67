package dev.compartments.engine;

/**
 * The options of {@link Engine#cloneInto} ({@code Cu.cloneInto}'s third argument). Immutable.
 *
 * @param cloneFunctions whether functions are cloned as forwarders instead of refused
 * @param wrapReflectors whether host objects pass by reference instead of being refused
 * @param deepFreeze whether every object of the clone is frozen
 */
public record CloneOptions(boolean cloneFunctions, boolean wrapReflectors, boolean deepFreeze) {
  /** Nothing but structured-clonable data, nothing frozen. */
  public static final CloneOptions DEFAULT = new CloneOptions(false, false, false);
}
