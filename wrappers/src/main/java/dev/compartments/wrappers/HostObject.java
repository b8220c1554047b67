package dev.compartments.wrappers;

import java.util.List;

/**
 * Implemented by the Rhino objects of host-defined native classes, so the membrane can tell them
 * from script objects: an Xray shows exactly their Java-declared members.
 *
 * <p>The members come from {@link #hostMember} and {@link #hostMemberNames}, which must answer from
 * the class's definition, never from the object's own properties or its (mutable) prototype: the
 * object's scripts may add, replace or delete properties, and none of that may change what an Xray
 * of the object shows or calls. The object's {@code getClassName()} is the class's name; an Xray
 * checks it before running a member on an object.
 */
public interface HostObject {
  /** {@link ObjectKind#HOST_NATIVE}, or {@link ObjectKind#WINDOW} / {@link ObjectKind#LOCATION}. */
  default ObjectKind hostObjectKind() {
    return ObjectKind.HOST_NATIVE;
  }

  /**
   * The member {@code name} that this object's class declares, with the class's own native
   * functions, or null if the class declares no such member. The default declares none.
   */
  default HostMember hostMember(String name) {
    return null;
  }

  /** The names of the members the class declares, in declaration order. The default is empty. */
  default List<String> hostMemberNames() {
    return List.of();
  }
}
