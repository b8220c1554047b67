package dev.compartments.engine;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.engine.internal.WindowGlobal;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import java.util.List;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * A window made by {@link Engine#createWindow}: a global of its own compartment that is itself a
 * {@code Window} (DESIGN.md section 5), with a {@code Location}, a name, and child frames. A live
 * object with identity; thread-safe as a handle, while the window's scripts should run on one
 * thread at a time.
 *
 * <p>Navigation ({@code location = url}, {@code location.href = url}, {@code location.assign},
 * {@code location.replace}) only records the new URL ({@link #url()}, {@link #history()}):
 * nothing is loaded, and the window keeps its compartment, principal and scripts.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Window top = engine.createWindow("https://a.example/");
 * Window frame = engine.createWindow("https://b.example/", top, "ads");
 * frame.evaluate("addEventListener('message', e => { window.got = e.origin + ' ' + e.data; })");
 * top.evaluate("frames.ads.postMessage('hi', 'https://b.example')");
 * engine.drainEvents();                      // 1
 * frame.evaluate("got");                     // "https://a.example hi"
 * }</pre>
 */
public final class Window {
  private final Engine engine;
  private final WindowGlobal global;

  Window(Engine engine, WindowGlobal global) {
    this.engine = requireNonNull(engine, "engine");
    this.global = requireNonNull(global, "global");
  }

  /** The engine that made this window. */
  public Engine engine() {
    return engine;
  }

  /** The window's principal: {@code Principal.fromUrl} of the URL it was created with. */
  public Principal principal() {
    return global.compartment().principal();
  }

  /** The window's compartment. */
  public Compartment compartment() {
    return global.compartment();
  }

  /** The window's name (its name as a frame of its parent; {@code window.name} may change it). */
  public String name() {
    return global.name();
  }

  /** The current URL: the one the window was created with, or the last it was navigated to. */
  public String url() {
    return global.url();
  }

  /** Every URL this window showed, oldest first; {@code location.replace} replaces the last. */
  public List<String> history() {
    return global.history();
  }

  /** Whether a script closed this window ({@code window.close()}). */
  public boolean isClosed() {
    return global.closed();
  }

  /** Evaluates {@code source} here; see {@link Engine#evaluate(Window, String, String)}. */
  public Object evaluate(String source, String fileName) {
    return engine.evaluate(this, source, fileName);
  }

  /** {@link #evaluate(String, String)} with the file name {@code "<window>"}. */
  public Object evaluate(String source) {
    return evaluate(source, "<window>");
  }

  /**
   * A new instance of the host class {@code className} in this window, backed by {@code peer}; see
   * {@link Engine#newHostObject(Sandbox, String, Object)}.
   */
  public Scriptable newHostObject(String className, Object peer) {
    return engine.newHostObject(global, className, peer);
  }

  /** A new instance as {@link #newHostObject} makes it, defined as the global variable {@code name}. */
  public Scriptable defineHostObject(String name, String className, Object peer) {
    requireNonNull(name, "name");
    Scriptable instance = newHostObject(className, peer);
    ScriptableObject.defineProperty(global, name, instance, ScriptableObject.EMPTY);
    return instance;
  }

  /** The window's global itself. Hand it to no script of another compartment: it is raw. */
  public Scriptable unsafeGlobal() {
    return global;
  }

  WindowGlobal global() {
    return global;
  }

  @Override
  public String toString() {
    return "Window[" + url() + (name().isEmpty() ? "" : ", " + name()) + "]";
  }
}
