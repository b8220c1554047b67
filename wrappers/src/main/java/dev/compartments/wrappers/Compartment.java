package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.internal.WeakIdentityMap;
import dev.compartments.wrappers.internal.WrapperShell;
import java.util.concurrent.atomic.AtomicLong;
import org.mozilla.javascript.Scriptable;

/**
 * A compartment: a set of globals that share one principal and see each other's objects raw. A live
 * object with identity, created by a {@link Membrane}.
 *
 * <p>Invariants: the principal and flags never change. The wrappers this compartment holds for
 * other compartments' objects are cached here, one cache for plain wrappers and one for waivers,
 * keyed weakly by the target's identity and holding the wrappers weakly, so an object or wrapper
 * nobody references can be collected, and a dropped compartment takes its caches with it. Once
 * nuked, a compartment stays nuked, and every wrapper into or out of it is dead.
 *
 * <p>Thread-safe.
 */
public final class Compartment {
  private static final AtomicLong IDS = new AtomicLong();

  private final Membrane membrane;
  private final CompartmentTraits traits;
  private final String name;
  private final long id = IDS.incrementAndGet();
  private final WeakIdentityMap<Scriptable, WrapperShell> wrappers = new WeakIdentityMap<>();
  private final WeakIdentityMap<Scriptable, WrapperShell> waivers = new WeakIdentityMap<>();
  private volatile boolean nuked;
  private volatile CompartmentGlobal primaryGlobal;

  Compartment(Membrane membrane, CompartmentTraits traits, String name) {
    this.membrane = requireNonNull(membrane, "membrane");
    this.traits = requireNonNull(traits, "traits");
    this.name = requireNonNull(name, "name");
  }

  /** The membrane this compartment belongs to. */
  public Membrane membrane() {
    return membrane;
  }

  /** This compartment's principal. */
  public Principal principal() {
    return traits.principal();
  }

  /** The principal and flags the wrapper decision uses. */
  public CompartmentTraits traits() {
    return traits;
  }

  /** Whether this compartment sees same-origin objects through Xrays (never for system). */
  public boolean wantXrays() {
    return traits.wantXrays();
  }

  /** Whether this compartment may waive its Xrays. */
  public boolean allowWaivers() {
    return traits.allowWaivers();
  }

  /** A name for diagnostics (the sandbox name, a module id, a window URL). */
  public String name() {
    return name;
  }

  /** Whether {@link Membrane#nuke} has cut this compartment off. */
  public boolean isNuked() {
    return nuked;
  }

  /**
   * Creates a new global in this compartment: a top-level scope with the safe standard objects
   * (no LiveConnect), whose objects every global of this compartment sees raw.
   */
  public CompartmentGlobal newGlobal() {
    return membrane.initGlobal(new CompartmentGlobal(this));
  }

  /**
   * Initializes {@code global}, a new global of this compartment of a host-defined subclass (a
   * Window, say), and returns it. {@code global.compartment()} must be this compartment.
   */
  public <G extends CompartmentGlobal> G initGlobal(G global) {
    if (global.compartment() != this) {
      throw new IllegalArgumentException("the global belongs to another compartment: " + global.compartment());
    }
    return membrane.initGlobal(global);
  }

  void addGlobal(CompartmentGlobal global) {
    synchronized (this) {
      if (primaryGlobal == null) {
        primaryGlobal = global;
      }
    }
  }

  /**
   * The first global of this compartment: the parent scope of the wrappers it holds, and the
   * global Xrays make viewer-side functions in.
   */
  public CompartmentGlobal primaryGlobal() {
    CompartmentGlobal global = primaryGlobal;
    if (global == null) {
      throw new IllegalStateException(this + " has no global yet");
    }
    return global;
  }

  void markNuked() {
    nuked = true;
    wrappers.clear();
    waivers.clear();
  }

  WeakIdentityMap<Scriptable, WrapperShell> cache(boolean waived) {
    return waived ? waivers : wrappers;
  }

  /** The number of live wrappers this compartment holds for other compartments' objects. */
  public long wrapperCountForTesting() {
    return wrappers.size() + waivers.size();
  }


  @Override
  public String toString() {
    return "Compartment#" + id + "[" + name + ", " + traits.principal().origin() + "]";
  }
}
