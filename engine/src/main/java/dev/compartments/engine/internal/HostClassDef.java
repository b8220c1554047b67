package dev.compartments.engine.internal;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.wrappers.CompartmentGlobal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * The definition of one host native class as the engine installs it in a global: a name, its
 * members with their Java bodies, and where the members live (on the class's prototype, or, for
 * classes whose members are unforgeable such as Window and Location, on each instance). Immutable
 * and thread-safe; one definition serves every global of an engine.
 */
public final class HostClassDef {
  /**
   * The Java body of a member. {@code self} is an instance of the class (checked before the body
   * runs), {@code global} the global the member's function belongs to; arguments are values of that
   * global's compartment, and the result must be one too.
   */
  @FunctionalInterface
  public interface Body {
    Object call(Context cx, CompartmentGlobal global, Scriptable self, Object[] args);
  }

  /** Implemented by the Rhino objects that are instances of a host class. */
  public interface Instance {
    /** The definition of this object's class. */
    HostClassDef hostClassDef();
  }

  /**
   * One declared member: a method ({@code method} set) or an accessor ({@code getter}, and {@code
   * setter} unless read-only).
   *
   * @param name the member's name
   * @param arity the method's {@code length} (0 for accessors)
   * @param method the method body, or null
   * @param getter the getter body, or null
   * @param setter the setter body, or null
   * @param unforgeable whether the member's property is non-configurable (and, for a method,
   *     read-only) where it is defined
   */
  public record Member(String name, int arity, Body method, Body getter, Body setter, boolean unforgeable) {
    public Member {
      requireNonNull(name, "name");
      if ((method == null) == (getter == null) || (method != null && setter != null)) {
        throw new IllegalArgumentException("member \"" + name + "\" must be a method or an accessor");
      }
    }

    public static Member method(String name, int arity, Body body) {
      return new Member(name, arity, requireNonNull(body, "body"), null, null, false);
    }

    public static Member accessor(String name, Body getter, Body setterOrNull) {
      return new Member(name, 0, null, requireNonNull(getter, "getter"), setterOrNull, false);
    }

    /** This member, non-configurable where it is defined. */
    public Member asUnforgeable() {
      return new Member(name, arity, method, getter, setter, true);
    }
  }

  private final String name;
  private final Class<?> peerType;
  private final List<Member> members;
  private final boolean membersOnInstance;

  /**
   * A class {@code name} with {@code members}, defined on its prototype, or on each instance if
   * {@code membersOnInstance}; the host makes instances backed by peers of {@code peerTypeOrNull}
   * (null for the engine's own classes, whose instances are not made that way).
   */
  public HostClassDef(String name, Class<?> peerTypeOrNull, List<Member> members, boolean membersOnInstance) {
    this.name = requireNonNull(name, "name");
    this.peerType = peerTypeOrNull;
    this.members = List.copyOf(members);
    this.membersOnInstance = membersOnInstance;
    Set<String> seen = new HashSet<>();
    for (Member member : this.members) {
      if (!seen.add(member.name())) {
        throw new IllegalArgumentException("host class " + name + " declares \"" + member.name() + "\" twice");
      }
    }
  }

  public String name() {
    return name;
  }

  /** Whether {@code peer} may back an instance made by the host. */
  public boolean acceptsPeer(Object peer) {
    return peerType != null && peerType.isInstance(peer);
  }

  public List<Member> members() {
    return members;
  }

  /** The names of the members, in declaration order. */
  public List<String> memberNames() {
    List<String> names = new ArrayList<>();
    for (Member member : members) {
      names.add(member.name());
    }
    return List.copyOf(names);
  }

  public boolean membersOnInstance() {
    return membersOnInstance;
  }

  @Override
  public String toString() {
    return "HostClassDef[" + name + "]";
  }
}
