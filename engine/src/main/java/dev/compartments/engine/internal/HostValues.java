package dev.compartments.engine.internal;

import dev.compartments.wrappers.CompartmentGlobal;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.Undefined;

/**
 * The conversions between JavaScript values and the Java values host classes see. Only JavaScript
 * values cross: no Java object other than a string, a number, a boolean or a Rhino object of the
 * right compartment ever reaches a script. Thread-safe: no state.
 */
public final class HostValues {
  private HostValues() {}

  /**
   * {@code value}, a JavaScript value, as a host method sees it: {@code null} for undefined and
   * null, a {@link String}, a {@link Double}, a {@link Boolean}, a {@link BigInteger} for a BigInt,
   * a Rhino {@link Symbol} for a symbol, or the Rhino object itself (as the peer's compartment sees
   * it) for an object.
   */
  public static Object toJava(Object value) {
    if (value == null || Undefined.isUndefined(value)) {
      return null;
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof Boolean || value instanceof BigInteger || value instanceof Scriptable) {
      return value;
    }
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    return value;
  }

  /**
   * {@code value}, returned by host code, as a JavaScript value of {@code global}'s compartment:
   * {@code null} gives undefined; strings, characters, numbers, booleans, BigIntegers and Rhino
   * symbols their JavaScript counterparts; a Rhino object is wrapped for the compartment. Any other Java object is refused
   * with a {@code TypeError} naming {@code member}.
   */
  public static Object toJs(Object value, CompartmentGlobal global, String member) {
    if (value == null) {
      return Undefined.instance;
    }
    if (value instanceof String || value instanceof Boolean || value instanceof BigInteger) {
      return value;
    }
    if (value instanceof Character) {
      return value.toString();
    }
    if (value instanceof Integer || value instanceof Double) {
      return value;
    }
    if (value instanceof Byte || value instanceof Short || value instanceof Long || value instanceof Float
        || value instanceof BigDecimal) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Scriptable) {
      return global.compartment().membrane().wrap(value, global.compartment());
    }
    if (value instanceof Symbol) {
      // A symbol primitive (Rhino's SymbolKey): a JavaScript value that belongs to no compartment.
      return value;
    }
    throw ScriptRuntime.typeError(member + " returned a value that is not a JavaScript value");
  }

  /**
   * The argument {@code value} converted to the parameter type {@code type} of an annotated host
   * method, as Web IDL converts: {@code String} by ToString, {@code double} by ToNumber, {@code
   * int} by ToInt32, {@code long} by ToIntegerOrInfinity (saturated), {@code boolean} by ToBoolean,
   * and {@code Object} by {@link #toJava}.
   */
  public static Object toParameter(Object value, Class<?> type) {
    if (type == String.class) {
      return ScriptRuntime.toString(value);
    }
    if (type == double.class) {
      return ScriptRuntime.toNumber(value);
    }
    if (type == int.class) {
      return ScriptRuntime.toInt32(value);
    }
    if (type == long.class) {
      return (long) ScriptRuntime.toInteger(value);
    }
    if (type == boolean.class) {
      return ScriptRuntime.toBoolean(value);
    }
    return toJava(value);
  }

  /** Whether annotated host methods may take a parameter of {@code type}. */
  public static boolean isParameterType(Class<?> type) {
    return type == String.class || type == double.class || type == int.class || type == long.class
        || type == boolean.class || type == Object.class;
  }

  /** Whether annotated host methods may return {@code type}. */
  public static boolean isResultType(Class<?> type) {
    return type == void.class || isParameterType(type);
  }
}
