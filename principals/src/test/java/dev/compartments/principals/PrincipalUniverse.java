package dev.compartments.principals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A finite universe of principals of all four kinds for checking laws exhaustively. Content
 * principals come from a small pool of schemes, hosts, ports and attributes, and expanded
 * principals are every short list over part of that pool, so that equal principals, members shared
 * between expanded principals and chains of subsumption all occur.
 */
final class PrincipalUniverse {
  /** Content principals: 2 schemes x 2 hosts x 2 ports x 2 attribute sets, plus about: and file:. */
  static final List<ContentPrincipal> CONTENT;

  /** The part of the content pool that expanded principals are built from. */
  static final List<ContentPrincipal> MEMBERS;

  /** Null principals: two with the same id (one parsed from the other), and others. */
  static final List<NullPrincipal> NULLS;

  /** Every list of one or two members over {@link #MEMBERS}, and every list of three over part. */
  static final List<ExpandedPrincipal> EXPANDED;

  /** System, all content, all null and all expanded principals above. */
  static final List<Principal> ALL;

  static {
    OriginAttributes container1 = OriginAttributes.DEFAULT.withUserContextId(1);
    List<ContentPrincipal> content = new ArrayList<>();
    for (String scheme : List.of("http", "https")) {
      for (String host : List.of("a.com", "b.com")) {
        for (String port : List.of("", ":8080")) {
          for (OriginAttributes attributes : List.of(OriginAttributes.DEFAULT, container1)) {
            content.add(Principal.content(scheme + "://" + host + port, attributes));
          }
        }
      }
    }
    content.add(Principal.content("about:config"));
    content.add(Principal.content("file:///home/a.html"));
    // A second, differently spelled instance of an origin already in the pool.
    content.add(Principal.content("HTTP://user@A.COM:80/x"));
    CONTENT = List.copyOf(content);

    MEMBERS =
        List.of(
            Principal.content("http://a.com"),
            Principal.content("https://a.com"),
            Principal.content("http://b.com"),
            Principal.content("https://a.com", container1),
            Principal.content("about:config"));

    NullPrincipal first = Principal.createNull();
    NULLS =
        List.of(
            first,
            (NullPrincipal) Principal.parse(first.origin()),
            Principal.createNull(),
            Principal.createNull(container1));

    List<ExpandedPrincipal> expanded = new ArrayList<>();
    for (ContentPrincipal x : MEMBERS) {
      expanded.add(Principal.expanded(List.of(x)));
      for (ContentPrincipal y : MEMBERS) {
        expanded.add(Principal.expanded(List.of(x, y)));
      }
    }
    List<ContentPrincipal> firstThree = MEMBERS.subList(0, 3);
    for (ContentPrincipal x : firstThree) {
      for (ContentPrincipal y : firstThree) {
        for (ContentPrincipal z : firstThree) {
          expanded.add(Principal.expanded(List.of(x, y, z)));
        }
      }
    }
    EXPANDED = List.copyOf(expanded);

    List<Principal> all = new ArrayList<>();
    all.add(Principal.system());
    all.addAll(CONTENT);
    all.addAll(NULLS);
    all.addAll(EXPANDED);
    ALL = List.copyOf(all);
  }

  private PrincipalUniverse() {}

  /**
   * Returns a random principal from a wider space than {@link #ALL}: expanded principals of up to
   * six members drawn from the whole content pool.
   */
  static Principal randomPrincipal(Random random) {
    int pick = random.nextInt(10);
    if (pick == 0) {
      return Principal.system();
    }
    if (pick < 4) {
      return CONTENT.get(random.nextInt(CONTENT.size()));
    }
    if (pick < 5) {
      return NULLS.get(random.nextInt(NULLS.size()));
    }
    int size = 1 + random.nextInt(6);
    List<ContentPrincipal> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<ContentPrincipal> pool = random.nextBoolean() ? MEMBERS : CONTENT;
      members.add(pool.get(random.nextInt(pool.size())));
    }
    return Principal.expanded(members);
  }
}
