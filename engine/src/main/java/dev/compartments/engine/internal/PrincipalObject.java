package dev.compartments.engine.internal;

import dev.compartments.principals.ExpandedPrincipal;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Wrappers;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The script face of a {@link Principal} ({@code nsIPrincipal}): {@code origin}, the four {@code
 * is...Principal} flags, {@code subsumes(p)}, {@code equals(p)}, and for expanded principals
 * {@code allowlist}. Each is read-only. Made in the global that asked for it.
 */
public final class PrincipalObject extends ScriptableObject {
  private static final long serialVersionUID = 1L;

  private final transient Principal principal;

  private PrincipalObject(Principal principal) {
    this.principal = principal;
  }

  /** A new principal object for {@code principal} in {@code global}. */
  public static PrincipalObject create(Scriptable global, Principal principal) {
    PrincipalObject object = new PrincipalObject(principal);
    object.setParentScope(global);
    object.setPrototype(ScriptableObject.getObjectPrototype(global));
    int flags = READONLY | PERMANENT;
    object.defineProperty("origin", principal.origin(), flags);
    object.defineProperty("isSystemPrincipal", principal.isSystem(), flags);
    object.defineProperty("isContentPrincipal", principal.isContent(), flags);
    object.defineProperty("isExpandedPrincipal", principal.isExpanded(), flags);
    object.defineProperty("isNullPrincipal", principal.isNull(), flags);
    NativeFn subsumes =
        NativeFn.of(global, "subsumes", 1, (cx, scope, thisObj, args) -> principal.subsumes(argument(args, "subsumes")));
    NativeFn equals =
        NativeFn.of(global, "equals", 1, (cx, scope, thisObj, args) -> principal.equals(argument(args, "equals")));
    object.defineProperty("subsumes", subsumes, flags | DONTENUM);
    object.defineProperty("equals", equals, flags | DONTENUM);
    if (principal instanceof ExpandedPrincipal) {
      List<? extends Principal> members = ((ExpandedPrincipal) principal).allowlist();
      Object[] items = new Object[members.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = create(global, members.get(i));
      }
      Scriptable array = Context.getCurrentContext().newArray(global, items);
      ((ScriptableObject) array).sealObject();
      object.defineProperty("allowlist", array, flags);
    }
    object.preventExtensions();
    return object;
  }

  private static Principal argument(Object[] args, String method) {
    Object value = args.length > 0 ? args[0] : Undefined.instance;
    Principal principal = principalOrNull(value);
    if (principal == null) {
      throw ScriptRuntime.constructError("Error", "nsIPrincipal." + method + ": argument must be a principal, not " + ScriptRuntime.toString(value == null ? "null" : value));
    }
    return principal;
  }

  /** The principal {@code value} is the script face of (possibly wrapped), or null. */
  public static Principal principalOrNull(Object value) {
    if (!(value instanceof Scriptable)) {
      return null;
    }
    Scriptable raw = Wrappers.unsafeUnwrap((Scriptable) value);
    return raw instanceof PrincipalObject ? ((PrincipalObject) raw).principal : null;
  }

  public Principal principal() {
    return principal;
  }

  @Override
  public String getClassName() {
    return "Principal";
  }
}
