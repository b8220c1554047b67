package dev.compartments.engine.internal;

import dev.compartments.engine.Limits;
import dev.compartments.engine.ResourceLimitException.Limit;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Allocation guards: the builtins that can build a huge string or array in one call ({@code
 * repeat}, {@code padStart}, {@code padEnd}, {@code join} and the two {@code concat}s) check the
 * size of their result against the engine's {@link Limits} before they build it, and end the run
 * with a {@link ResourceLimitError} if it is too large.
 */
final class Guards {
  private Guards() {}

  static void install(Context cx, Scriptable global, Limits limits) {
    int maxString = limits.maxStringLength();
    int maxArray = limits.maxArrayLength();
    Scriptable stringProto = ScriptableObject.getClassPrototype(global, "String");
    Scriptable arrayProto = ScriptableObject.getClassPrototype(global, "Array");
    if (maxString > 0) {
      guard(global, stringProto, "repeat", 1, (thisObj, args) ->
          (double) ScriptRuntime.toString(thisObj).length() * ScriptRuntime.toNumber(args, 0), maxString, Limit.STRING_LENGTH);
      guard(global, stringProto, "padStart", 2, (thisObj, args) -> ScriptRuntime.toNumber(args, 0), maxString, Limit.STRING_LENGTH);
      guard(global, stringProto, "padEnd", 2, (thisObj, args) -> ScriptRuntime.toNumber(args, 0), maxString, Limit.STRING_LENGTH);
      guard(global, stringProto, "concat", 1, (thisObj, args) -> {
        double total = ScriptRuntime.toString(thisObj).length();
        for (Object arg : args) {
          total += ScriptRuntime.toString(arg).length();
        }
        return total;
      }, maxString, Limit.STRING_LENGTH);
      guard(global, arrayProto, "join", 1, (thisObj, args) -> {
        double length = lengthOf(thisObj);
        Object separator = args.length > 0 && !Undefined.isUndefined(args[0]) ? args[0] : ",";
        return Math.max(0, length - 1) * ScriptRuntime.toString(separator).length();
      }, maxString, Limit.STRING_LENGTH);
    }
    if (maxArray > 0) {
      guard(global, arrayProto, "fill", 1, (thisObj, args) -> {
        double length = lengthOf(thisObj);
        double start = relative(args, 1, 0, length);
        double end = relative(args, 2, length, length);
        return Math.max(0, end - start);
      }, maxArray, Limit.ARRAY_LENGTH);
      guard(global, arrayProto, "concat", 1, (thisObj, args) -> {
        double total = lengthOf(thisObj);
        for (Object arg : args) {
          total += arg instanceof Scriptable && ScriptRuntime.isArrayObject(arg) ? lengthOf((Scriptable) arg) : 1;
        }
        return total;
      }, maxArray, Limit.ARRAY_LENGTH);
    }
  }

  /** A relative index argument as Array.prototype.fill reads it, clamped to [0, length]. */
  private static double relative(Object[] args, int index, double absent, double length) {
    if (args.length <= index || Undefined.isUndefined(args[index])) {
      return absent;
    }
    double value = ScriptRuntime.toInteger(args[index]);
    return value < 0 ? Math.max(0, length + value) : Math.min(value, length);
  }

  private static double lengthOf(Scriptable object) {
    Object length = ScriptableObject.getProperty(object, "length");
    return length instanceof Number ? ((Number) length).doubleValue() : 0;
  }

  /** The size a call would produce, computed before it runs. */
  @FunctionalInterface
  private interface Size {
    double of(Scriptable thisObj, Object[] args);
  }

  private static void guard(Scriptable global, Scriptable holder, String name, int length, Size size, int max, Limit limit) {
    Object original = ScriptableObject.getProperty(holder, name);
    if (!(original instanceof Callable)) {
      return;
    }
    Callable callable = (Callable) original;
    NativeFn guarded =
        NativeFn.of(global, name, length, (cx, scope, thisObj, args) -> {
          Scriptable self = ScriptRuntime.toObject(cx, scope, thisObj == null ? Undefined.instance : thisObj);
          double wanted = size.of(self, args);
          if (wanted > max) {
            throw new ResourceLimitError(
                limit,
                name + " would make " + (limit == Limit.STRING_LENGTH ? "a string" : "an array") + " of "
                    + (long) Math.min(wanted, Long.MAX_VALUE) + (limit == Limit.STRING_LENGTH ? " characters" : " elements")
                    + ", over the limit of " + max);
          }
          return callable.call(cx, scope, thisObj, args);
        });
    ScriptableObject.defineProperty(holder, name, guarded, ScriptableObject.DONTENUM);
  }
}
