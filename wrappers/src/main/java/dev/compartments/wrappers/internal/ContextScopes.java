package dev.compartments.wrappers.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;

/**
 * Keeps Rhino's notion of "the global that is running" right across compartments.
 *
 * <p>Rhino remembers the global a top-level run started in ({@code Context.topCallScope}) and
 * uses it, not the callee's own global, as {@code this} for sloppy functions called with an
 * undefined {@code this} ({@code call}, {@code apply}, {@code bind}, replacer and mapping callbacks,
 * promise executors), and it makes the %ThrowTypeError% function once per context, in whatever
 * global runs first. Left alone, a content function called by system code would receive the raw
 * system global, and %ThrowTypeError%'s constructor would be the system {@code Function}. So every
 * entry into another compartment's code switches both to that compartment's global and switches
 * them back on the way out.
 *
 * <p>Rhino offers no API for either, so this reaches its fields with a private lookup; the
 * membrane refuses to start without it ({@link #checkAvailable}). On the class path that always
 * works; on the module path Rhino's package must be opened to this module ({@code --add-opens
 * org.mozilla.rhino/org.mozilla.javascript=dev.compartments.wrappers}).
 */
public final class ContextScopes {
  private static final VarHandle TOP_CALL_SCOPE;
  private static final VarHandle TYPE_ERROR_THROWER;
  private static final RuntimeException UNAVAILABLE;
  private static final org.mozilla.javascript.RegExpLoader REGEXP_LOADER =
      java.util.ServiceLoader.load(org.mozilla.javascript.RegExpLoader.class, Context.class.getClassLoader())
          .findFirst()
          .orElse(null);

  static {
    VarHandle top = null;
    VarHandle thrower = null;
    RuntimeException failure = null;
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Context.class, MethodHandles.lookup());
      top = lookup.findVarHandle(Context.class, "topCallScope", Scriptable.class);
      thrower = lookup.findVarHandle(Context.class, "typeErrorThrower", BaseFunction.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      failure =
          new IllegalStateException(
              "Compartments needs access to Rhino's Context fields to keep each compartment's global"
                  + " apart; on the module path run with --add-opens"
                  + " org.mozilla.rhino/org.mozilla.javascript=dev.compartments.wrappers",
              e);
    }
    TOP_CALL_SCOPE = top;
    TYPE_ERROR_THROWER = thrower;
    UNAVAILABLE = failure;
  }

  private ContextScopes() {}

  /** Throws, when configuring, if the switch is not possible in this JVM. */
  public static void checkAvailable() {
    if (UNAVAILABLE != null) {
      throw UNAVAILABLE;
    }
    if (REGEXP_LOADER == null) {
      throw new IllegalStateException("Rhino's RegExpLoader service is missing from the class path");
    }
  }

  /**
   * Makes {@code global} the running global of the current context's top-level run, if one is
   * under way; returns the previous one for {@link #exit} (or {@code global} when nothing changed).
   */
  public static Scriptable enter(Scriptable global) {
    Context cx = Context.getCurrentContext();
    if (cx == null) {
      return global;
    }
    Scriptable previous = (Scriptable) TOP_CALL_SCOPE.get(cx);
    if (previous == global) {
      return global;
    }
    if (previous == null) {
      // A top-level run is about to start in global: Rhino will set its top call scope itself, but
      // the context's %ThrowTypeError% and regexp statics are still those of the last run.
      switchAuxiliary(cx, global);
      return global;
    }
    switchTo(cx, global);
    return previous;
  }

  /** Undoes {@link #enter}: {@code previous} is what it returned, {@code global} what it entered. */
  public static void exit(Scriptable previous, Scriptable global) {
    if (previous == global) {
      return;
    }
    Context cx = Context.getCurrentContext();
    if (cx != null) {
      switchTo(cx, previous);
    }
  }

  private static void switchTo(Context cx, Scriptable global) {
    TOP_CALL_SCOPE.set(cx, global);
    switchAuxiliary(cx, global);
  }

  private static void switchAuxiliary(Context cx, Scriptable global) {
    GlobalState state = GlobalState.ofOrNull(global);
    BaseFunction thrower = state == null ? null : state.thrower;
    if (thrower == null && state != null) {
      // Made lazily in the global now running, so its prototype is that global's.
      Scriptable top = (Scriptable) TOP_CALL_SCOPE.get(cx);
      TOP_CALL_SCOPE.set(cx, global);
      TYPE_ERROR_THROWER.set(cx, (BaseFunction) null);
      thrower = ScriptRuntime.typeErrorThrower(cx);
      // Rhino leaves it without a parent scope; it belongs to this global.
      thrower.setParentScope(global);
      TOP_CALL_SCOPE.set(cx, top);
      state.thrower = thrower;
    }
    TYPE_ERROR_THROWER.set(cx, thrower);
    if (state != null) {
      // RegExp's legacy statics (RegExp.lastMatch, $1, ...) live in the context's regexp proxy:
      // each global gets its own, so no compartment sees the last match another made.
      org.mozilla.javascript.RegExpProxy proxy = state.regExpProxy;
      if (proxy == null) {
        proxy = REGEXP_LOADER.newProxy();
        state.regExpProxy = proxy;
      }
      ScriptRuntime.setRegExpProxy(cx, proxy);
    }
  }
}
