package dev.compartments.engine.internal;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.principals.ContentPrincipal;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.CompartmentTraits;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The windows of one engine (DESIGN.md section 5, Windows), its host classes, and the {@code Host}
 * object of system globals: {@code Host.createWindow(url[, {parent, name}])}, {@code
 * Host.evalInWindow(src, win)}, {@code Host.drainEvents()}.
 *
 * <p>Each window is a {@link WindowGlobal} in a compartment of its own (principal {@code
 * Principal.fromUrl(url)}, {@code wantXrays} false), with a {@link LocationObject}; both are
 * instances of the engine's {@code Window} and {@code Location} host classes, so a subsuming viewer
 * gets an Xray that shows exactly their declared members, and another origin the cross-origin
 * wrapper.
 *
 * <p>{@code postMessage(data, targetOrigin)} clones {@code data} into the target window at once
 * (so later changes by the sender are not seen) and queues the event; {@code drainEvents} delivers
 * the queue in order to each target's {@code message} listeners and {@code onmessage}, dropping
 * messages whose {@code targetOrigin} is neither {@code "*"} nor the target's origin (its
 * compartment's, which navigation does not change) and messages to closed windows. The event is a
 * plain object of the target with {@code type}, {@code data}, {@code origin} (the sender's), {@code
 * source} (the sender's window as the target sees it, or null if the sender is not a window) and
 * {@code lastEventId}. A listener that throws does not stop the others; its exception goes nowhere,
 * as an uncaught exception in a browser's event listener only reaches the console.
 *
 * <p>The sender of a {@code postMessage} called through a wrapper (cross-origin, or an Xray) is the
 * wrapper's holder. Called on a window's own function (by its own scripts, or a same-origin
 * window through a transparent wrapper), Rhino does not tell who called; the sender is then the
 * window whose script this thread is running: the innermost {@code evalInWindow}, {@link
 * dev.compartments.engine.Window#evaluate} or event delivery, else the target itself.
 *
 * <p>Thread-safe: the queue is concurrent, and each thread keeps its own stack of windows it runs.
 */
public final class Windows {
  /** At most this many events are delivered by one {@link #drain} (guards against ping-pong loops). */
  public static final int MAX_EVENTS_PER_DRAIN = 10_000;

  private final Runtime runtime;
  private final HostClasses hostClasses = new HostClasses();
  private final HostClassDef windowClass;
  private final HostClassDef locationClass;
  private final Queue<PendingMessage> queue = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<ArrayDeque<WindowGlobal>> running = new ThreadLocal<>();

  /** One queued message: {@code data} is already a value of {@code target}. */
  private record PendingMessage(
      WindowGlobal target, Object data, String origin, WindowGlobal sourceOrNull, Principal wantedOrNull) {}

  Windows(Runtime runtime) {
    this.runtime = runtime;
    this.windowClass = windowClass();
    this.locationClass = locationClass();
  }

  Runtime runtime() {
    return runtime;
  }

  /** The host classes registered with this engine. */
  public HostClasses hostClasses() {
    return hostClasses;
  }

  /** Gives a system global the engine's host classes and the {@code Host} object. */
  void installHost(Context cx, CompartmentGlobal global) {
    hostClasses.installAll(cx, global);
    Compartment caller = global.compartment();
    Membrane membrane = runtime.membrane();
    Scriptable host = cx.newObject(global);
    NativeFn.define(global, host, "createWindow", 2, (c, scope, thisObj, args) -> {
      Options options = Options.of(ComponentsUtils.arg(args, 1));
      Scriptable parent = options.object("parent");
      WindowGlobal parentWindow = parent == null ? null : windowArg(parent, "createWindow", "parent");
      String name = options.string("name", "");
      return membrane.wrap(create(ScriptRuntime.toString(args, 0), parentWindow, name), caller);
    });
    NativeFn.define(global, host, "evalInWindow", 2, (c, scope, thisObj, args) -> {
      String source = ScriptRuntime.toString(args, 0);
      WindowGlobal target = windowArg(ComponentsUtils.arg(args, 1), "evalInWindow", "argument 2");
      if (!caller.principal().subsumes(target.compartment().principal())) {
        throw ScriptRuntime.constructError("Error", "Permission denied to evaluate in window");
      }
      Object result;
      try {
        result = evaluate(c, target, source, "evalInWindow");
      } catch (JavaScriptException e) {
        throw new JavaScriptException(membrane.wrap(e.getValue(), caller), e.sourceName(), e.lineNumber());
      }
      return membrane.wrap(result, caller);
    });
    NativeFn.define(global, host, "drainEvents", 0, (c, scope, thisObj, args) -> drain(c));
    ScriptableObject.defineProperty(global, "Host", host, ScriptableObject.DONTENUM);
  }

  /** The window behind {@code value} (raw or wrapped), which must be a window of this engine. */
  private WindowGlobal windowArg(Object value, String function, String what) {
    Scriptable raw = value instanceof Scriptable ? Wrappers.unsafeUnwrap((Scriptable) value) : null;
    if (!(raw instanceof WindowGlobal) || ((WindowGlobal) raw).windows() != this) {
      throw ScriptRuntime.typeError("Host." + function + ": " + what + " is not a window");
    }
    return (WindowGlobal) raw;
  }

  /**
   * A new window showing {@code url}, in a new compartment, as the last child frame of {@code
   * parentOrNull} (if not null) under {@code name}.
   *
   * @throws IllegalArgumentException if {@code url} is malformed
   */
  public WindowGlobal create(String url, WindowGlobal parentOrNull, String name) {
    requireNonNull(url, "url");
    requireNonNull(name, "name");
    if (parentOrNull != null && parentOrNull.windows() != this) {
      throw new IllegalArgumentException("the parent window belongs to another engine");
    }
    Principal principal = Principal.fromUrl(url);
    Compartment compartment =
        runtime.membrane().newCompartment(new CompartmentTraits(principal, false, true), url);
    return runtime.inContext(cx -> {
      WindowGlobal window = compartment.initGlobal(new WindowGlobal(compartment, this, url, name));
      Guards.install(cx, window, runtime.limits());
      HostClasses.Installed windowInstalled = HostClasses.install(cx, window, windowClass);
      HostClasses.Installed locationInstalled = HostClasses.install(cx, window, locationClass);
      window.init(cx, windowInstalled, locationInstalled);
      hostClasses.installAll(cx, window);
      if (parentOrNull != null) {
        parentOrNull.addFrame(window);
      }
      return window;
    });
  }

  /**
   * Evaluates {@code source} in {@code window} (as the running window of this thread), returning the
   * raw result.
   */
  public Object evaluate(Context cx, WindowGlobal window, String source, String fileName) {
    return running(window, () -> {
      try {
        return runtime.membrane().runIn(window, () -> cx.evaluateString(window, source, fileName, 1, null));
      } catch (org.mozilla.javascript.EvaluatorException e) {
        throw org.mozilla.javascript.ScriptRuntime.constructError(
            "SyntaxError", e.details(), e.sourceName(), e.lineNumber(), e.lineSource(), e.columnNumber());
      }
    });
  }

  private <T> T running(WindowGlobal window, Supplier<T> action) {
    ArrayDeque<WindowGlobal> stack = running.get();
    if (stack == null) {
      stack = new ArrayDeque<>();
      running.set(stack);
    }
    stack.push(window);
    try {
      return action.get();
    } finally {
      stack.pop();
      if (stack.isEmpty()) {
        running.remove();
      }
    }
  }

  private WindowGlobal runningWindowOrNull() {
    ArrayDeque<WindowGlobal> stack = running.get();
    return stack == null ? null : stack.peek();
  }

  /** The window whose global is {@code compartment}'s, or null. */
  static WindowGlobal windowOfOrNull(Compartment compartment) {
    try {
      CompartmentGlobal global = compartment.primaryGlobal();
      return global instanceof WindowGlobal ? (WindowGlobal) global : null;
    } catch (IllegalStateException noGlobal) {
      return null;
    }
  }

  /**
   * Queues {@code message}, a value of {@code messageCompartment}, for {@code target}, from {@code
   * sender}: clones it into the target now and checks {@code targetOrigin} at delivery.
   */
  void post(
      WindowGlobal target,
      Compartment sender,
      WindowGlobal senderWindowOrNull,
      Object message,
      Compartment messageCompartment,
      String targetOrigin) {
    Principal wanted = null;
    if ("/".equals(targetOrigin)) {
      wanted = sender.principal();
    } else if (!"*".equals(targetOrigin)) {
      try {
        wanted = Principal.fromUrl(targetOrigin);
      } catch (IllegalArgumentException e) {
        throw ScriptRuntime.constructError(
            "SyntaxError", "Window.postMessage: '" + targetOrigin + "' is not a valid target origin");
      }
    }
    Object data =
        runtime.inContext(cx -> ExportHelpers.clone(cx, runtime, message, messageCompartment, target, false, false, false));
    queue.add(new PendingMessage(target, data, serializedOrigin(sender.principal()), senderWindowOrNull, wanted));
  }

  /** The HTML serialization of {@code principal}'s origin ({@code "null"} for a null principal). */
  static String serializedOrigin(Principal principal) {
    if (principal instanceof ContentPrincipal) {
      return ((ContentPrincipal) principal).originNoSuffix();
    }
    return principal.isNull() ? "null" : principal.origin();
  }

  private static boolean matches(Principal wantedOrNull, Principal target) {
    if (wantedOrNull == null || wantedOrNull.equals(target)) {
      return true;
    }
    return wantedOrNull instanceof ContentPrincipal
        && target instanceof ContentPrincipal
        && ((ContentPrincipal) wantedOrNull).originNoSuffix().equals(((ContentPrincipal) target).originNoSuffix());
  }

  /**
   * Delivers queued messages, in order, at most {@link #MAX_EVENTS_PER_DRAIN}, including those
   * posted by the listeners it runs; returns how many reached their window (were not dropped).
   */
  public int drain(Context cx) {
    int delivered = 0;
    for (int i = 0; i < MAX_EVENTS_PER_DRAIN; i++) {
      PendingMessage message = queue.poll();
      if (message == null) {
        break;
      }
      if (deliver(cx, message)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean deliver(Context cx, PendingMessage message) {
    WindowGlobal target = message.target();
    if (target.closed()
        || target.compartment().isNuked()
        || !matches(message.wantedOrNull(), target.compartment().principal())) {
      return false;
    }
    Scriptable event = cx.newObject(target);
    ScriptableObject.putProperty(event, "type", "message");
    ScriptableObject.putProperty(event, "data", message.data());
    ScriptableObject.putProperty(event, "origin", message.origin());
    ScriptableObject.putProperty(event, "lastEventId", "");
    ScriptableObject.putProperty(event, "source", sourceFor(message.sourceOrNull(), target));
    List<Object> listeners = new ArrayList<>(target.messageListeners());
    running(target, () -> {
      for (Object listener : listeners) {
        if (!(listener instanceof Callable)) {
          continue;
        }
        try {
          runtime.membrane().runIn(target, () -> ((Callable) listener).call(cx, target, target, new Object[] {event}));
        } catch (RhinoException uncaught) {
          // As in a browser, an exception in one listener does not stop the others, and goes only
          // to the console, which this engine does not have.
        }
      }
      return null;
    });
    return true;
  }

  private static Object sourceFor(WindowGlobal source, WindowGlobal target) {
    if (source == null) {
      return null;
    }
    try {
      return target.wrapHere(source);
    } catch (RhinoException dead) {
      return null;
    }
  }

  // ---- the Window and Location classes ----

  private static WindowGlobal window(Scriptable self) {
    return (WindowGlobal) self;
  }

  private static Object arg(Object[] args, int index) {
    return ComponentsUtils.arg(args, index);
  }

  private HostClassDef windowClass() {
    List<HostClassDef.Member> members = new ArrayList<>();
    HostClassDef.Body itself = (cx, global, self, args) -> self;
    members.add(HostClassDef.Member.accessor("window", itself, null).asUnforgeable());
    members.add(HostClassDef.Member.accessor("self", itself, null));
    members.add(HostClassDef.Member.accessor("frames", itself, null));
    members.add(HostClassDef.Member.accessor("top", (cx, global, self, args) ->
        window(self).wrapHere(window(self).top()), null).asUnforgeable());
    members.add(HostClassDef.Member.accessor("parent", (cx, global, self, args) ->
        window(self).wrapHere(window(self).parent()), null));
    members.add(HostClassDef.Member.accessor("opener", (cx, global, self, args) -> {
      Scriptable opener = window(self).opener();
      return opener == null ? null : window(self).wrapHere(opener);
    }, null));
    members.add(HostClassDef.Member.accessor("closed", (cx, global, self, args) -> window(self).closed(), null));
    members.add(HostClassDef.Member.accessor("length", (cx, global, self, args) -> window(self).frameCount(), null));
    members.add(HostClassDef.Member.accessor(
        "location",
        (cx, global, self, args) -> window(self).location(),
        (cx, global, self, args) -> {
          window(self).navigate(ScriptRuntime.toString(arg(args, 0)), false, "Window.location setter");
          return Undefined.instance;
        }).asUnforgeable());
    members.add(HostClassDef.Member.accessor(
        "name",
        (cx, global, self, args) -> window(self).name(),
        (cx, global, self, args) -> {
          window(self).setName(ScriptRuntime.toString(arg(args, 0)));
          return Undefined.instance;
        }));
    members.add(HostClassDef.Member.method("postMessage", 2, (cx, global, self, args) -> {
      if (args.length < 2) {
        throw ScriptRuntime.typeError(
            "Window.postMessage: At least 2 arguments required, but only " + args.length + " passed");
      }
      WindowGlobal target = window(self);
      WindowGlobal sender = runningWindowOrNull();
      Compartment senderCompartment = sender != null ? sender.compartment() : target.compartment();
      post(target, senderCompartment, sender, args[0], target.compartment(), ScriptRuntime.toString(args[1]));
      return Undefined.instance;
    }));
    members.add(HostClassDef.Member.method("close", 0, (cx, global, self, args) -> {
      window(self).close();
      return Undefined.instance;
    }));
    members.add(HostClassDef.Member.method("blur", 0, (cx, global, self, args) -> {
      window(self).blur();
      return Undefined.instance;
    }));
    members.add(HostClassDef.Member.method("focus", 0, (cx, global, self, args) -> {
      window(self).focus();
      return Undefined.instance;
    }));
    members.add(HostClassDef.Member.method("addEventListener", 2, (cx, global, self, args) -> {
      Object listener = listenerArg(args, "addEventListener");
      if (listener != null) {
        window(self).addListener(ScriptRuntime.toString(arg(args, 0)), listener);
      }
      return Undefined.instance;
    }));
    members.add(HostClassDef.Member.method("removeEventListener", 2, (cx, global, self, args) -> {
      Object listener = listenerArg(args, "removeEventListener");
      if (listener != null) {
        window(self).removeListener(ScriptRuntime.toString(arg(args, 0)), listener);
      }
      return Undefined.instance;
    }));
    members.add(HostClassDef.Member.accessor(
        "onmessage",
        (cx, global, self, args) -> window(self).onmessage(),
        (cx, global, self, args) -> {
          window(self).setOnmessage(arg(args, 0));
          return Undefined.instance;
        }));
    return new HostClassDef("Window", null, members, true);
  }

  /** The listener argument: a function, or null for null/undefined; anything else is a TypeError. */
  private static Object listenerArg(Object[] args, String method) {
    if (args.length < 2) {
      throw ScriptRuntime.typeError(
          "Window." + method + ": At least 2 arguments required, but only " + args.length + " passed");
    }
    Object listener = args[1];
    if (listener == null || Undefined.isUndefined(listener)) {
      return null;
    }
    if (!(listener instanceof Callable)) {
      throw ScriptRuntime.typeError("Window." + method + ": Argument 2 is not a function");
    }
    return listener;
  }

  private static HostClassDef locationClass() {
    List<HostClassDef.Member> members = new ArrayList<>();
    members.add(HostClassDef.Member.accessor(
        "href",
        (cx, global, self, args) -> url(self),
        (cx, global, self, args) -> {
          ((LocationObject) self).assignHref(ScriptRuntime.toString(arg(args, 0)));
          return Undefined.instance;
        }).asUnforgeable());
    members.add(part("origin", LocationObject::origin));
    members.add(part("protocol", LocationObject::protocol));
    members.add(part("host", LocationObject::host));
    members.add(part("hostname", LocationObject::hostname));
    members.add(part("port", LocationObject::port));
    members.add(part("pathname", LocationObject::pathname));
    members.add(part("search", LocationObject::search));
    members.add(part("hash", LocationObject::hash));
    members.add(HostClassDef.Member.method("replace", 1, (cx, global, self, args) -> {
      ((LocationObject) self).replace(ScriptRuntime.toString(arg(args, 0)));
      return Undefined.instance;
    }).asUnforgeable());
    members.add(HostClassDef.Member.method("assign", 1, (cx, global, self, args) -> {
      ((LocationObject) self).window().navigate(ScriptRuntime.toString(arg(args, 0)), false, "Location.assign");
      return Undefined.instance;
    }).asUnforgeable());
    members.add(HostClassDef.Member.method("toString", 0, (cx, global, self, args) -> url(self)).asUnforgeable());
    return new HostClassDef("Location", null, members, true);
  }

  private static String url(Scriptable self) {
    return ((LocationObject) self).window().url();
  }

  private static HostClassDef.Member part(String name, java.util.function.UnaryOperator<String> part) {
    return HostClassDef.Member.accessor(name, (cx, global, self, args) -> part.apply(url(self)), null).asUnforgeable();
  }
}
