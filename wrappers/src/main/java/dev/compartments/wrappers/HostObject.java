package dev.compartments.wrappers;

/**
 * Implemented by the Rhino objects of host-defined native classes, so the membrane can tell them
 * from script objects: an Xray shows exactly their Java-declared members.
 */
public interface HostObject {
  /** {@link ObjectKind#HOST_NATIVE}, or {@link ObjectKind#WINDOW} / {@link ObjectKind#LOCATION}. */
  default ObjectKind hostObjectKind() {
    return ObjectKind.HOST_NATIVE;
  }
}
