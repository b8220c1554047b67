package dev.compartments.wrappers;

import dev.compartments.principals.Principal;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** A membrane with globals of chosen principals, and helpers to run scripts in them. */
final class Fixture implements AutoCloseable {
  final Membrane membrane = Membrane.create();
  final Context cx = membrane.contextFactory().enterContext();

  CompartmentGlobal global(Principal principal) {
    return global(new CompartmentTraits(principal, true, true));
  }

  CompartmentGlobal global(CompartmentTraits traits) {
    return membrane.compartmentFor(traits, traits.principal().origin(), false).newGlobal();
  }

  CompartmentGlobal freshGlobal(CompartmentTraits traits) {
    return membrane.newCompartment(traits, traits.principal().origin()).newGlobal();
  }

  CompartmentGlobal system() {
    return global(Principal.system());
  }

  CompartmentGlobal content(String origin) {
    return global(Principal.content(origin));
  }

  Object eval(Scriptable global, String source) {
    return cx.evaluateString(global, source, "test.js", 1, null);
  }

  /** Makes {@code from}'s global visible as {@code name} in {@code viewer}, through the membrane. */
  void expose(CompartmentGlobal viewer, String name, Object value) {
    ScriptableObject.putProperty(viewer, name, membrane.wrap(value, viewer.compartment()));
  }

  @Override
  public void close() {
    cx.close();
  }
}
