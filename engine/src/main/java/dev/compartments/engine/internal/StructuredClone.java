package dev.compartments.engine.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.HostObject;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeMap;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.NativeSet;
import org.mozilla.javascript.NativeSymbol;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SymbolKey;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeDataView;
import org.mozilla.javascript.typedarrays.NativeTypedArrayView;

/**
 * One structured clone (DESIGN.md section 4): a value as the compartment {@code from} sees it,
 * copied into a target global. Not thread-safe: one instance per clone, on the cloning thread.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>Everything is read through {@code from}'s view: every object met is first made into the
 *       value {@code from} holds for it ({@link Membrane#wrap}), so plain objects and arrays of other
 *       compartments are read through the wrapper {@code from} has (an Xray shows only what it
 *       shows; an opaque wrapper throws its own permission error).
 *   <li>Objects with internal state (Date, RegExp, ArrayBuffer, typed arrays, DataView, Map, Set,
 *       boxed primitives) are read from the raw object only if {@code from} is that object's
 *       compartment or subsumes it, with natives no script can replace ({@link Intrinsics}); every
 *       value read out of one is wrapped for {@code from} before it is cloned further.
 *   <li>Every object built belongs to the target global; primitives are shared; functions become
 *       forwarders ({@code cloneFunctions}) and host objects are passed by reference, wrapped for
 *       the target ({@code wrapReflectors}); nothing raw of another compartment is ever stored.
 *   <li>{@link #memory} maps each source (as {@code from} holds it) to its clone, by identity, so
 *       cycles and shared references survive. The copy recurses only {@link #MAX_RECURSION} levels
 *       deep; below that it queues containers on an explicit stack, so depth costs heap, not Java
 *       stack.
 * </ul>
 */
final class StructuredClone {
  private enum Kind {
    PLAIN,
    ARRAY,
    FUNCTION,
    HOST,
    ERROR,
    DATE,
    REGEXP,
    ARRAY_BUFFER,
    TYPED_ARRAY,
    DATA_VIEW,
    MAP,
    SET,
    BOXED,
    UNSUPPORTED
  }

  /** The error names a clone of an Error keeps (HTML's list); any other becomes {@code Error}. */
  private static final Set<String> ERROR_NAMES =
      Set.of("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError");

  /**
   * How deep the copy recurses on the Java stack before it queues containers instead: shallow
   * structures (most) go fast, deep ones (a long linked list) cost heap, never the stack.
   */
  private static final int MAX_RECURSION = 64;

  /** How many objects are copied between two checks of the run's deadline. */
  private static final int DEADLINE_CHECK_INTERVAL = 1024;

  private final Context cx;
  private final Membrane membrane;
  private final Compartment from;
  private final CompartmentGlobal target;
  private final Compartment targetCompartment;
  private final boolean cloneFunctions;
  private final boolean wrapReflectors;
  private final boolean deepFreeze;
  private final Scriptable objectPrototype;
  private final Scriptable arrayPrototype;
  private final Map<Object, Object> memory = new IdentityHashMap<>();
  private final List<Scriptable> created = new ArrayList<>(0);
  private final Map<String, Scriptable> standardPrototypes = new HashMap<>(4);
  private Intrinsics intrinsics;
  /** The last global of {@code from} seen as a parent scope (see {@link #viewOf}). */
  private Scriptable lastFromGlobal;

  // The containers whose contents are still to be copied: a stack kept in parallel arrays. For a
  // wrapper, ids holds the keys read up front (so an opaque wrapper fails at once); for a raw
  // object it is null. For a Map or Set, the source is the raw object (its entries are read
  // natively).
  // (Object arrays: a store into a Scriptable[] costs an interface type check.)
  private Object[] pendingSources = new Object[16];
  private Object[] pendingClones = new Object[16];
  private Object[] pendingIds = new Object[16];
  private Kind[] pendingKinds = new Kind[16];
  private int pendingCount;
  /** How deep {@link #schedule} has recursed. */
  private int depth;
  /** How many containers were filled, for the deadline checks. */
  private int filled;

  StructuredClone(
      Context cx,
      Membrane membrane,
      Compartment from,
      CompartmentGlobal target,
      boolean cloneFunctions,
      boolean wrapReflectors,
      boolean deepFreeze) {
    this.cx = cx;
    this.membrane = membrane;
    this.from = from;
    this.target = target;
    this.targetCompartment = target.compartment();
    this.cloneFunctions = cloneFunctions;
    this.wrapReflectors = wrapReflectors;
    this.deepFreeze = deepFreeze;
    this.objectPrototype = TopLevel.getBuiltinPrototype(target, TopLevel.Builtins.Object);
    this.arrayPrototype = TopLevel.getBuiltinPrototype(target, TopLevel.Builtins.Array);
  }

