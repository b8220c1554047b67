package dev.compartments.wrappers;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * A test-only Window: a compartment global that is itself the Window (as in a browser), with a
 * {@link TestLocation}, child frames (other windows, possibly of other compartments and origins), a
 * name, an opener, and a record of every call the cross-origin wrapper makes on it.
 *
 * <p>Scripts of the window's own compartment see {@code location} and {@code name} as ordinary
 * global properties; the cross-origin wrapper never reads them, it calls the {@link
 * CrossOriginWindow} methods instead.
 *
 * <p>Not thread-safe.
 */
final class TestWindow extends CompartmentGlobal implements CrossOriginWindow {
  private static final long serialVersionUID = 1L;

  /** One call of {@link #postMessage}. */
  record PostedMessage(Compartment sender, Object message, String targetOrigin) {}

  private transient TestLocation location;
  private transient String name = "";
  private final transient List<TestWindow> frames = new ArrayList<>();
  private transient TestWindow parent;
  private transient Scriptable opener;
  private transient boolean closed;

  /** Every {@link #navigate} href, in order. */
  final transient List<String> navigations = new ArrayList<>();
  /** Every {@link #postMessage} call, in order. */
  final transient List<PostedMessage> messages = new ArrayList<>();
  /** The calls of {@code close}, {@code blur} and {@code focus}, by name, in order. */
  final transient List<String> calls = new ArrayList<>();

  /** A new, uninitialized window of {@code compartment}; see {@link #open}. */
  TestWindow(Compartment compartment) {
    super(compartment);
  }

  /**
   * A new, initialized window of {@code compartment} named {@code name}, showing {@code href}: the
   * window is created, made a global of the compartment, then given its Location.
   */
  static TestWindow open(Compartment compartment, String name, String href) {
    TestWindow window = new TestWindow(compartment);
    compartment.initGlobal(window);
    window.location = new TestLocation(window, href);
    ScriptableObject.defineProperty(window, "location", window.location, ScriptableObject.DONTENUM);
    window.setName(name);
    return window;
  }

  /** Renames this window (as {@code window.name = ...} would). */
  void setName(String name) {
    this.name = requireNonNull(name, "name");
    ScriptableObject.defineProperty(this, "name", name, ScriptableObject.DONTENUM);
  }

  String name() {
    return name;
  }

  /** Appends {@code child} to this window's child frames and makes this window its parent. */
  TestWindow addFrame(TestWindow child) {
    child.parent = this;
    frames.add(child);
    return child;
  }

  /** Sets the window that opened this one (a window of any compartment), or null for none. */
  void setOpener(Scriptable opener) {
    this.opener = opener;
  }

  TestLocation testLocation() {
    return location;
  }

  // ---- CrossOriginWindow ----

  @Override
  public Scriptable location() {
    return location;
  }

  @Override
  public int frameCount() {
    return frames.size();
  }

  @Override
  public Scriptable frame(int index) {
    return index >= 0 && index < frames.size() ? frames.get(index) : null;
  }

  @Override
  public Scriptable namedFrame(String frameName) {
    for (TestWindow frame : frames) {
      if (frame.name.equals(frameName)) {
        return frame;
      }
    }
    return null;
  }

  @Override
  public Scriptable top() {
    TestWindow top = this;
    while (top.parent != null) {
      top = top.parent;
    }
    return top;
  }

  @Override
  public Scriptable parent() {
    return parent != null ? parent : this;
  }

  @Override
  public Scriptable opener() {
    return opener;
  }

  @Override
  public boolean closed() {
    return closed;
  }

  @Override
  public void navigate(String href) {
    navigations.add(href);
    location.setHrefForTesting(href);
  }

  @Override
  public void postMessage(Compartment sender, Object message, String targetOrigin) {
    messages.add(new PostedMessage(sender, message, targetOrigin));
  }

  @Override
  public void close() {
    calls.add("close");
    closed = true;
  }

  @Override
  public void blur() {
    calls.add("blur");
  }

  @Override
  public void focus() {
    calls.add("focus");
  }

  @Override
  public String toString() {
    return "TestWindow[" + name + ", " + compartment() + "]";
  }
}
