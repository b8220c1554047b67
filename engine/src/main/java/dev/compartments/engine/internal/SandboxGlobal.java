package dev.compartments.engine.internal;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;

/**
 * The global of a sandbox: a compartment global that remembers the engine that made it and its
 * metadata. Not thread-safe beyond what Rhino scopes are.
 */
public class SandboxGlobal extends CompartmentGlobal {
  private static final long serialVersionUID = 1L;

  private final transient Runtime runtime;
  private final String sandboxName;
  /** The metadata, a value of this global (a structured clone), or undefined. */
  private transient volatile Object metadata = org.mozilla.javascript.Undefined.instance;

  public SandboxGlobal(Compartment compartment, Runtime runtime, String sandboxName) {
    super(compartment);
    this.runtime = runtime;
    this.sandboxName = sandboxName;
  }

  public Runtime runtime() {
    return runtime;
  }

  public String sandboxName() {
    return sandboxName;
  }

  public Object metadata() {
    return metadata;
  }

  public void setMetadata(Object metadata) {
    this.metadata = metadata;
  }

  @Override
  public String getClassName() {
    return "Sandbox";
  }
}
