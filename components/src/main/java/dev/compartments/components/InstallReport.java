package dev.compartments.components;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Whether a review panel approves every component of a stack, and if not, what each unapproved
 * component would be given (DESIGN.md section 8). An immutable value, computed once when built;
 * thread-safe.
 *
 * <p>The caller lists one {@link Entry} per node of the stack with the authority the node would
 * receive, in human words ({@code "chrome"}, {@code "RestrictedXHR from node xhr"}). {@link
 * #render} prints:
 *
 * <pre>{@code
 * not approved by panel core-reviewers: 1 of 3 components unapproved
 *   xhr: restricted-xhr 3f2a9c01b2d4 would receive: chrome
 *     reason: no review
 * }</pre>
 *
 * <p>or, when every component is approved, the single line {@code approved: every component is
 * signed by panel core-reviewers}. Components are counted per entry: a component used by two nodes
 * counts, and is listed, twice.
 */
public final class InstallReport {
  private final Panel panel;
  private final List<Entry> entries;
  /** Parallel to {@link #entries}: why each entry's component is not approved, or null if it is. */
  private final List<String> reasons;

  private InstallReport(Panel panel, List<Entry> entries, List<String> reasons) {
    this.panel = panel;
    this.entries = entries;
    this.reasons = reasons;
  }

  /**
   * Checks every entry's component against {@code panel} with the available {@code reviews}.
   *
   * @throws NullPointerException naming a null argument or element
   */
  public static InstallReport of(Panel panel, Collection<Review> reviews, List<Entry> entries) {
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(reviews, "reviews");
    Objects.requireNonNull(entries, "entries");
    List<Review> available = List.copyOf(reviews);
    List<Entry> copied = List.copyOf(entries);
    List<String> reasons = new ArrayList<>();
    for (Entry entry : copied) {
      reasons.add(panel.whyNotApproved(entry.component(), available).orElse(null));
    }
    return new InstallReport(panel, copied, Collections.unmodifiableList(reasons));
  }

  /** The panel the stack was checked against. */
  public Panel panel() {
    return panel;
  }

  /** Every entry, in the order given. */
  public List<Entry> entries() {
    return entries;
  }

  /** Whether the panel approves every entry's component. */
  public boolean approved() {
    return reasons.stream().allMatch(Objects::isNull);
  }

  /** The entries whose component the panel does not approve, in the order given. */
  public List<Entry> unapproved() {
    List<Entry> unapproved = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (reasons.get(i) != null) {
        unapproved.add(entries.get(i));
      }
    }
    return List.copyOf(unapproved);
  }

  /**
   * Why the panel does not approve {@code entry}'s component ({@link Panel#whyNotApproved}), or
   * empty text when it does.
   *
   * @throws IllegalArgumentException if {@code entry} is not one of this report's entries
   */
  public String reason(Entry entry) {
    Objects.requireNonNull(entry, "entry");
    int index = entries.indexOf(entry);
    if (index < 0) {
      throw new IllegalArgumentException("node " + entry.node() + " is not an entry of this report");
    }
    return reasons.get(index) == null ? "" : reasons.get(index);
  }

  /** The report as text, one line per item, each ending with a newline; see the class comment. */
  public String render() {
    StringBuilder out = new StringBuilder();
    if (approved()) {
      out.append("approved: every component is signed by panel ").append(panel.name()).append('\n');
      return out.toString();
    }
    out.append("not approved by panel ")
        .append(panel.name())
        .append(": ")
        .append(unapproved().size())
        .append(" of ")
        .append(entries.size())
        .append(" components unapproved\n");
    for (int i = 0; i < entries.size(); i++) {
      if (reasons.get(i) == null) {
        continue;
      }
      Entry entry = entries.get(i);
      out.append("  ")
          .append(entry.node())
          .append(": ")
          .append(entry.component().name())
          .append(' ')
          .append(entry.component().shortId())
          .append(" would receive: ")
          .append(entry.authority().isEmpty() ? "nothing" : String.join(", ", entry.authority()))
          .append('\n');
      out.append("    reason: ").append(reasons.get(i)).append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * One node of the stack.
   *
   * @param node the node's name in the blueprint
   * @param component the component it instantiates
   * @param authority what the node would receive, in human words, in the order to print
   */
  public record Entry(String node, ComponentDescription component, List<String> authority) {
    /** Copies {@code authority}. */
    public Entry {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(component, "component");
      authority = List.copyOf(authority);
    }
  }
}
