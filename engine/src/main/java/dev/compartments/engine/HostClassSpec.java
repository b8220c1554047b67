package dev.compartments.engine;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.engine.internal.HostClassDef;
import dev.compartments.engine.internal.HostInstance;
import dev.compartments.engine.internal.HostValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A host native class: a name, the Java type of its instances' peers, and the members scripts may
 * use, each implemented in Java. Immutable and thread-safe; register it with {@link
 * Engine.Builder#hostClass(HostClassSpec)}, then make instances with {@link
 * Engine#newHostObject(Sandbox, String, Object)} or {@link Window#newHostObject(String, Object)}.
 *
 * <p>Make one from an annotated class ({@link #fromAnnotated}) or with a builder:
 *
 * <pre>{@code
 * HostClassSpec<Counter> spec =
 *     HostClassSpec.builder("Counter", Counter.class)
 *         .method("increment", 1, (counter, args) -> counter.add(args.get(0) == null ? 1 : (Double) args.get(0)))
 *         .property("value", Counter::value)
 *         .property("label", Counter::label, (counter, v) -> counter.setLabel(String.valueOf(v)))
 *         .build();
 * }</pre>
 *
 * <p>Every global of the engine gets {@code Counter.prototype} with the members as native
 * functions and accessors, and a {@code Counter} constructor that scripts cannot call ({@code
 * TypeError: Illegal constructor}): instances come from the host only. Windows and system-principal
 * globals get every registered class when they are made; any other global (a content sandbox) gets
 * them all when the host makes the first instance there.
 *
 * <h2>Values</h2>
 *
 * Builder members receive JavaScript values as {@code null} (undefined and null), {@link String},
 * {@link Double}, {@link Boolean}, {@link java.math.BigInteger} (BigInt), a Rhino {@code Symbol}
 * (symbol), or, for objects, the Rhino object as the peer's compartment sees it (never a raw object
 * of another compartment). Annotated methods get their parameters converted as Web IDL converts ({@link
 * HostMethod}). Members may return {@code null} (undefined), a {@link String}, a {@link Number}, a
 * {@link Boolean}, a {@link Character}, a {@link java.math.BigInteger}, a symbol they were given, or
 * a Rhino object (wrapped for the peer's compartment); any other Java object is refused with a
 * {@code TypeError}. A member
 * that throws {@link IllegalArgumentException} gives the script {@code Error: <its message>};
 * anything else it throws gives {@code Error: An exception was thrown}.
 *
 * <h2>Security guarantees</h2>
 *
 * <ul>
 *   <li>Scripts reach the declared members and nothing else: no Java method, field or class of the
 *       peer, no {@code getClass}, and the peer itself never.
 *   <li>An Xray of an instance (DESIGN.md section 3) shows exactly the declared members, running
 *       these Java implementations, whatever the instance's own scripts did to it or its prototype.
 *   <li>Each member checks that it is called on an instance of its class.
 * </ul>
 *
 * @param <P> the type of the Java peers of the instances
 */
public final class HostClassSpec<P> {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  /** Names a host class cannot take: the engine's own and the standard globals. */
  private static final Set<String> RESERVED_CLASS_NAMES =
      Set.of(
          "Window", "Location", "Host", "Components", "Cu", "Services", "Sandbox", "Object", "Function",
          "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Error", "EvalError", "RangeError",
          "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError", "InternalError",
          "RegExp", "Date", "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry",
          "ArrayBuffer", "SharedArrayBuffer", "DataView", "Promise", "Proxy", "Reflect", "JSON", "Math",
          "Intl", "Atomics", "Iterator", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
          "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array",
          "BigUint64Array", "globalThis", "global", "eval", "undefined", "NaN", "Infinity");
  /** Names a member cannot take: they would collide with what the engine or an Xray defines. */
  private static final Set<String> RESERVED_MEMBER_NAMES = Set.of("constructor", "__proto__", "wrappedJSObject");

  /** A method's Java implementation. */
  @FunctionalInterface
  public interface Method<P> {
    /** Runs the method on {@code peer} with {@code args} (see "Values"); returns its result. */
    Object call(P peer, List<Object> args);
  }

  /** A property getter's Java implementation. */
  @FunctionalInterface
  public interface Getter<P> {
    /** The property's value for {@code peer}. */
    Object get(P peer);
  }

  /** A property setter's Java implementation. */
  @FunctionalInterface
  public interface Setter<P> {
    /** Sets the property of {@code peer} to {@code value}. */
    void set(P peer, Object value);
  }

  /** A member's implementation on raw JavaScript arguments, returning a Java value. */
  @FunctionalInterface
  private interface Invoker {
    Object invoke(Object peer, Object[] args);
  }

  /** One declared member: a method, or a getter with an optional setter. */
  private record MemberSpec(String name, int arity, Invoker method, Invoker getter, Invoker setter) {}

  private final String name;
  private final Class<P> peerType;
  private final List<MemberSpec> members;

  private HostClassSpec(String name, Class<P> peerType, List<MemberSpec> members) {
    this.name = name;
    this.peerType = peerType;
    this.members = List.copyOf(members);
  }

  /**
   * A builder for the class {@code name} whose instances' peers are {@code peerType}s.
   *
   * @throws IllegalArgumentException if {@code name} is not a JavaScript identifier or is reserved
   *     (the engine's own {@code Window}, {@code Location}, {@code Host}, ... and the standard globals)
   */
  public static <P> Builder<P> builder(String name, Class<P> peerType) {
    return new Builder<>(name, peerType);
  }

  /**
   * The class that {@code type}, annotated with {@link HostClass}, declares: its public instance
   * methods annotated {@link HostMethod} are methods (arity: their parameter count), and those
   * annotated {@link HostProperty} getters and setters. Members are listed in name order.
   *
   * @throws IllegalArgumentException if {@code type} is not annotated, not public, or an annotated
   *     method is not public, is static, has a parameter or result type other than those allowed,
   *     has a name already used, is a setter without a getter, or is not accessible to the engine
   *     (its package must be exported to {@code dev.compartments.engine})
   */
  public static <P> HostClassSpec<P> fromAnnotated(Class<P> type) {
    requireNonNull(type, "type");
    HostClass annotation = type.getAnnotation(HostClass.class);
    if (annotation == null) {
      throw new IllegalArgumentException(type.getName() + " is not annotated with @HostClass");
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      throw new IllegalArgumentException("host class " + type.getName() + " must be public");
    }
    Builder<P> builder = builder(annotation.value(), type);
    Map<String, java.lang.reflect.Method> getters = new LinkedHashMap<>();
    Map<String, java.lang.reflect.Method> setters = new LinkedHashMap<>();
    for (java.lang.reflect.Method method : annotatedMethods(type)) {
      boolean isMethod = method.isAnnotationPresent(HostMethod.class);
      boolean isProperty = method.isAnnotationPresent(HostProperty.class);
      String where = type.getSimpleName() + "." + method.getName();
      if (isMethod && isProperty) {
        throw new IllegalArgumentException(where + " is annotated both @HostMethod and @HostProperty");
      }
      if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
        throw new IllegalArgumentException(where + " must be a public instance method to be a host member");
      }
      checkTypes(where, method);
      if (isMethod) {
        String explicit = method.getAnnotation(HostMethod.class).value();
        String memberName = explicit.isEmpty() ? method.getName() : explicit;
        builder.add(new MemberSpec(memberName, method.getParameterCount(), invoker(where, method), null, null));
        continue;
      }
      String explicit = method.getAnnotation(HostProperty.class).value();
      boolean setter = method.getReturnType() == void.class;
      if (setter && method.getParameterCount() != 1 || !setter && method.getParameterCount() != 0) {
        throw new IllegalArgumentException(
            where + ": a @HostProperty method is a getter (no parameters, a result) or a setter (one parameter, void)");
      }
      String memberName = explicit.isEmpty() ? propertyName(where, method.getName(), setter) : explicit;
      Map<String, java.lang.reflect.Method> side = setter ? setters : getters;
      if (side.putIfAbsent(memberName, method) != null) {
        throw new IllegalArgumentException(where + ": property \"" + memberName + "\" has two " + (setter ? "setters" : "getters"));
      }
    }
    for (Map.Entry<String, java.lang.reflect.Method> e : setters.entrySet()) {
      if (!getters.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            type.getSimpleName() + "." + e.getValue().getName() + ": property \"" + e.getKey() + "\" has a setter but no getter");
      }
    }
    for (Map.Entry<String, java.lang.reflect.Method> e : getters.entrySet()) {
      java.lang.reflect.Method getter = e.getValue();
      java.lang.reflect.Method setter = setters.get(e.getKey());
      String where = type.getSimpleName() + "." + getter.getName();
      builder.add(
          new MemberSpec(
              e.getKey(),
              0,
              null,
              invoker(where, getter),
              setter == null ? null : invoker(type.getSimpleName() + "." + setter.getName(), setter)));
    }
    return builder.build();
  }

  /** The annotated methods of {@code type} and its superclasses, overridden ones once, in name order. */
  private static List<java.lang.reflect.Method> annotatedMethods(Class<?> type) {
    Map<String, java.lang.reflect.Method> bySignature = new LinkedHashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
        if (method.isSynthetic() || method.isBridge()) {
          continue;
        }
        if (!method.isAnnotationPresent(HostMethod.class) && !method.isAnnotationPresent(HostProperty.class)) {
          continue;
        }
        String signature = method.getName() + Arrays.toString(method.getParameterTypes());
        bySignature.putIfAbsent(signature, method);
      }
    }
    List<java.lang.reflect.Method> methods = new ArrayList<>(bySignature.values());
    methods.sort(Comparator.comparing(java.lang.reflect.Method::getName).thenComparing(java.lang.reflect.Method::getParameterCount));
    return methods;
  }

  private static void checkTypes(String where, java.lang.reflect.Method method) {
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (!HostValues.isParameterType(parameters[i])) {
        throw new IllegalArgumentException(
            where + ": parameter " + (i + 1) + " has type " + parameters[i].getName()
                + "; a host member takes String, double, int, long, boolean or Object");
      }
    }
    if (!HostValues.isResultType(method.getReturnType())) {
      throw new IllegalArgumentException(
          where + ": result type " + method.getReturnType().getName()
              + "; a host member returns void, String, double, int, long, boolean or Object");
    }
  }

  private static String propertyName(String where, String methodName, boolean setter) {
    String stem = null;
    if (setter && methodName.startsWith("set")) {
      stem = methodName.substring(3);
    } else if (!setter && methodName.startsWith("get")) {
      stem = methodName.substring(3);
    } else if (!setter && methodName.startsWith("is")) {
      stem = methodName.substring(2);
    }
    if (stem == null || stem.isEmpty()) {
      throw new IllegalArgumentException(
          where + ": name the property in @HostProperty, or name the method get" + "X, isX or setX");
    }
    return stem.substring(0, 1).toLowerCase(Locale.ROOT) + stem.substring(1);
  }

  private static Invoker invoker(String where, java.lang.reflect.Method method) {
    MethodHandle handle;
    try {
      handle = MethodHandles.publicLookup().unreflect(method);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(
          where + " is not accessible to the engine: its class and package must be public and exported to"
              + " dev.compartments.engine",
          e);
    }
    Class<?>[] parameters = method.getParameterTypes();
    return (peer, args) -> {
      Object[] call = new Object[parameters.length + 1];
      call[0] = peer;
      for (int i = 0; i < parameters.length; i++) {
        Object arg = i < args.length ? args[i] : org.mozilla.javascript.Undefined.instance;
        call[i + 1] = HostValues.toParameter(arg, parameters[i]);
      }
      return invokeHandle(handle, call);
    };
  }

  private static Object invokeHandle(MethodHandle handle, Object[] call) {
    try {
      return handle.invokeWithArguments(call);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable checked) {
      throw new IllegalStateException("a host member threw a checked exception", checked);
    }
  }

  /** The class's name in scripts. */
  public String name() {
    return name;
  }

  /** The Java type of the instances' peers. */
  public Class<P> peerType() {
    return peerType;
  }

  /** The declared members' names, in declaration order. */
  public List<String> memberNames() {
    List<String> names = new ArrayList<>();
    for (MemberSpec member : members) {
      names.add(member.name());
    }
    return Collections.unmodifiableList(names);
  }

  /** The definition the engine installs in its globals. */
  HostClassDef toDefinition() {
    List<HostClassDef.Member> defs = new ArrayList<>();
    for (MemberSpec member : members) {
      String label = name + "." + member.name();
      if (member.method() != null) {
        Invoker method = member.method();
        defs.add(HostClassDef.Member.method(member.name(), member.arity(), (cx, global, self, args) ->
            HostValues.toJs(method.invoke(peer(self), args), global, label)));
      } else {
        Invoker getter = member.getter();
        Invoker setter = member.setter();
        defs.add(HostClassDef.Member.accessor(
            member.name(),
            (cx, global, self, args) -> HostValues.toJs(getter.invoke(peer(self), args), global, label),
            setter == null ? null : (cx, global, self, args) -> {
              setter.invoke(peer(self), args);
              return org.mozilla.javascript.Undefined.instance;
            }));
      }
    }
    return new HostClassDef(name, peerType, defs, false);
  }

  private static Object peer(org.mozilla.javascript.Scriptable self) {
    return ((HostInstance) self).peer();
  }

  @Override
  public String toString() {
    return "HostClassSpec[" + name + " " + memberNames() + "]";
  }

  /** Builds a {@link HostClassSpec}. Not thread-safe. */
  public static final class Builder<P> {
    private final String name;
    private final Class<P> peerType;
    private final Map<String, MemberSpec> members = new LinkedHashMap<>();

    private Builder(String name, Class<P> peerType) {
      requireNonNull(name, "name");
      this.peerType = requireNonNull(peerType, "peerType");
      if (!IDENTIFIER.matcher(name).matches()) {
        throw new IllegalArgumentException("host class name \"" + name + "\" is not a JavaScript identifier");
      }
      if (RESERVED_CLASS_NAMES.contains(name)) {
        throw new IllegalArgumentException("host class name \"" + name + "\" is reserved");
      }
      this.name = name;
    }

    /**
     * Declares the method {@code name}, whose {@code length} is {@code arity}, implemented by
     * {@code method}.
     */
    public Builder<P> method(String name, int arity, Method<? super P> method) {
      requireNonNull(method, "method");
      if (arity < 0) {
        throw new IllegalArgumentException("arity of " + name + " must be >= 0, was " + arity);
      }
      return add(new MemberSpec(name, arity, (peer, args) -> method.call(cast(peer), javaArguments(args)), null, null));
    }

    /** Declares the read-only property {@code name}. */
    public Builder<P> property(String name, Getter<? super P> getter) {
      requireNonNull(getter, "getter");
      return add(new MemberSpec(name, 0, null, (peer, args) -> getter.get(cast(peer)), null));
    }

    /** Declares the property {@code name} with a getter and a setter. */
    public Builder<P> property(String name, Getter<? super P> getter, Setter<? super P> setter) {
      requireNonNull(getter, "getter");
      requireNonNull(setter, "setter");
      return add(
          new MemberSpec(
              name,
              0,
              null,
              (peer, args) -> getter.get(cast(peer)),
              (peer, args) -> {
                setter.set(cast(peer), HostValues.toJava(args.length == 0 ? null : args[0]));
                return null;
              }));
    }

    private P cast(Object peer) {
      return peerType.cast(peer);
    }

    private static List<Object> javaArguments(Object[] args) {
      Object[] converted = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        converted[i] = HostValues.toJava(args[i]);
      }
      return Collections.unmodifiableList(Arrays.asList(converted));
    }

    private Builder<P> add(MemberSpec member) {
      requireNonNull(member.name(), "name");
      if (!IDENTIFIER.matcher(member.name()).matches()) {
        throw new IllegalArgumentException(
            "member name \"" + member.name() + "\" of host class " + name + " is not a JavaScript identifier");
      }
      if (RESERVED_MEMBER_NAMES.contains(member.name())) {
        throw new IllegalArgumentException("member name \"" + member.name() + "\" of host class " + name + " is reserved");
      }
      if (members.putIfAbsent(member.name(), member) != null) {
        throw new IllegalArgumentException("host class " + name + " already declares \"" + member.name() + "\"");
      }
      return this;
    }

    /** The class. */
    public HostClassSpec<P> build() {
      return new HostClassSpec<>(name, peerType, new ArrayList<>(members.values()));
    }
  }
}
