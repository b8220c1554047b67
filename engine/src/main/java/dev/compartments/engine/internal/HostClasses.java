package dev.compartments.engine.internal;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.HostMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The host classes of one engine, and their installation in globals.
 *
 * <p>Installing a class in a global gives that global a prototype object {@code Name.prototype}, a
 * constructor {@code Name} that scripts cannot call ({@code TypeError: Illegal constructor}), and
 * one {@link NativeFn} per member part (method, getter, setter), defined on the prototype (or on
 * each instance, for classes whose members are unforgeable). Those functions are recorded in an
 * {@link Installed} kept with the global, so {@link HostInstance#hostMember} answers from the
 * class, never from the prototype scripts may change. Every member function checks its {@code
 * this}: {@code TypeError: 'f' called on an object that does not implement interface Name.}
 *
 * <p>Invariants: a class is installed at most once per global; registration happens while the
 * engine is built, before any global exists. Thread-safe.
 */
public final class HostClasses {
  private static final Object KEY = HostClasses.class;

  private final Map<String, HostClassDef> registered = new ConcurrentHashMap<>();
  private final List<HostClassDef> order = new CopyOnWriteArrayList<>();

  /** Registers {@code def}; a second class of the same name is an error. */
  public void register(HostClassDef def) {
    requireNonNull(def, "def");
    if (registered.putIfAbsent(def.name(), def) != null) {
      throw new IllegalArgumentException("host class \"" + def.name() + "\" was already registered");
    }
    order.add(def);
  }

  /** The registered class {@code name}, or null. */
  public HostClassDef findOrNull(String name) {
    return registered.get(name);
  }

  /** Installs every registered class in {@code global} (those already there are kept). */
  public void installAll(Context cx, CompartmentGlobal global) {
    for (HostClassDef def : order) {
      install(cx, global, def);
    }
  }

  /**
   * A new instance of the registered class {@code className} in {@code global}, backed by {@code
   * peer}; installs every registered class in the global first if needed.
   */
  public HostInstance newInstance(Context cx, CompartmentGlobal global, String className, Object peer) {
    requireNonNull(className, "className");
    requireNonNull(peer, "peer");
    HostClassDef def = registered.get(className);
    if (def == null) {
      throw new IllegalArgumentException("no host class \"" + className + "\" is registered with this engine");
    }
    if (!def.acceptsPeer(peer)) {
      throw new IllegalArgumentException(
          "the peer of a " + className + " cannot be a " + peer.getClass().getName());
    }
    // A global the engine did not prepare (a content sandbox) gets every class with its first instance.
    installAll(cx, global);
    return new HostInstance(install(cx, global, def), peer);
  }

  /** The installation of class {@code name} in {@code global}, or null if it is not installed there. */
  public static Installed installedOrNull(Scriptable global, String name) {
    Map<String, Installed> table = tableOrNull(global);
    return table == null ? null : table.get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Installed> tableOrNull(Scriptable global) {
    return global instanceof ScriptableObject
        ? (Map<String, Installed>) ((ScriptableObject) global).getAssociatedValue(KEY)
        : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Installed> table(CompartmentGlobal global) {
    Map<String, Installed> table = tableOrNull(global);
    if (table == null) {
      table = (Map<String, Installed>) global.associateValue(KEY, new ConcurrentHashMap<String, Installed>());
    }
    return table;
  }

  /** Installs {@code def} in {@code global}, or returns its existing installation there. */
  public static Installed install(Context cx, CompartmentGlobal global, HostClassDef def) {
    Map<String, Installed> table = table(global);
    synchronized (table) {
      Installed existing = table.get(def.name());
      if (existing != null) {
        if (existing.def() != def) {
          throw new IllegalStateException("another class " + def.name() + " is installed in " + global);
        }
        return existing;
      }
      Installed installed = newInstallation(cx, global, def);
      table.put(def.name(), installed);
      return installed;
    }
  }

  private static Installed newInstallation(Context cx, CompartmentGlobal global, HostClassDef def) {
    ScriptableObject prototype = (ScriptableObject) cx.newObject(global);
    NativeFn constructor =
        NativeFn.constructible(global, def.name(), 0, (c, scope, thisObj, args) -> {
          throw ScriptRuntime.typeError("Illegal constructor");
        });
    constructor.setImmunePrototypeProperty(prototype);
    ScriptableObject.defineProperty(prototype, "constructor", constructor, ScriptableObject.DONTENUM);
    Map<String, HostMember> members = new LinkedHashMap<>();
    for (HostClassDef.Member member : def.members()) {
      members.put(member.name(), memberFunctions(global, def, member));
    }
    Installed installed = new Installed(global, def, prototype, members);
    if (!def.membersOnInstance()) {
      installed.defineMembersOn(cx, prototype);
    }
    if (!ScriptableObject.hasProperty(global, def.name())) {
      ScriptableObject.defineProperty(global, def.name(), constructor, ScriptableObject.DONTENUM);
    }
    return installed;
  }

  private static HostMember memberFunctions(CompartmentGlobal global, HostClassDef def, HostClassDef.Member member) {
    String name = member.name();
    if (member.method() != null) {
      HostClassDef.Body body = member.method();
      return HostMember.method(
          name,
          NativeFn.of(global, name, member.arity(), (cx, scope, thisObj, args) ->
              body.call(cx, global, self(global, def, thisObj, name), args)));
    }
    HostClassDef.Body getter = member.getter();
    NativeFn get =
        NativeFn.of(global, "get " + name, 0, (cx, scope, thisObj, args) ->
            getter.call(cx, global, self(global, def, thisObj, name), args));
    NativeFn set = null;
    if (member.setter() != null) {
      HostClassDef.Body setter = member.setter();
      set =
          NativeFn.of(global, "set " + name, 1, (cx, scope, thisObj, args) -> {
            setter.call(cx, global, self(global, def, thisObj, name), args.length == 0 ? new Object[] {Undefined.instance} : args);
            return Undefined.instance;
          });
    }
    return HostMember.accessor(name, get, set);
  }

  /** {@code thisObj} if it is an instance of {@code def}; the global for an unqualified call on it. */
  private static Scriptable self(CompartmentGlobal global, HostClassDef def, Scriptable thisObj, String name) {
    if (thisObj instanceof HostClassDef.Instance && ((HostClassDef.Instance) thisObj).hostClassDef() == def) {
      return thisObj;
    }
    if ((thisObj == null || Undefined.isUndefined(thisObj))
        && global instanceof HostClassDef.Instance
        && ((HostClassDef.Instance) global).hostClassDef() == def) {
      return global;
    }
    throw ScriptRuntime.typeError(
        "'" + name + "' called on an object that does not implement interface " + def.name() + ".");
  }

  /**
   * One class installed in one global: its prototype and the native functions of its members.
   * Immutable.
   */
  public static final class Installed {
    private final CompartmentGlobal global;
    private final HostClassDef def;
    private final ScriptableObject prototype;
    private final Map<String, HostMember> members;

    Installed(CompartmentGlobal global, HostClassDef def, ScriptableObject prototype, Map<String, HostMember> members) {
      this.global = global;
      this.def = def;
      this.prototype = prototype;
      this.members = Map.copyOf(members);
    }

    public CompartmentGlobal global() {
      return global;
    }

    public HostClassDef def() {
      return def;
    }

    /** {@code Name.prototype} in this global. */
    public ScriptableObject prototype() {
      return prototype;
    }

    /** The member {@code name} with this global's native functions, or null. */
    public HostMember member(String name) {
      return members.get(name);
    }

    /** The member names, in declaration order. */
    public List<String> memberNames() {
      return def.memberNames();
    }

    /**
     * Defines the members on {@code holder} (the prototype, or an instance of a class whose
     * members live on instances): methods as enumerable properties, accessors as enumerable
     * accessor properties; unforgeable members are non-configurable, and their methods read-only.
     */
    public void defineMembersOn(Context cx, ScriptableObject holder) {
      for (HostClassDef.Member member : def.members()) {
        HostMember functions = members.get(member.name());
        boolean configurable = !member.unforgeable();
        if (functions.isMethod()) {
          holder.defineOwnProperty(
              cx, member.name(), new ScriptableObject.DescriptorInfo(true, configurable, configurable, functions.method()));
        } else {
          holder.defineOwnProperty(
              cx,
              member.name(),
              new ScriptableObject.DescriptorInfo(
                  true,
                  Scriptable.NOT_FOUND,
                  configurable,
                  functions.getter(),
                  functions.setter() == null ? Undefined.instance : functions.setter(),
                  Scriptable.NOT_FOUND));
        }
      }
    }
  }
}
