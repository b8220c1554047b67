package dev.compartments.wrappers;

import static dev.compartments.wrappers.Arguments.requireNonNull;

import dev.compartments.principals.Principal;
import dev.compartments.wrappers.internal.Errors;
import dev.compartments.wrappers.internal.GlobalState;
import dev.compartments.wrappers.internal.ObjectKinds;
import dev.compartments.wrappers.internal.WrapperShell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The membrane of one engine: it creates the compartments and wraps every value that crosses from
 * one to another. A live object with identity.
 *
 * <h2>Security guarantees</h2>
 *
 * <ul>
 *   <li>{@link #wrap} never hands a viewer a raw object of another compartment: objects of other
 *       compartments arrive as the wrapper {@link WrapperPolicy#decide} picks, and a wrapper passed
 *       back to its target's own compartment arrives as the target itself.
 *   <li>Identity: wrapping one object for one viewer twice gives the same wrapper while the first
 *       is reachable.
 *   <li>After {@link #nuke}, every wrapper into or out of the nuked compartment throws {@code
 *       TypeError: can't access dead object}.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class Membrane {
  private final ContextFactory contextFactory;
  private final AuditListener auditListener;
  private final Compartment system;
  private final Compartment orphans;
  private final Map<Compartment, Boolean> compartments = Collections.synchronizedMap(new WeakHashMap<>());

  private Membrane(ContextFactory contextFactory, AuditListener auditListener) {
    dev.compartments.wrappers.internal.ContextScopes.checkAvailable();
    this.contextFactory = requireNonNull(contextFactory, "contextFactory");
    this.auditListener = requireNonNull(auditListener, "auditListener");
    this.system = register(new Compartment(this, CompartmentTraits.of(Principal.system()), "[System]"));
    // Objects that belong to no compartment's global (made by host code without a scope) are owned
    // by a compartment that nobody else subsumes, so every viewer gets them opaque: fail closed.
    this.orphans =
        new Compartment(this, new CompartmentTraits(Principal.createNull(), true, false), "[no global]");
  }

  /** A membrane with the safe context factory and no audit listener. */
  public static Membrane create() {
    return new Membrane(new SafeContextFactory(), AuditListener.NONE);
  }

  /**
   * A membrane whose contexts come from {@code contextFactory} (a {@link SafeContextFactory} or a
   * subclass of it) and whose events go to {@code auditListener}.
   */
  public static Membrane create(SafeContextFactory contextFactory, AuditListener auditListener) {
    return new Membrane(contextFactory, auditListener);
  }

  /** The factory of the contexts scripts of this membrane run in. */
  public ContextFactory contextFactory() {
    return contextFactory;
  }

  /** The listener that sees denials and wrapper creations. */
  public AuditListener auditListener() {
    return auditListener;
  }

  /** The one compartment that system-principal globals share unless they ask for a fresh one. */
  public Compartment systemCompartment() {
    return system;
  }

  /**
   * A compartment for {@code traits}: the shared system compartment for the system principal unless
   * {@code fresh}, otherwise a new compartment.
   */
  public Compartment compartmentFor(CompartmentTraits traits, String name, boolean fresh) {
    requireNonNull(traits, "traits");
    requireNonNull(name, "name");
    if (traits.principal().isSystem() && !fresh) {
      return system;
    }
    return register(new Compartment(this, traits, name));
  }

  /** A new compartment for {@code traits}, never shared. */
  public Compartment newCompartment(CompartmentTraits traits, String name) {
    return compartmentFor(traits, name, true);
  }

  private Compartment register(Compartment compartment) {
    compartments.put(compartment, Boolean.TRUE);
    return compartment;
  }

  /**
   * The compartment {@code object} belongs to: its top-level scope's. A wrapper belongs to the
   * compartment of the viewer that holds it. Objects without a compartment global belong to an
   * internal compartment that every viewer sees as opaque.
   */
  public Compartment compartmentOf(Scriptable object) {
    requireNonNull(object, "object");
    Scriptable top = ScriptableObject.getTopLevelScope(object);
    if (top instanceof CompartmentGlobal) {
      Compartment compartment = ((CompartmentGlobal) top).compartment();
      if (compartment.membrane() == this) {
        return compartment;
      }
    }
    return orphans;
  }

  /**
   * {@code value} as {@code viewer} must see it: primitives as they are, objects of {@code viewer}
   * raw, objects of other compartments wrapped by the decision table, wrappers unwrapped first.
   */
  public Object wrap(Object value, Compartment viewer) {
    return wrap(value, viewer, false);
  }

  /**
   * {@code value} as {@code viewer} sees it with its Xrays waived: a waiver where the decision gives
   * the viewer an Xray and the viewer allows waivers, otherwise the same as {@link #wrap}.
   */
  public Object waive(Object value, Compartment viewer) {
    return wrap(value, viewer, true);
  }

  private Object wrap(Object value, Compartment viewer, boolean waived) {
    if (!dev.compartments.wrappers.internal.Values.isObject(value)) {
      return value;
    }
    requireNonNull(viewer, "viewer");
    Scriptable object = (Scriptable) value;
    if (object instanceof WrapperShell) {
      WrapperShell shell = (WrapperShell) object;
      if (shell.viewer() == viewer && (!waived || shell.kind() == WrapperKind.WAIVER)) {
        return shell;
      }
      if (shell.viewer() != viewer && shell.kind() == WrapperKind.WAIVER && !waived) {
        // A waiver crosses only between same-origin compartments; anywhere else it arrives as the
        // receiver's normal wrapper.
        Principal from = shell.viewer().principal();
        waived = from.subsumes(viewer.principal()) && viewer.principal().subsumes(from);
      }
      object = shell.unsafeTarget();
    }
    // Only objects of other compartments are cached, so a hit needs no compartment lookup.
    WrapperShell cached = viewer.cache(waived).get(object);
    if (cached != null) {
      if (cached.isDead()) {
        throw Errors.dead();
      }
      return cached;
    }
    Compartment owner = compartmentOf(object);
    if (owner == viewer) {
      return object;
    }
    if (owner.isNuked() || viewer.isNuked()) {
      throw Errors.dead();
    }
    WrapperDecision decision =
        WrapperPolicy.decide(viewer.traits(), owner.traits(), false, ObjectKinds.classify(object), waived);
    if (waived && decision.kind() != WrapperKind.WAIVER) {
      return wrap(object, viewer, false);
    }
    WrapperShell shell =
        WrapperShell.create(
            viewer.primaryGlobal(), object, viewer, owner, decision.kind(), decision.objectKind());
    WrapperShell raced = viewer.cache(waived).putIfAbsent(object, shell);
    if (raced != null) {
      return raced;
    }
    if (auditListener != AuditListener.NONE) {
      auditListener.onEvent(
          new AuditEvent(
              AuditEvent.Type.WRAPPER_CREATED, viewer.principal(), owner.principal(), decision.kind(), "", ""));
    }
    return shell;
  }

  /**
   * Runs {@code action} as code of {@code global}'s compartment: while it runs, Rhino's running
   * global (the {@code this} of sloppy functions called without one, the realm of
   * %ThrowTypeError%) is {@code global}. Every entry into another compartment's code that does not
   * go through a wrapper (evaluating in a sandbox, calling an exported function's original,
   * delivering an event) must go through here.
   */
  public <T> T runIn(Scriptable global, java.util.function.Supplier<T> action) {
    Scriptable top = ScriptableObject.getTopLevelScope(global);
    Scriptable previous = dev.compartments.wrappers.internal.ContextScopes.enter(top);
    try {
      return action.get();
    } finally {
      dev.compartments.wrappers.internal.ContextScopes.exit(previous, top);
    }
  }

  /** What {@link WrapperPolicy#decide} picks for {@code viewer} and {@code object}, with its trace. */
  public WrapperDecision explain(Compartment viewer, Scriptable object, boolean waived) {
    Compartment owner = compartmentOf(object);
    return WrapperPolicy.decide(
        viewer.traits(), owner.traits(), viewer == owner, ObjectKinds.classify(object), waived);
  }

  /**
   * Cuts {@code compartment} off: every wrapper into or out of it becomes dead, and no new wrapper
   * into or out of it can be made.
   */
  public void nuke(Compartment compartment) {
    if (compartment == system) {
      throw new IllegalArgumentException("the shared system compartment cannot be nuked");
    }
    compartment.markNuked();
  }

  /** The compartments of this membrane that are still reachable. */
  public List<Compartment> compartments() {
    synchronized (compartments) {
      return List.copyOf(new ArrayList<>(compartments.keySet()));
    }
  }

  <G extends CompartmentGlobal> G initGlobal(G global) {
    Context cx = Context.getCurrentContext();
    if (cx != null && cx.getFactory() == contextFactory) {
      GlobalState.install(cx, global);
    } else {
      try (Context entered = contextFactory.enterContext()) {
        GlobalState.install(entered, global);
      }
    }
    global.compartment().addGlobal(global);
    return global;
  }
}
