package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.WrapperKind;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject.DescriptorInfo;

/**
 * The behaviour of one wrapper kind. A {@link WrapperShell} forwards every operation Rhino asks of
 * it to its handler, after the dead-wrapper check and with exceptions translated for the viewer.
 *
 * <p>Keys are a {@link String}, an {@link Integer} index or a {@link org.mozilla.javascript.Symbol}.
 * Values a handler returns are already wrapped for the viewer; values it hands the target are
 * wrapped for the owner. The defaults deny everything, so a handler allows only what it overrides.
 *
 * <p>Handlers are stateless singletons; per-wrapper state lives in the shell. Thread-safe.
 */
public abstract class Handler {
  /** The kind of wrapper this handler implements. */
  public abstract WrapperKind kind();

  /**
   * The value of {@code key}, own or inherited, or {@link Scriptable#NOT_FOUND}; {@code start} is
   * the object the lookup began at (this wrapper, or an object that inherits from it).
   */
  /** What {@link #quickGet} answers when the read needs the full path. */
  static final Object SLOW = new Object();

  /**
   * The read of {@code key} if it can be done without entering the target's global because no
   * script can run (a data property of a plain object or array), else {@link #SLOW}. Entering
   * switches Rhino's running global, its %ThrowTypeError% and regexp statics, and back: most of the
   * cost of a wrapped read that runs no code.
   */
  Object quickGet(WrapperShell w, Object key) {
    return SLOW;
  }

  Object get(WrapperShell w, Object key, Scriptable start) {
    throw Errors.deniedProperty(key);
  }

  /** Whether {@code key} is an own property. */
  boolean has(WrapperShell w, Object key) {
    throw Errors.deniedProperty(key);
  }

  /** Sets {@code key} to {@code value}. */
  void put(WrapperShell w, Object key, Object value) {
    throw Errors.deniedProperty(key);
  }

  /** Deletes the own property {@code key}. */
  void delete(WrapperShell w, Object key) {
    throw Errors.deniedProperty(key);
  }

  /** The own keys: enumerable ones only unless {@code nonEnumerable}; symbols only if asked. */
  Object[] ownKeys(WrapperShell w, boolean nonEnumerable, boolean symbols) {
    throw Errors.deniedObject();
  }

  /** The own property descriptor of {@code key}, or null. */
  DescriptorInfo getOwnPropertyDescriptor(WrapperShell w, Object key) {
    throw Errors.deniedProperty(key);
  }

  /** Defines the own property {@code key}; false if the target refused. */
  boolean defineOwnProperty(WrapperShell w, Object key, DescriptorInfo desc) {
    throw Errors.deniedProperty(key);
  }

  /** The prototype as the viewer sees it. */
  Scriptable getPrototype(WrapperShell w) {
    return null;
  }

  /** Sets the prototype. */
  void setPrototype(WrapperShell w, Scriptable prototype) {
    throw Errors.deniedProperty("__proto__");
  }

  boolean isExtensible(WrapperShell w) {
    return true;
  }

  boolean preventExtensions(WrapperShell w) {
    throw Errors.deniedObject();
  }

  Object call(WrapperShell w, Context cx, Scriptable thisObj, Object[] args) {
    throw Errors.deniedObject();
  }

  Scriptable construct(WrapperShell w, Context cx, Object[] args) {
    throw Errors.deniedObject();
  }

  /** The class name Rhino's builtins see ({@code Array.isArray}, {@code Object.prototype.toString}). */
  String className(WrapperShell w) {
    return "Object";
  }

  /** Whether {@code instance} is an instance of this (callable) wrapper. */
  boolean hasInstance(WrapperShell w, Scriptable instance) {
    throw Errors.deniedProperty("prototype");
  }
}