  /** The clone of {@code value} (as {@code from} holds it): a value of the target global. */
  Object run(Object value) {
    if (targetCompartment.isNuked() || from.isNuked()) {
      throw ScriptRuntime.typeError("can't access dead object");
    }
    Object result = cloneValue(value);
    while (pendingCount > 0) {
      int top = --pendingCount;
      Scriptable source = (Scriptable) pendingSources[top];
      Scriptable clone = (Scriptable) pendingClones[top];
      Object[] ids = (Object[]) pendingIds[top];
      Kind kind = pendingKinds[top];
      pendingSources[top] = null;
      pendingClones[top] = null;
      pendingIds[top] = null;
      fill(source, clone, kind, ids);
    }
    if (deepFreeze) {
      for (Scriptable object : created) {
        if (object instanceof NativeTypedArrayView && ((NativeTypedArrayView<?>) object).size() > 0) {
          // Object.freeze must refuse these (their elements stay writable); Rhino would pretend.
          throw ScriptRuntime.typeError("Cannot freeze array buffer views with elements");
        }
        intrinsics().freeze(cx, object);
      }
    }
    return result;
  }

  private Intrinsics intrinsics() {
    if (intrinsics == null) {
      intrinsics = Intrinsics.get();
    }
    return intrinsics;
  }

  private Object cloneValue(Object value) {
    // Class tests before interface tests, and few of them: this runs for every value.
    if (!(value instanceof Scriptable)) {
      if (value instanceof SymbolKey) {
        throw dataCloneError("Symbol value could not be cloned.");
      }
      return value;
    }
    if (value == Undefined.SCRIPTABLE_UNDEFINED) {
      return Undefined.instance;
    }
    Scriptable object = (Scriptable) value;
    Class<?> type = object.getClass();
    if ((type == NativeObject.class || type == NativeArray.class) && isFromGlobal(object.getParentScope())) {
      // The bulk of most clones: a plain object or array of from itself. One probe of the memory:
      // put the new clone, and take it back out in the rare case the source was met before.
      Kind kind = type == NativeObject.class ? Kind.PLAIN : Kind.ARRAY;
      Scriptable clone = kind == Kind.PLAIN ? newObject() : newArray(((NativeArray) object).getLength());
      Object known = memory.put(object, clone);
      if (known != null) {
        memory.put(object, known);
        return known;
      }
      if (deepFreeze) {
        created.add(clone);
      }
      schedule(object, clone, kind, null);
      return clone;
    }
    if (object instanceof NativeSymbol) {
      throw dataCloneError("Symbol value could not be cloned.");
    }
    Scriptable view = viewOf(object);
    Object known = memory.get(view);
    if (known != null) {
      return known;
    }
    boolean wrapped = Wrappers.isWrapper(view);
    if (wrapped && Wrappers.isDead(view)) {
      throw ScriptRuntime.typeError("can't access dead object");
    }
    Scriptable raw = wrapped ? Wrappers.unsafeUnwrap(view) : view;
    Kind kind = classify(raw);
    switch (kind) {
      case PLAIN:
        {
          Object[] ids = wrapped ? view.getIds() : null;
          return container(view, newObject(), Kind.PLAIN, ids);
        }
      case ARRAY:
        {
          Object[] ids = wrapped ? view.getIds() : null;
          long length =
              wrapped
                  ? ScriptRuntime.toUint32(ScriptableObject.getProperty(view, "length"))
                  : ((NativeArray) raw).getLength();
          return container(view, newArray(length), Kind.ARRAY, ids);
        }
      case FUNCTION:
        return remember(view, cloneFunction(view, raw, wrapped));
      case HOST:
        return cloneHost(view, wrapped);
      default:
        break;
    }
    // Everything else needs more than a view of own properties: only for a caller that may see it.
    if (wrapped && !subsumes(view)) {
      throw denied(view);
    }
    switch (kind) {
      case ERROR:
        // Read through the view: an Xray shows only a string message and the native stack.
        return remember(view, cloneError(view));
      case DATE:
        return remember(view, cloneDate(raw));
      case REGEXP:
        return remember(view, cloneRegExp(raw));
      case ARRAY_BUFFER:
        return remember(view, cloneArrayBuffer((NativeArrayBuffer) raw));
      case TYPED_ARRAY:
        return remember(view, cloneTypedArray((NativeTypedArrayView<?>) raw));
      case DATA_VIEW:
        return remember(view, cloneDataView((NativeDataView) raw));
      case MAP:
        {
          ScriptableObject clone = intrinsics().newMap(cx);
          clone.setParentScope(target);
          clone.setPrototype(standardPrototype("Map"));
          remember(view, clone);
          schedule(raw, clone, Kind.MAP, null);
          return clone;
        }
      case SET:
        {
          ScriptableObject clone = intrinsics().newSet(cx);
          clone.setParentScope(target);
          clone.setPrototype(standardPrototype("Set"));
          remember(view, clone);
          schedule(raw, clone, Kind.SET, null);
          return clone;
        }
      case BOXED:
        {
          Object primitive = intrinsics().unbox(cx, raw, raw.getClassName());
          return remember(view, ScriptRuntime.toObject(cx, target, primitive));
        }
      default:
        throw dataCloneError(describe(raw) + " could not be cloned.");
    }
  }

