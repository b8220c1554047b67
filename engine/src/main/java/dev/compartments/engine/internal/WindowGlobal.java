package dev.compartments.engine.internal;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.CrossOriginWindow;
import dev.compartments.wrappers.HostMember;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * A window: the global of a window compartment, which is itself the {@code Window} (as in a
 * browser), an instance of the engine's {@code Window} host class. It has a {@link LocationObject},
 * a name, child frames (other windows, of any origin) in creation order, a history of the URLs it
 * was navigated to, and its {@code message} listeners.
 *
 * <p>The Window members (DESIGN.md section 5) are own properties of the global, as for any Web IDL
 * global; the window's scripts may redefine them, while Xrays and cross-origin wrappers go to the
 * class's own functions ({@link #hostMember}) or to the {@link CrossOriginWindow} methods. Child
 * frames are reachable by index on the window and by name through a {@code WindowProperties}
 * object on its prototype chain ({@code window -> Window.prototype -> WindowProperties ->
 * Object.prototype}); every frame a script gets is wrapped for this window's compartment.
 *
 * <p>Navigation only records the new URL: nothing is loaded, and the window keeps its compartment,
 * principal and scripts.
 *
 * <p>Not thread-safe as a Rhino scope is not; the frame list, history and listeners are guarded so
 * that the host may read them from any thread.
 */
public final class WindowGlobal extends CompartmentGlobal implements CrossOriginWindow, HostClassDef.Instance {
  private static final long serialVersionUID = 1L;

  /** One registered listener: {@code handler} marks the slot of the {@code onmessage} handler. */
  private record Listener(String type, Object function, boolean handler) {}

  private final transient Windows windows;
  private final transient List<WindowGlobal> frames = new CopyOnWriteArrayList<>();
  private final transient List<String> history = new ArrayList<>();
  private final transient List<Listener> listeners = new ArrayList<>();
  private transient HostClasses.Installed installed;
  private transient LocationObject location;
  private transient volatile WindowGlobal parent;
  private transient volatile String name;
  private transient volatile boolean closed;

  WindowGlobal(Compartment compartment, Windows windows, String url, String name) {
    super(compartment);
    this.windows = requireNonNull(windows, "windows");
    this.name = requireNonNull(name, "name");
    history.add(requireNonNull(url, "url"));
  }

  /**
   * Gives this (initialized) global its Window members, its prototype chain and its Location.
   * Called once, by {@link Windows}, before any script runs here.
   */
  void init(Context cx, HostClasses.Installed window, HostClasses.Installed locationClass) {
    this.installed = window;
    WindowProperties properties = new WindowProperties(this);
    properties.setParentScope(this);
    properties.setPrototype(ScriptableObject.getObjectPrototype(this));
    window.prototype().setPrototype(properties);
    setPrototype(window.prototype());
    window.defineMembersOn(cx, this);
    this.location = new LocationObject(this, locationClass);
    locationClass.defineMembersOn(cx, location);
  }

  Windows windows() {
    return windows;
  }

  /** The current URL: the last one navigated to. */
  public String url() {
    synchronized (history) {
      return history.get(history.size() - 1);
    }
  }

  /** Every URL this window showed, oldest first; {@code replace} navigations replace the last. */
  public List<String> history() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  /**
   * Navigates to {@code href}, resolved against the current URL: records it (replacing the current
   * entry if {@code replace}). Nothing is loaded; the window keeps its compartment. {@code caller}
   * names the operation for the error ({@code Location.href setter}, {@code Location.replace}).
   *
   * @throws org.mozilla.javascript.EcmaError a {@code SyntaxError} if {@code href} is not a valid URL
   */
  public void navigate(String href, boolean replace, String caller) {
    synchronized (history) {
      String resolved = LocationObject.resolve(history.get(history.size() - 1), href, caller);
      if (replace) {
        history.set(history.size() - 1, resolved);
      } else {
        history.add(resolved);
      }
    }
  }

  public String name() {
    return name;
  }

  void setName(String name) {
    this.name = requireNonNull(name, "name");
  }

  /** Appends {@code child} to this window's frames and makes this window its parent. */
  void addFrame(WindowGlobal child) {
    child.parent = this;
    frames.add(child);
  }

  /** {@code value} as this window's compartment sees it. */
  Object wrapHere(Object value) {
    return compartment().membrane().wrap(value, compartment());
  }

  // ---- listeners ----

  void addListener(String type, Object function) {
    synchronized (listeners) {
      for (Listener listener : listeners) {
        if (!listener.handler() && listener.type().equals(type) && listener.function() == function) {
          return;
        }
      }
      listeners.add(new Listener(type, function, false));
    }
  }

