package dev.compartments.wrappers;

import org.mozilla.javascript.Scriptable;

/**
 * What a host Window lets another origin reach through a cross-origin wrapper: the HTML cross-origin
 * allowlist. The membrane calls these methods in place of the window's own properties, so nothing a
 * script of the window's origin redefined is consulted. Values returned are the window
 * compartment's own objects; the membrane wraps them for the caller.
 */
public interface CrossOriginWindow extends HostObject {
  @Override
  default ObjectKind hostObjectKind() {
    return ObjectKind.WINDOW;
  }

  /** This window's Location. */
  Scriptable location();

  /** The number of child frames. */
  int frameCount();

  /** The child frame at {@code index}, or null. */
  Scriptable frame(int index);

  /** The child frame named {@code name}, or null. */
  Scriptable namedFrame(String name);

  /** The top-level window of this window's frame tree (this window if it has no parent). */
  Scriptable top();

  /** The parent window, or this window if it has none. */
  Scriptable parent();

  /** The window that opened this one, or null. */
  Scriptable opener();

  /** Whether this window is closed. */
  boolean closed();

  /** Navigates this window to {@code href} (the {@code location} setter). */
  void navigate(String href);

  /**
   * Queues {@code message}, a value of {@code sender}'s compartment, for delivery to this window if
   * its origin matches {@code targetOrigin} ({@code "*"} matches any).
   */
  void postMessage(Compartment sender, Object message, String targetOrigin);

  /** Closes this window. */
  void close();

  /** Moves focus away from this window. */
  void blur();

  /** Focuses this window. */
  void focus();
}
