package dev.compartments.cli.conformance;

import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.CompartmentGlobal;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The membrane invariant the matrix checks after every case: no raw object of another compartment
 * is reachable from the viewer.
 *
 * <p>The check walks, breadth first and to a bounded depth, from its roots (the viewer's global and
 * the operation's result) through prototypes, parent scopes and own property values (getters and
 * setters of accessors instead of their values, so no script code runs). Every object it meets must
 * belong to the viewer's compartment, which for a wrapper means that the viewer holds it. It reads
 * only raw objects of the viewer: it never descends into a wrapper, since that would run the
 * wrapper's own operations.
 *
 * <p>One exception, for a quirk of Rhino: a few standard prototypes of every global ({@code
 * Script.prototype}, {@code __GeneratorFunction.prototype}) are made without a parent scope, so the
 * membrane counts them in no compartment. The prototype of a constructor that is an own property of
 * a root global of the viewer, and has no parent scope, is taken as the viewer's own.
 *
 * <p>Not thread-safe as the Rhino objects it reads are not; call it on the thread that ran the case,
 * with its context entered.
 */
public final class Invariant {
  /** How many steps from a root the walk goes. */
  public static final int MAX_DEPTH = 3;

  private Invariant() {}

  /**
   * One object met by the walk, and how it was reached: {@code via} is a root's name, a property
   * key (a String or an Integer index), or one of the markers below; {@code accessor} says whether
   * it is the getter or setter of that property. The path is spelled only for a violation.
   */
  private record Step(Scriptable object, Step from, Object via, String accessor, int depth) {
    String path() {
      List<String> parts = new ArrayList<>();
      for (Step s = this; s != null; s = s.from) {
        String part;
        if (s.from == null || s.via == PROTOTYPE || s.via == SCOPE) {
          part = s.from == null ? (String) s.via : "." + s.via;
        } else {
          part = s.via instanceof Integer ? "[" + s.via + "]" : "." + s.via;
        }
        parts.add(part + s.accessor);
      }
      Collections.reverse(parts);
      return String.join("", parts);
    }
  }

  private static final String PROTOTYPE = "[[Prototype]]";
  private static final String SCOPE = "[[Scope]]";

  /**
   * The objects reachable from {@code roots} (named by their keys) that are neither raw objects of
   * {@code viewer} nor wrappers it holds, each described with its path; empty if there are none.
   */
  public static List<String> violations(Membrane membrane, Compartment viewer, Map<String, ?> roots) {
    Set<Scriptable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Scriptable> parentless = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Step> queue = new ArrayDeque<>();
    roots.forEach(
        (name, root) -> {
          if (root instanceof Scriptable) {
            queue.add(new Step((Scriptable) root, null, name, "", 0));
            if (root instanceof CompartmentGlobal && ((CompartmentGlobal) root).compartment() == viewer) {
              parentless.addAll(parentlessPrototypes((CompartmentGlobal) root));
            }
          }
        });
    List<String> violations = new ArrayList<>();
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      Scriptable object = step.object();
      if (!seen.add(object)) {
        continue;
      }
      Compartment compartment = membrane.compartmentOf(object);
      boolean wrapper = Wrappers.isWrapper(object);
      if (compartment != viewer && !parentless.contains(object)) {
        violations.add(
            step.path()
                + (wrapper ? " is a wrapper held by " : " is a raw object of ")
                + compartment.name());
        continue;
      }
      if (wrapper || step.depth() >= MAX_DEPTH) {
        continue;
      }
      enqueue(queue, object.getPrototype(), step, PROTOTYPE, "");
      enqueue(queue, object.getParentScope(), step, SCOPE, "");
      for (Object id : ids(object)) {
        String name = id instanceof String ? (String) id : null;
        int index = id instanceof Integer ? (Integer) id : 0;
        if (name == null && !(id instanceof Integer)) {
          continue;
        }
        if (object instanceof ScriptableObject) {
          ScriptableObject so = (ScriptableObject) object;
          Object getter = so.getGetterOrSetter(name, index, so, false);
          Object setter = so.getGetterOrSetter(name, index, so, true);
          if (getter instanceof Scriptable || setter instanceof Scriptable) {
            enqueue(queue, getter, step, id, "<get>");
            enqueue(queue, setter, step, id, "<set>");
            continue;
          }
        }
        Object value;
        try {
          value = name != null ? object.get(name, object) : object.get(index, object);
        } catch (RuntimeException e) {
          // A builtin that refuses to be read off its prototype holds nothing to reach.
          continue;
        }
        enqueue(queue, value, step, id, "");
      }
    }
    return violations;
  }

  /** The prototypes of {@code global}'s own constructors that Rhino made without a parent scope. */
  private static List<Scriptable> parentlessPrototypes(CompartmentGlobal global) {
    List<Scriptable> found = new ArrayList<>();
    for (Object id : global.getAllIds()) {
      if (!(id instanceof String)) {
        continue;
      }
      Object constructor = global.get((String) id, global);
      if (constructor instanceof Function && !Wrappers.isWrapper(constructor)) {
        Object prototype = ((Function) constructor).get("prototype", (Function) constructor);
        if (prototype instanceof Scriptable && ((Scriptable) prototype).getParentScope() == null) {
          found.add((Scriptable) prototype);
        }
      }
    }
    return found;
  }

  private static Object[] ids(Scriptable object) {
    return object instanceof ScriptableObject ? ((ScriptableObject) object).getAllIds() : object.getIds();
  }

  private static void enqueue(Deque<Step> queue, Object value, Step from, Object via, String accessor) {
    if (value instanceof Scriptable) {
      queue.add(new Step((Scriptable) value, from, via, accessor, from.depth() + 1));
    }
  }
}