  void removeListener(String type, Object function) {
    synchronized (listeners) {
      listeners.removeIf(l -> !l.handler() && l.type().equals(type) && l.function() == function);
    }
  }

  /** The {@code onmessage} handler, or null. */
  Object onmessage() {
    synchronized (listeners) {
      for (Listener listener : listeners) {
        if (listener.handler()) {
          return listener.function();
        }
      }
      return null;
    }
  }

  /**
   * Sets the {@code onmessage} handler: a function keeps the handler's place among the listeners
   * (or takes the last place if there was none); anything else removes it.
   */
  void setOnmessage(Object value) {
    synchronized (listeners) {
      for (int i = 0; i < listeners.size(); i++) {
        if (listeners.get(i).handler()) {
          if (value instanceof Callable) {
            listeners.set(i, new Listener("message", value, true));
          } else {
            listeners.remove(i);
          }
          return;
        }
      }
      if (value instanceof Callable) {
        listeners.add(new Listener("message", value, true));
      }
    }
  }

  /** The functions to call for a {@code message} event, in order. */
  List<Object> messageListeners() {
    synchronized (listeners) {
      List<Object> functions = new ArrayList<>();
      for (Listener listener : listeners) {
        if (listener.type().equals("message")) {
          functions.add(listener.function());
        }
      }
      return functions;
    }
  }

  // ---- indexed frames on the window itself ----

  @Override
  public Object get(int index, Scriptable start) {
    Scriptable frame = frame(index);
    return frame != null ? wrapHere(frame) : super.get(index, start);
  }

  @Override
  public boolean has(int index, Scriptable start) {
    return frame(index) != null || super.has(index, start);
  }

  @Override
  public void put(int index, Scriptable start, Object value) {
    if (frame(index) == null) {
      super.put(index, start, value);
    }
  }

  // ---- HostObject ----

  @Override
  public HostClassDef hostClassDef() {
    return installed == null ? null : installed.def();
  }

  @Override
  public HostMember hostMember(String memberName) {
    return installed == null ? null : installed.member(memberName);
  }

  @Override
  public List<String> hostMemberNames() {
    return installed == null ? List.of() : installed.memberNames();
  }

  @Override
  public String getClassName() {
    return "Window";
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
    List<WindowGlobal> snapshot = frames;
    return index >= 0 && index < snapshot.size() ? snapshot.get(index) : null;
  }

  @Override
  public Scriptable namedFrame(String frameName) {
    for (WindowGlobal frame : frames) {
      if (frame.name.equals(frameName)) {
        return frame;
      }
    }
    return null;
  }

  @Override
  public Scriptable top() {
    WindowGlobal top = this;
    while (top.parent != null) {
      top = top.parent;
    }
    return top;
  }

  @Override
  public Scriptable parent() {
    WindowGlobal p = parent;
    return p != null ? p : this;
  }

  @Override
  public Scriptable opener() {
    return null;
  }

  @Override
  public boolean closed() {
    return closed;
  }

  @Override
  public void navigate(String href) {
    navigate(href, false, "Window.location setter");
  }

  @Override
  public void postMessage(Compartment sender, Object message, String targetOrigin) {
    try {
      windows.post(this, sender, Windows.windowOfOrNull(sender), message, sender, targetOrigin);
    } catch (org.mozilla.javascript.JavaScriptException e) {
      // Whatever the clone threw goes to the sender, as the sender sees it.
      throw new org.mozilla.javascript.JavaScriptException(
          compartment().membrane().wrap(e.getValue(), sender), e.sourceName(), e.lineNumber());
    }
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public void blur() {}

  @Override
  public void focus() {}

  @Override
  public String toString() {
    return "Window[" + url() + (name.isEmpty() ? "" : ", " + name) + ", " + compartment() + "]";
  }

  /**
   * The named-properties object of a window: it answers a child frame's name with that frame (as
   * the window's compartment sees it), after the window's own properties and {@code
   * Window.prototype}, before {@code Object.prototype}.
   */
  private static final class WindowProperties extends ScriptableObject {
    private static final long serialVersionUID = 1L;

    private final transient WindowGlobal window;

    WindowProperties(WindowGlobal window) {
      this.window = window;
    }

    @Override
    public Object get(String key, Scriptable start) {
      Scriptable frame = window.namedFrame(key);
      return frame != null ? window.wrapHere(frame) : super.get(key, start);
    }

    @Override
    public boolean has(String key, Scriptable start) {
      return window.namedFrame(key) != null || super.has(key, start);
    }

    @Override
    public String getClassName() {
      return "WindowProperties";
    }
  }
}
