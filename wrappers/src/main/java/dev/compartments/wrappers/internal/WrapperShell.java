package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperKind;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;

/**
 * The object Rhino sees in place of another compartment's object: a {@link ScriptableObject} (so
 * Rhino's reflection builtins accept it) whose every operation goes to the {@link Handler} of its
 * wrapper kind.
 *
 * <p>Invariants: a shell's target, viewer, owner and handler never change; the target is never a
 * shell itself; the shell's parent scope is a global of the viewer, so the shell belongs to the
 * viewer's compartment. Every operation first checks that neither compartment is nuked, and every
 * exception that leaves an operation is fit for the viewer: a thrown value is wrapped for it, a
 * Java exception becomes the generic {@code Error: An exception was thrown}.
 *
 * <p>Thread-safe as far as its target is.
 */
public class WrapperShell extends ScriptableObject {
  private static final long serialVersionUID = 1L;

  final transient Scriptable target;
  final transient Compartment viewer;
  final transient Compartment owner;
  final transient Handler handler;
  final ObjectKind objectKind;
  /** The standard class whose prototype an Xray shows ({@code Object}, {@code TypeError}, ...). */
  final String xrayClass;
  /** The global of the target: the running global while an operation reaches into it. */
  final transient Scriptable ownerGlobal;
  /** Per-wrapper state of the handler (the Xray expando holder), created on first use. */
  transient volatile Object handlerState;
  /** The wrapper {@link #toViewer} last handed out; null until an object of another compartment crosses. */
  private transient WrapperShell lastCarried;
  /** The names of the viewer's standard prototype of {@link #xrayClass}; found once. */
  private transient java.util.Set<Object> viewerStandardNames;

  WrapperShell(
      Scriptable viewerGlobal,
      Scriptable target,
      Compartment viewer,
      Compartment owner,
      Handler handler,
      ObjectKind objectKind,
      String xrayClass) {
    super(viewerGlobal, null);
    this.target = target;
    this.viewer = viewer;
    this.owner = owner;
    this.handler = handler;
    this.objectKind = objectKind;
    this.xrayClass = xrayClass;
    this.ownerGlobal = ScriptableObject.getTopLevelScope(target);
    ShellSlotMap.install(this);
  }

  /** An ordinary Rhino slot map, for a shell something wrote a slot into (see {@link ShellSlotMap}). */
  static org.mozilla.javascript.SlotMap newOrdinarySlotMap() {
    return createSlotMap(1);
  }

  /**
   * A new shell of {@code kind} for {@code target}, held by {@code viewer}. Callable targets get a
   * callable shell, except for kinds that never expose a call.
   */
  public static WrapperShell create(
      Scriptable viewerGlobal,
      Scriptable target,
      Compartment viewer,
      Compartment owner,
      WrapperKind kind,
      ObjectKind objectKind) {
    GlobalState ownerState = GlobalState.ofOrNull(ScriptableObject.getTopLevelScope(target));
    String standardClass = ownerState == null ? null : ownerState.prototypeClass(target);
    String xrayClass = standardClass != null ? standardClass : xrayClass(target, objectKind, ownerState);
    Handler handler = Handlers.forKind(kind, objectKind, standardClass != null);
    if (handler == ErrorXray.INSTANCE) {
      ErrorXray.snapshot(target);
    }
    if (target instanceof Callable && kind != WrapperKind.CHROME_OBJECT) {
      return new FunctionShell(viewerGlobal, target, viewer, owner, handler, objectKind, xrayClass);
    }
    return new WrapperShell(viewerGlobal, target, viewer, owner, handler, objectKind, xrayClass);
  }

  private static String xrayClass(Scriptable target, ObjectKind objectKind, GlobalState ownerState) {
    switch (objectKind) {
      case PLAIN_OBJECT:
        return "Object";
      case ARRAY:
        return "Array";
      case FUNCTION:
      case EVAL_OR_FUNCTION_CONSTRUCTOR:
        return "Function";
      case ERROR:
        if (ownerState != null) {
          for (Scriptable p = target.getPrototype(); p != null; p = p.getPrototype()) {
            String name = ownerState.prototypeClass(p);
            if (name != null) {
              return name;
            }
          }
        }
        return "Error";
      case REGEXP:
        return "RegExp";
      case TYPED_ARRAY:
      case NATIVE_STATE:
        return target.getClassName();
      default:
        return "Object";
    }
  }

