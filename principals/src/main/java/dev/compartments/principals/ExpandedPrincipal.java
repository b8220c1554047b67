package dev.compartments.principals;

import static dev.compartments.principals.internal.Messages.checkNotNull;
import static dev.compartments.principals.internal.Messages.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An expanded principal: an ordered, non-empty list of content principals (its allowlist) whose
 * authority it holds together, as given to a sandbox created with an array of origins. Immutable
 * and thread-safe.
 *
 * <p>It subsumes a non-expanded principal when one of its members does (so exactly its members),
 * and another expanded principal when it subsumes every member of that one. Only the system
 * principal and expanded principals subsume an expanded principal.
 *
 * <p>Its string form is {@code [Expanded Principal [o1, o2]]}, the members' string forms (with
 * their suffixes) in order. Two expanded principals are equal when they have equal members in the
 * same order. Duplicate members are kept, as Gecko keeps them.
 */
public final class ExpandedPrincipal implements Principal {
  static final String PREFIX = "[Expanded Principal [";
  private static final String END = "]]";
  private static final String SEPARATOR = ", ";

  private final List<ContentPrincipal> allowlist;
  private final String origin;

  private ExpandedPrincipal(List<ContentPrincipal> allowlist) {
    this.allowlist = List.copyOf(allowlist);
    List<String> origins = new ArrayList<>(allowlist.size());
    for (ContentPrincipal member : allowlist) {
      origins.add(member.origin());
    }
    this.origin = PREFIX + String.join(SEPARATOR, origins) + END;
  }

  static ExpandedPrincipal of(List<? extends Principal> givenMembers) {
    checkNotNull(givenMembers, "The members of an expanded principal");
    // Copied first, so that what is checked is what is kept (ArrayList, unlike List.copyOf,
    // accepts the null members that are reported below).
    List<Principal> members = new ArrayList<>(givenMembers);
    if (members.isEmpty()) {
      throw new IllegalArgumentException(
          "An expanded principal needs at least one member, got an empty list");
    }
    List<ContentPrincipal> allowlist = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      Principal member = checkNotNull(members.get(i), "Member " + i + " of an expanded principal");
      switch (member.kind()) {
        case CONTENT:
          allowlist.add((ContentPrincipal) member);
          break;
        case SYSTEM:
          throw new IllegalArgumentException(
              "A system principal cannot be a member of an expanded principal (member " + i + ")");
        default:
          throw new IllegalArgumentException(
              "An expanded principal's members must be content principals, but member "
                  + i
                  + " is "
                  + member.origin());
      }
    }
    return new ExpandedPrincipal(allowlist);
  }

  /** Parses {@code [Expanded Principal [o1, o2]]}, members being serialized content principals. */
  static ExpandedPrincipal parse(String serialized) {
    if (!serialized.endsWith(END) || serialized.length() < PREFIX.length() + END.length()) {
      throw new IllegalArgumentException(
          "Malformed expanded principal "
              + quote(serialized)
              + ": expected [Expanded Principal [o1, o2]], with a final \"]]\"");
    }
    String members = serialized.substring(PREFIX.length(), serialized.length() - END.length());
    if (members.isEmpty()) {
      throw new IllegalArgumentException(
          "Malformed expanded principal "
              + quote(serialized)
              + ": expected at least one member in [Expanded Principal [o1, o2]]");
    }
    // No serialized origin contains a space, so ", " separates members unambiguously.
    List<ContentPrincipal> allowlist = new ArrayList<>();
    for (String member : members.split(SEPARATOR, -1)) {
      try {
        allowlist.add(ContentPrincipal.parse(member));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Malformed expanded principal "
                + quote(serialized)
                + ": expected members that are serialized content principals, but "
                + e.getMessage(),
            e);
      }
    }
    return new ExpandedPrincipal(allowlist);
  }

  /** Returns the members, in the order given; the list is immutable. */
  public List<ContentPrincipal> allowlist() {
    return allowlist;
  }

  @Override
  public Kind kind() {
    return Kind.EXPANDED;
  }

  /** Returns {@code [Expanded Principal [o1, o2]]}. */
  @Override
  public String origin() {
    return origin;
  }

  /**
   * Returns whether this principal subsumes {@code other}: for an expanded {@code other}, whether
   * it subsumes every member of it; otherwise, whether some member subsumes it.
   *
   * @throws IllegalArgumentException if {@code other} is null
   */
  @Override
  public boolean subsumes(Principal other) {
    checkNotNull(other, "The principal to compare with");
    if (other instanceof ExpandedPrincipal) {
      return ((ExpandedPrincipal) other).allowlist.stream().allMatch(this::subsumes);
    }
    return allowlist.stream().anyMatch(member -> member.subsumes(other));
  }

  /** Returns empty: an expanded principal has no site. */
  @Override
  public Optional<String> site() {
    return Optional.empty();
  }

  /** Expanded principals are equal when they have equal members in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ExpandedPrincipal
        && allowlist.equals(((ExpandedPrincipal) other).allowlist);
  }

  @Override
  public int hashCode() {
    return allowlist.hashCode();
  }

  @Override
  public String toString() {
    return origin;
  }
}
