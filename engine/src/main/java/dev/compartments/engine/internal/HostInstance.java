package dev.compartments.engine.internal;

import dev.compartments.wrappers.HostMember;
import dev.compartments.wrappers.HostObject;
import java.util.List;
import org.mozilla.javascript.ScriptableObject;

/**
 * An instance of a host-defined class ({@link dev.compartments.engine.HostClassSpec}): an ordinary,
 * extensible object of its global whose prototype is the class's prototype there, and which keeps
 * the host's Java peer. Scripts never reach the peer: they see the declared members only, and an
 * Xray sees exactly those ({@link #hostMember}), whatever scripts did to the object or its
 * prototype.
 *
 * <p>Not thread-safe beyond what Rhino objects are; the peer and class never change.
 */
public final class HostInstance extends ScriptableObject implements HostObject, HostClassDef.Instance {
  private static final long serialVersionUID = 1L;

  private final transient HostClasses.Installed installed;
  private final transient Object peer;

  HostInstance(HostClasses.Installed installed, Object peer) {
    super(installed.global(), installed.prototype());
    this.installed = installed;
    this.peer = peer;
  }

  /** The host's Java object behind this instance. Never hand it to a script. */
  public Object peer() {
    return peer;
  }

  @Override
  public HostClassDef hostClassDef() {
    return installed.def();
  }

  @Override
  public HostMember hostMember(String name) {
    return installed.member(name);
  }

  @Override
  public List<String> hostMemberNames() {
    return installed.def().memberNames();
  }

  @Override
  public String getClassName() {
    return installed.def().name();
  }
}