  /** The wrapped object. Never hand it to the viewer: it belongs to {@link #owner()}. */
  public final Scriptable unsafeTarget() {
    return target;
  }

  /** The compartment that holds this wrapper. */
  public final Compartment viewer() {
    return viewer;
  }

  /** The compartment of the wrapped object. */
  public final Compartment owner() {
    return owner;
  }

  /** The kind of wrapper. */
  public final WrapperKind kind() {
    return handler.kind();
  }

  /** The kind of the wrapped object. */
  public final ObjectKind objectKind() {
    return objectKind;
  }

  /**
   * The string-named properties of the standard prototype of {@link #xrayClass} (and its
   * prototypes) of the viewer compartment's first global: an Xray hides own values that shadow them.
   */
  final java.util.Set<Object> viewerStandardNames() {
    java.util.Set<Object> names = viewerStandardNames;
    if (names == null) {
      GlobalState viewerState = GlobalState.ofOrNull(getParentScope());
      names = viewerState == null ? java.util.Set.of() : viewerState.standardNames(xrayClass);
      viewerStandardNames = names;
    }
    return names;
  }

  /** The handler's read without entering the owner's global, its failures translated as any other. */
  private Object quickGet(Object key) {
    try {
      return handler.quickGet(this, key);
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /** Whether either compartment has been nuked. */
  public final boolean isDead() {
    return owner.isNuked() || viewer.isNuked();
  }

  final Membrane membrane() {
    return viewer.membrane();
  }

  /** {@code value} as the viewer must see it; waived if this wrapper is a waiver. */
  final Object toViewer(Object value) {
    if (!Values.isObject(value)) {
      return value;
    }
    // A script reading the same property again gets the same object: answer it from the wrapper
    // this shell last handed out for it, without the membrane's map. The membrane gives one object
    // one wrapper per viewer while that wrapper lives (and this field keeps it alive), so the
    // answer is exact; a wrapper that has died since is not reused.
    WrapperShell last = lastCarried;
    if (last != null && last.target == value && !last.isDead()) {
      return last;
    }
    Object result =
        handler.kind() == WrapperKind.WAIVER
            ? membrane().waive(value, viewer)
            : membrane().wrap(value, viewer);
    if (result instanceof WrapperShell) {
      lastCarried = (WrapperShell) result;
    }
    return result;
  }

  /** {@code value} as the owner must see it. */
  final Object toOwner(Object value) {
    if (!Values.isObject(value)) {
      return value;
    }
    return membrane().wrap(value, owner);
  }

  final Object[] toOwner(Object[] values) {
    Object[] result = values;
    for (int i = 0; i < values.length; i++) {
      Object wrapped = toOwner(values[i]);
      if (wrapped != values[i]) {
        if (result == values) {
          result = values.clone();
        }
        result[i] = wrapped;
      }
    }
    return result;
  }

  final void checkAlive() {
    if (owner.isNuked() || viewer.isNuked()) {
      throw Errors.dead();
    }
  }

  /** An exception fit to reach the viewer, in place of {@code e}. */
  final RuntimeException translate(RuntimeException e) {
    if (e instanceof JavaScriptException) {
      JavaScriptException thrown = (JavaScriptException) e;
      Object value = thrown.getValue();
      Object wrapped;
      try {
        wrapped = toViewer(value);
      } catch (RuntimeException cannotWrap) {
        return Errors.generic();
      }
      return wrapped == value ? e : new JavaScriptException(wrapped, thrown.sourceName(), thrown.lineNumber());
    }
    if (e instanceof EcmaError || e instanceof EvaluatorException) {
      // An error the engine raised in the owner's code carries the owner's file, line and stack. A
      // viewer that does not subsume the owner gets the same kind of error with the same message,
      // made where the viewer's own code stands: no frame, file or line of the owner's.
      if (Errors.isOwn(e) || viewer.principal().subsumes(owner.principal())) {
        return e;
      }
      return e instanceof EcmaError
          ? Errors.relocated(((EcmaError) e).getName(), ((EcmaError) e).getErrorMessage())
          : Errors.relocated("Error", ((EvaluatorException) e).details());
    }
    return Errors.generic();
  }

  // ---- Rhino's Scriptable operations, forwarded to the handler ----

  @Override
  public String getClassName() {
    checkAlive();
    return handler.className(this);
  }

  @Override
  public String getTypeOf() {
    return "object";
  }

  @Override
  public Object get(String name, Scriptable start) {
    checkAlive();
    Object quick = quickGet(name);
    if (quick != Handler.SLOW) {
      return quick;
    }
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.get(this, name, start);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public Object get(int index, Scriptable start) {
    checkAlive();
    Object quick = quickGet(index);
    if (quick != Handler.SLOW) {
      return quick;
    }
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.get(this, index, start);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public Object get(Symbol key, Scriptable start) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.get(this, key, start);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public boolean has(String name, Scriptable start) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.has(this, name);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public boolean has(int index, Scriptable start) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.has(this, index);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public boolean has(Symbol key, Scriptable start) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.has(this, key);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public void put(String name, Scriptable start, Object value) {
    putKey(name, start, value);
  }

  @Override
  public void put(int index, Scriptable start, Object value) {
    putKey(index, start, value);
  }

  @Override
  public void put(Symbol key, Scriptable start, Object value) {
    putKey(key, start, value);
  }

  private void putKey(Object key, Scriptable start, Object value) {
    checkAlive();
    if (start != this && start != null) {
      // A put on an object that inherits from this wrapper lands on that object itself.
      if (key instanceof String) {
        start.put((String) key, start, value);
      } else if (key instanceof Integer) {
        start.put((Integer) key, start, value);
      } else if (start instanceof ScriptableObject) {
        ((ScriptableObject) start).put((Symbol) key, start, value);
      }
      return;
    }
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      handler.put(this, key, value);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public void delete(String name) {
    deleteKey(name);
  }

  @Override
  public void delete(int index) {
    deleteKey(index);
  }

  @Override
  public void delete(Symbol key) {
    deleteKey(key);
  }

  private void deleteKey(Object key) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      handler.delete(this, key);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public Object[] getIds() {
    return ownKeys(false, false);
  }

  @Override
  public Object[] getAllIds() {
    return ownKeys(true, false);
  }

  /** The own keys as the viewer may see them (used by the membrane-aware reflection builtins). */
  public final Object[] ownKeys(boolean nonEnumerable, boolean symbols) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.ownKeys(this, nonEnumerable, symbols);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  protected DescriptorInfo getOwnPropertyDescriptor(Context cx, Object id) {
    return ownPropertyDescriptor(id);
  }

  /** The own property descriptor of {@code id} as the viewer may see it, or null. */
  public final DescriptorInfo ownPropertyDescriptor(Object id) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.getOwnPropertyDescriptor(this, Keys.normalize(id));
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public boolean defineOwnProperty(Context cx, Object id, ScriptableObject desc) {
    return defineOwnProperty(cx, id, new DescriptorInfo(desc), true);
  }

  @Override
  public boolean defineOwnProperty(Context cx, Object id, DescriptorInfo desc) {
    return defineOwnProperty(cx, id, desc, true);
  }

  @Override
  protected boolean defineOwnProperty(Context cx, Object id, DescriptorInfo desc, boolean checkValid) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.defineOwnProperty(this, Keys.normalize(id), desc);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public Scriptable getPrototype() {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.getPrototype(this);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public void setPrototype(Scriptable prototype) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      handler.setPrototype(this, prototype);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public boolean isExtensible() {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.isExtensible(this);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public boolean preventExtensions() {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.preventExtensions(this);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public boolean hasInstance(Scriptable instance) {
    checkAlive();
    Scriptable previous = ContextScopes.enter(ownerGlobal);
    try {
      return handler.hasInstance(this, instance);
    } catch (RuntimeException e) {
      throw translate(e);
    } finally {
      ContextScopes.exit(previous, ownerGlobal);
    }
  }

  @Override
  public void sealObject() {
    throw Errors.deniedObject();
  }

  // ---- ScriptableObject's own-slot conveniences, routed through the handler too, so that no
  // builtin (propertyIsEnumerable, __defineGetter__, __lookupGetter__, ...) acts on the shell's
  // own, empty slots instead of the view its kind allows ----

  private int attributes(Object key) {
    DescriptorInfo desc = ownPropertyDescriptor(key);
    if (desc == null) {
      throw Errors.error("property \"" + Keys.name(key) + "\" not found");
    }
    int attributes = 0;
    if (!desc.isEnumerable()) {
      attributes |= DONTENUM;
    }
    if (!desc.isAccessorDescriptor() && !desc.isWritable()) {
      attributes |= READONLY;
    }
    if (!desc.isConfigurable()) {
      attributes |= PERMANENT;
    }
    return attributes;
  }

  @Override
  public int getAttributes(String name) {
    return attributes(name);
  }

  @Override
  public int getAttributes(int index) {
    return attributes(index);
  }

  @Override
  public int getAttributes(Symbol key) {
    return attributes(key);
  }

  @Override
  public void setAttributes(String name, int attributes) {
    throw Errors.deniedProperty(name);
  }

  @Override
  public void setAttributes(int index, int attributes) {
    throw Errors.deniedProperty(index);
  }

  @Override
  public void setAttributes(Symbol key, int attributes) {
    throw Errors.deniedProperty(key);
  }

  @Override
  public void setGetterOrSetter(Object name, int index, org.mozilla.javascript.Callable getterOrSetter, boolean isSetter) {
    Object key = name == null ? (Object) index : Keys.normalize(name);
    Object absent = NOT_FOUND;
    defineOwnProperty(
        org.mozilla.javascript.Context.getCurrentContext(),
        key,
        new DescriptorInfo(true, absent, true, isSetter ? absent : getterOrSetter, isSetter ? getterOrSetter : absent, absent));
  }

  @Override
  public Object getGetterOrSetter(String name, int index, Scriptable scope, boolean isSetter) {
    return accessorOrNull(name, index, isSetter);
  }

  @Override
  @Deprecated
  public Object getGetterOrSetter(String name, int index, boolean isSetter) {
    return accessorOrNull(name, index, isSetter);
  }

  private Object accessorOrNull(String name, int index, boolean isSetter) {
    DescriptorInfo desc = ownPropertyDescriptor(name == null ? (Object) index : name);
    if (desc == null || !desc.isAccessorDescriptor()) {
      return null;
    }
    Object accessor = isSetter ? desc.setter : desc.getter;
    return accessor == NOT_FOUND || org.mozilla.javascript.Undefined.isUndefined(accessor) ? null : accessor;
  }

  @Override
  public void defineProperty(String name, Object value, int attributes) {
    defineOwnProperty(
        org.mozilla.javascript.Context.getCurrentContext(),
        name,
        new DescriptorInfo((attributes & DONTENUM) == 0, (attributes & READONLY) == 0, (attributes & PERMANENT) == 0, value));
  }

  @Override
  public void defineProperty(Symbol key, Object value, int attributes) {
    defineOwnProperty(
        org.mozilla.javascript.Context.getCurrentContext(),
        key,
        new DescriptorInfo((attributes & DONTENUM) == 0, (attributes & READONLY) == 0, (attributes & PERMANENT) == 0, value));
  }

  @Override
  public void putConst(String name, Scriptable start, Object value) {
    throw Errors.deniedProperty(name);
  }

  @Override
  public void defineConst(String name, Scriptable start) {
    throw Errors.deniedProperty(name);
  }

  /**
   * What Rhino prints when it names this object in an error message: never the wrapper's
   * internals, only what {@code Object.prototype.toString} would show.
   */
  @Override
  public String toString() {
    return "[object " + (isDead() ? "Object" : handler.className(this)) + "]";
  }
}
