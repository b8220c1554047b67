package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.CompartmentGlobal;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * What the membrane keeps of each global: the global's own builtins, saved before any script ran,
 * so that the membrane can reflect on the global's objects with functions no script has replaced,
 * and recognise the global's {@code eval} and {@code Function} constructor.
 *
 * <p>Immutable after {@link #install}; thread-safe.
 */
public final class GlobalState {

  final CompartmentGlobal global;
  final Object evalFunction;
  final Object functionConstructor;
  final Callable reflectOwnKeys;
  final Callable getOwnPropertyDescriptor;
  /** Constructors other than eval and Function that compile code in this global. */
  final java.util.Set<Object> codeCompilers =
      java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());
  /** The standard prototypes of this global by class name, and the class of each. */
  private final Map<String, Scriptable> prototypes = new HashMap<>();
  private final Map<String, Set<Object>> standardNames = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Object, String> prototypeClasses = new IdentityHashMap<>();
  /** The standard constructors of this global, and the class of each. */
  private final Map<Object, String> constructorClasses = new IdentityHashMap<>();
  private final Map<String, String> parentClasses = new HashMap<>();
  /** This global's %ThrowTypeError%, made the first time the global is entered. */
  volatile org.mozilla.javascript.BaseFunction thrower;
  /** This global's regexp proxy, holding its own legacy RegExp statics. */
  volatile org.mozilla.javascript.RegExpProxy regExpProxy;
  /** Functions this global shows for methods found through Xrays, by class and key. */
  final Map<String, Object> xrayMethods = new ConcurrentHashMap<>();

  private GlobalState(CompartmentGlobal global) {
    this.global = global;
    this.evalFunction = ScriptableObject.getProperty(global, "eval");
    this.functionConstructor = ScriptableObject.getProperty(global, "Function");
    Scriptable reflect = (Scriptable) ScriptableObject.getProperty(global, "Reflect");
    Scriptable object = (Scriptable) ScriptableObject.getProperty(global, "Object");
    this.reflectOwnKeys = (Callable) ScriptableObject.getProperty(reflect, "ownKeys");
    this.getOwnPropertyDescriptor =
        (Callable) ScriptableObject.getProperty(object, "getOwnPropertyDescriptor");
    for (String name : STANDARD_CLASSES) {
      Object constructor = ScriptableObject.getProperty(global, name);
      if (constructor instanceof Function) {
        Object prototype = ScriptableObject.getProperty((Scriptable) constructor, "prototype");
        constructorClasses.put(constructor, name);
        if (prototype instanceof Scriptable) {
          prototypes.put(name, (Scriptable) prototype);
          prototypeClasses.put(prototype, name);
        }
      }
    }
    // The typed array classes share a %TypedArray%.prototype that no global name reaches.
    Scriptable int8 = prototypes.get("Int8Array");
    Scriptable shared = int8 == null ? null : int8.getPrototype();
    if (shared != null && !prototypeClasses.containsKey(shared)) {
      prototypes.put(TYPED_ARRAY, shared);
      prototypeClasses.put(shared, TYPED_ARRAY);
    }
    // Each standard prototype's own prototype, as it was before any script ran.
    for (Map.Entry<String, Scriptable> e : prototypes.entrySet()) {
      Scriptable parent = e.getValue().getPrototype();
      String parentName = parent == null ? null : prototypeClasses.get(parent);
      if (parentName != null) {
        parentClasses.put(e.getKey(), parentName);
      }
    }
  }

  /** The name under which the shared prototype of the typed array classes is kept. */
  static final String TYPED_ARRAY = "%TypedArray%";

  /** The class whose standard prototype is the prototype of {@code className}'s, or null. */
  String parentClass(String className) {
    return parentClasses.get(className);
  }

  /** The classes whose prototypes and constructors Xrays know. */
  static final List<String> STANDARD_CLASSES =
      List.of(
          "Object", "Array", "Function", "Error", "EvalError", "RangeError", "ReferenceError",
          "SyntaxError", "TypeError", "URIError", "AggregateError", "RegExp", "Date", "Map", "Set",
          "WeakMap", "WeakSet", "ArrayBuffer", "DataView", "Promise", "Int8Array", "Uint8Array",
          "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
          "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "Boolean", "Number",
          "String", "Symbol", "BigInt");

  /** The standard prototype of {@code className} in this global, or null. */
  Scriptable prototype(String className) {
    return prototypes.get(className);
  }

  /**
   * The string-named properties of the standard prototype of {@code className} and of its
   * prototypes, listed once, the first time they are asked for: what an Xray of that class
   * resolves against (as Gecko resolves against the class, not the live prototype).
   */
  Set<Object> standardNames(String className) {
    return standardNames.computeIfAbsent(
        className,
        c -> {
          Set<Object> names = new HashSet<>();
          for (Scriptable p = prototypes.get(c); p != null; p = p.getPrototype()) {
            if (p instanceof ScriptableObject) {
              for (Object id : ((ScriptableObject) p).getAllIds()) {
                if (id instanceof String) {
                  names.add(id);
                }
              }
            }
          }
          return java.util.Collections.unmodifiableSet(names);
        });
  }

  /** The class whose standard prototype {@code object} is, or null. */
  String prototypeClass(Object object) {
    return prototypeClasses.get(object);
  }

  /** The standard constructor of {@code className} in this global, or null. */
  Scriptable constructor(String className) {
    Object prototype = prototypes.get(className);
    if (prototype == null) {
      return null;
    }
    for (Map.Entry<Object, String> e : constructorClasses.entrySet()) {
      if (e.getValue().equals(className)) {
        return (Scriptable) e.getKey();
      }
    }
    return null;
  }

  /** The class whose standard constructor {@code object} is, or null. */
  String constructorClass(Object object) {
    return constructorClasses.get(object);
  }

  /** The global this state belongs to. */
  CompartmentGlobal global() {
    return global;
  }

  /**
   * Initializes {@code global} with the safe standard objects (no LiveConnect), records its
   * builtins, and installs the membrane-aware reflection builtins.
   */
  public static void install(Context cx, CompartmentGlobal global) {
    cx.initSafeStandardObjects(global, false);
    // Not LiveConnect, but named after Java and of no use without it.
    ScriptableObject.deleteProperty(global, "JavaException");
    // Rhino's legacy Script constructor compiles code in its own global, as Function does; no
    // script needs it, so no global has it (Function and eval stay, and are opaque to others).
    Object script = ScriptableObject.getProperty(global, "Script");
    ScriptableObject.deleteProperty(global, "Script");
    // Continuations are made in whatever global started the run: no global has the constructor.
    ScriptableObject.deleteProperty(global, "Continuation");
    GlobalState state = new GlobalState(global);
    state.codeCompilers.add(script);
    Object generator = global.getBuiltinCtor(org.mozilla.javascript.TopLevel.Builtins.GeneratorFunction);
    state.codeCompilers.add(generator);
    // Rhino makes these prototypes without a parent scope; they belong to this global.
    for (Object compiler : state.codeCompilers) {
      if (compiler instanceof org.mozilla.javascript.BaseFunction) {
        Object prototype = ((org.mozilla.javascript.BaseFunction) compiler).getPrototypeProperty();
        if (prototype instanceof Scriptable && ((Scriptable) prototype).getParentScope() == null) {
          ((Scriptable) prototype).setParentScope(global);
        }
      }
    }
    GlobalSlot.set(global, state);
    BuiltinPatches.install(cx, global, state);
  }

  /** The state of {@code global}, or null if it was not initialized by a membrane. */
  public static GlobalState forGlobalOrNull(CompartmentGlobal global) {
    return ofOrNull(global);
  }

  /** The standard prototype of {@code className} as it was when this global was made, or null. */
  public Scriptable standardPrototype(String className) {
    return prototypes.get(className);
  }

  /** The state of the global {@code top}, or null if it is not an initialized compartment global. */
  static GlobalState ofOrNull(Scriptable top) {
    if (top instanceof CompartmentGlobal) {
      return (GlobalState) GlobalSlot.get((CompartmentGlobal) top);
    }
    return null;
  }

  /** The state of the global of {@code object}. */
  static GlobalState of(Scriptable object) {
    GlobalState state = ofOrNull(ScriptableObject.getTopLevelScope(object));
    if (state == null) {
      throw new IllegalStateException("object outside any initialized compartment global: " + object.getClass());
    }
    return state;
  }

  /** The own property keys of {@code object} (strings, then symbols), as its own global lists them. */
  Object[] ownKeys(Context cx, Scriptable object) {
    Object keys = reflectOwnKeys.call(cx, global, global, new Object[] {object});
    Scriptable array = (Scriptable) keys;
    Object lengthValue = ScriptableObject.getProperty(array, "length");
    int length = lengthValue instanceof Number ? ((Number) lengthValue).intValue() : 0;
    Object[] result = new Object[length];
    for (int i = 0; i < length; i++) {
      result[i] = Keys.normalize(ScriptableObject.getProperty(array, i));
    }
    return result;
  }

  /**
   * The own property descriptor of {@code key} on {@code object} as its own global sees it, or null.
   * Values, getters and setters are the raw values of that global.
   */
  ScriptableObject.DescriptorInfo ownDescriptor(Context cx, Scriptable object, Object key) {
    Object desc = getOwnPropertyDescriptor.call(cx, global, global, new Object[] {object, key});
    if (desc == null || desc == Undefined.instance || !(desc instanceof ScriptableObject)) {
      return null;
    }
    return new ScriptableObject.DescriptorInfo((ScriptableObject) desc);
  }
}
