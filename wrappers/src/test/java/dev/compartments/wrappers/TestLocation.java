package dev.compartments.wrappers;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;

/**
 * A test-only Location of a {@link TestWindow}: its parent scope is the window and its prototype
 * the window's {@code Object.prototype}, so it belongs to the window's compartment. Scripts of that
 * compartment read and write {@code href} as an ordinary property; the cross-origin wrapper calls
 * {@link #assignHref} and {@link #replace}, which are recorded.
 *
 * <p>Not thread-safe.
 */
final class TestLocation extends ScriptableObject implements CrossOriginLocation {
  private static final long serialVersionUID = 1L;

  private transient String href;
  /** Every {@link #assignHref} href, in order. */
  final transient List<String> assignments = new ArrayList<>();
  /** Every {@link #replace} url, in order. */
  final transient List<String> replacements = new ArrayList<>();

  TestLocation(TestWindow window, String href) {
    super(window, ScriptableObject.getObjectPrototype(window));
    this.href = requireNonNull(href, "href");
  }

  @Override
  public String getClassName() {
    return "Location";
  }

  String href() {
    return href;
  }

  /** Changes the href without recording a navigation (the window's own {@code location = ...}). */
  void setHrefForTesting(String newHref) {
    href = requireNonNull(newHref, "newHref");
  }

  @Override
  public void assignHref(String newHref) {
    assignments.add(newHref);
    href = newHref;
  }

  @Override
  public void replace(String url) {
    replacements.add(url);
    href = url;
  }

  // ---- href as same-compartment scripts see it ----

  @Override
  public Object get(String name, Scriptable start) {
    return "href".equals(name) ? href : super.get(name, start);
  }

  @Override
  public boolean has(String name, Scriptable start) {
    return "href".equals(name) || super.has(name, start);
  }

  @Override
  public void put(String name, Scriptable start, Object value) {
    if ("href".equals(name)) {
      assignHref(ScriptRuntime.toString(value));
    } else {
      super.put(name, start, value);
    }
  }
}