  private Scriptable newObject() {
    NativeObject clone = new NativeObject();
    clone.setParentScope(target);
    clone.setPrototype(objectPrototype);
    return clone;
  }

  private Scriptable newArray(long length) {
    NativeArray clone = new NativeArray(length);
    clone.setParentScope(target);
    clone.setPrototype(arrayPrototype);
    return clone;
  }

  /** Whether {@code parent} is a global of {@code from} (the last one seen is remembered). */
  private boolean isFromGlobal(Scriptable parent) {
    if (parent == lastFromGlobal && parent != null) {
      return true;
    }
    if (parent instanceof CompartmentGlobal && ((CompartmentGlobal) parent).compartment() == from) {
      lastFromGlobal = parent;
      return true;
    }
    return false;
  }

  /**
   * {@code object} as {@code from} holds it. The membrane decides; but an object (not a wrapper)
   * whose parent is a global of {@code from} is {@code from}'s own, raw, which saves the membrane's
   * work for the bulk of a clone.
   */
  private Scriptable viewOf(Scriptable object) {
    if (!Wrappers.isWrapper(object) && isFromGlobal(object.getParentScope())) {
      return object;
    }
    return (Scriptable) membrane.wrap(object, from);
  }

  private Scriptable container(Scriptable view, Scriptable clone, Kind kind, Object[] ids) {
    remember(view, clone);
    schedule(view, clone, kind, ids);
    return clone;
  }

  /**
   * Copies the contents of a new container now, recursing, while the recursion is shallow; deeper
   * down, pushes it on the stack of pending containers that {@link #run} drains.
   */
  private void schedule(Scriptable source, Scriptable clone, Kind kind, Object[] ids) {
    if (depth < MAX_RECURSION) {
      depth++;
      fill(source, clone, kind, ids);
      depth--;
    } else {
      push(source, clone, kind, ids);
    }
  }

  private void push(Scriptable source, Scriptable clone, Kind kind, Object[] ids) {
    if (pendingCount == pendingSources.length) {
      int capacity = pendingCount * 2;
      pendingSources = Arrays.copyOf(pendingSources, capacity);
      pendingClones = Arrays.copyOf(pendingClones, capacity);
      pendingIds = Arrays.copyOf(pendingIds, capacity);
      pendingKinds = Arrays.copyOf(pendingKinds, capacity);
    }
    pendingSources[pendingCount] = source;
    pendingClones[pendingCount] = clone;
    pendingIds[pendingCount] = ids;
    pendingKinds[pendingCount] = kind;
    pendingCount++;
  }

  private Object remember(Scriptable view, Object clone) {
    memory.put(view, clone);
    if (deepFreeze && clone instanceof Scriptable) {
      created.add((Scriptable) clone);
    }
    return clone;
  }

  private void fill(Scriptable source, Scriptable clone, Kind kind, Object[] ids) {
    if (++filled % DEADLINE_CHECK_INTERVAL == 0) {
      EngineContextFactory.checkDeadline(cx);
    }
    switch (kind) {
      case PLAIN:
      case ARRAY:
        copyProperties(source, clone, ids != null ? ids : source.getIds());
        break;
      case MAP:
        for (Object[] entry : intrinsics().mapEntries(cx, source)) {
          Object key = cloneValue(membrane.wrap(entry[0], from));
          Object value = cloneValue(membrane.wrap(entry[1], from));
          intrinsics().mapSet(cx, clone, key, value);
        }
        break;
      case SET:
        for (Object value : intrinsics().setValues(cx, source)) {
          intrinsics().setAdd(cx, clone, cloneValue(membrane.wrap(value, from)));
        }
        break;
      default:
        throw new IllegalStateException("not a container: " + kind);
    }
  }

  /** Copies the own enumerable string-keyed properties {@code ids} of {@code source}. */
  private void copyProperties(Scriptable source, Scriptable clone, Object[] ids) {
    for (Object id : ids) {
      if (id instanceof Integer) {
        int index = (Integer) id;
        Object value = source.get(index, source);
        if (value != Scriptable.NOT_FOUND) {
          clone.put(index, clone, cloneValue(value));
        }
      } else if (id instanceof String) {
        String name = (String) id;
        Object value = source.get(name, source);
        if (value != Scriptable.NOT_FOUND) {
          clone.put(name, clone, cloneValue(value));
        }
      }
    }
  }

  private Object cloneFunction(Scriptable view, Scriptable raw, boolean wrapped) {
    if (!cloneFunctions) {
      throw ScriptRuntime.constructError("Error", "Permission denied to pass a Function via structured clone");
    }
    String name = ExportedFunction.nameOf(raw);
    if (!wrapped || subsumes(view)) {
      return ExportedFunction.create(membrane, target, raw, Wrappers.ownerOf(membrane, view), name, false);
    }
    if (Wrappers.kindOf(view) == WrapperKind.CALLABLE_OPAQUE) {
      // A function the caller may only call: the forwarder calls it as the caller would.
      return ExportedFunction.create(membrane, target, view, from, "", false);
    }
    throw denied(view);
  }

  private Object cloneHost(Scriptable view, boolean wrapped) {
    if (!wrapReflectors || (wrapped && !subsumes(view))) {
      throw dataCloneError(
          describe(Wrappers.unsafeUnwrap(view))
              + " could not be cloned; a host object passes only by reference, with wrapReflectors: true.");
    }
    Object reference = membrane.wrap(view, targetCompartment);
    memory.put(view, reference);
    return reference;
  }

  private Scriptable cloneError(Scriptable view) {
    Object nameValue = ScriptableObject.getProperty(view, "name");
    String name =
        nameValue instanceof CharSequence && ERROR_NAMES.contains(nameValue.toString())
            ? nameValue.toString()
            : "Error";
    Object message = ScriptableObject.getProperty(view, "message");
    Object stack = ScriptableObject.getProperty(view, "stack");
    Object[] args = message instanceof CharSequence ? new Object[] {message.toString()} : new Object[0];
    Scriptable clone = ScriptRuntime.newBuiltinObject(cx, target, TopLevel.Builtins.Error, args);
    // The new error would capture the cloning script's stack: show the source's instead.
    ScriptableObject.putProperty(clone, "stack", stack instanceof CharSequence ? stack.toString() : "");
    if (!"Error".equals(name)) {
      Scriptable prototype = standardPrototype(name);
      if (prototype != objectPrototype && "Error".equals(prototype.getClassName())) {
        clone.setPrototype(prototype);
      }
    }
    return clone;
  }

  private Scriptable cloneDate(Scriptable raw) {
    ScriptableObject clone = intrinsics().newDate(cx, intrinsics().timeOf(cx, raw));
    clone.setParentScope(target);
    clone.setPrototype(standardPrototype("Date"));
    return clone;
  }

  private Scriptable cloneRegExp(Scriptable raw) {
    // NativeRegExp.toString() is the native "/source/flags" (no script can change it); flags never
    // contain a slash.
    String text = raw.toString();
    int end = text.lastIndexOf('/');
    String source = text.substring(1, end);
    String flags = text.substring(end + 1);
    return ScriptRuntime.newBuiltinObject(cx, target, TopLevel.Builtins.RegExp, new Object[] {source, flags});
  }

  private Scriptable cloneArrayBuffer(NativeArrayBuffer raw) {
    if (raw.isDetached()) {
      throw dataCloneError("An ArrayBuffer is detached and could not be cloned.");
    }
    NativeArrayBuffer clone = new NativeArrayBuffer(raw.getLength());
    ScriptRuntime.setBuiltinProtoAndParent(clone, target, TopLevel.Builtins.ArrayBuffer);
    System.arraycopy(raw.getBuffer(), 0, clone.getBuffer(), 0, raw.getLength());
    return clone;
  }

  /** The clone of the buffer under a view, shared with every other view of the same buffer. */
  private Scriptable bufferOf(Scriptable rawBuffer) {
    return (Scriptable) cloneValue(membrane.wrap(rawBuffer, from));
  }

  private Scriptable cloneTypedArray(NativeTypedArrayView<?> raw) {
    if (raw.isTypedArrayOutOfBounds() || raw.getBuffer().isDetached()) {
      throw dataCloneError("A typed array whose buffer is detached or too short could not be cloned.");
    }
    TopLevel.Builtins type;
    try {
      type = TopLevel.Builtins.valueOf(raw.getClassName());
    } catch (IllegalArgumentException e) {
      throw dataCloneError(describe(raw) + " could not be cloned.");
    }
    Scriptable buffer = bufferOf(raw.getBuffer());
    Object[] args = {buffer, raw.getByteOffset(), raw.size()};
    return ScriptRuntime.newBuiltinObject(cx, target, type, args);
  }

  private Scriptable cloneDataView(NativeDataView raw) {
    if (raw.isDataViewOutOfBounds() || raw.getBuffer().isDetached()) {
      throw dataCloneError("A DataView whose buffer is detached or too short could not be cloned.");
    }
    Scriptable buffer = bufferOf(raw.getBuffer());
    Object[] args = {buffer, raw.getByteOffset(), raw.getByteLength()};
    return ScriptRuntime.newBuiltinObject(cx, target, TopLevel.Builtins.DataView, args);
  }

  /**
   * The target global's standard prototype for {@code className}, looked up through its global
   * property; if the target's scripts replaced that with something that is not an object of the
   * target, {@code Object.prototype}.
   */
  private Scriptable standardPrototype(String className) {
    Scriptable prototype = standardPrototypes.get(className);
    if (prototype == null) {
      prototype = Wrappers.standardPrototypeOrNull(target, className);
      if (prototype == null
          || Wrappers.isWrapper(prototype)
          || membrane.compartmentOf(prototype) != targetCompartment) {
        prototype = objectPrototype;
      }
      standardPrototypes.put(className, prototype);
    }
    return prototype;
  }

  private boolean subsumes(Scriptable view) {
    return from.principal().subsumes(Wrappers.ownerOf(membrane, view).principal());
  }

  /**
   * The error {@code from} gets for an object it may not read: the wrapper's own (an opaque
   * wrapper refuses to list its keys), or the same words if the wrapper has none to give.
   */
  private RuntimeException denied(Scriptable view) {
    view.getIds();
    return ScriptRuntime.constructError("Error", "Permission denied to access object");
  }

  private static Kind classify(Scriptable raw) {
    Class<?> type = raw.getClass();
    if (type == NativeObject.class) {
      return Kind.PLAIN;
    }
    if (type == NativeArray.class) {
      return Kind.ARRAY;
    }
    if (raw instanceof HostObject) {
      return Kind.HOST;
    }
    if (raw instanceof Callable) {
      return Kind.FUNCTION;
    }
    if (raw instanceof NativeTypedArrayView) {
      return Kind.TYPED_ARRAY;
    }
    if (raw instanceof NativeArrayBuffer) {
      return Kind.ARRAY_BUFFER;
    }
    if (raw instanceof NativeDataView) {
      return Kind.DATA_VIEW;
    }
    if (raw instanceof NativeMap) {
      return Kind.MAP;
    }
    if (raw instanceof NativeSet) {
      return Kind.SET;
    }
    switch (type.getName()) {
      case "org.mozilla.javascript.regexp.NativeRegExp":
        return Kind.REGEXP;
      case "org.mozilla.javascript.NativeDate":
        return Kind.DATE;
      case "org.mozilla.javascript.NativeError":
        return Kind.ERROR;
      case "org.mozilla.javascript.NativeBoolean":
      case "org.mozilla.javascript.NativeNumber":
      case "org.mozilla.javascript.NativeString":
      case "org.mozilla.javascript.NativeBigInt":
        return Kind.BOXED;
      default:
        return Kind.UNSUPPORTED;
    }
  }

  /** How an error message names {@code raw}: "Proxy object", "WeakMap object", ... */
  private static String describe(Scriptable raw) {
    if (raw.getClass().getName().startsWith("org.mozilla.javascript.NativeProxy")) {
      return "Proxy object";
    }
    if (raw instanceof CompartmentGlobal) {
      return "A global object";
    }
    return raw.getClassName() + " object";
  }

  /**
   * A {@code DataCloneError} (an Error named so, code 25, as the DOM's), made in {@code from}'s
   * global: the compartment that asked for the clone gets it.
   */
  private JavaScriptException dataCloneError(String message) {
    Scriptable error =
        ScriptRuntime.newBuiltinObject(cx, from.primaryGlobal(), TopLevel.Builtins.Error, new Object[] {message});
    ScriptableObject.defineProperty(error, "name", "DataCloneError", ScriptableObject.DONTENUM);
    ScriptableObject.defineProperty(error, "code", 25, ScriptableObject.DONTENUM);
    return new JavaScriptException(error, null, 0);
  }
}
