package dev.compartments.conformance.escape;

import dev.compartments.principals.Principal;
import java.util.List;

/**
 * Who runs a hostile script: a less privileged global than the system fixture that endows it. The
 * three sandbox kinds see system objects by the same rules (DESIGN.md section 3: "B is system, A is
 * not"); the window also faces windows of other origins.
 */
enum Attacker {
  /** A sandbox of {@code https://evil.example}. */
  CONTENT,
  /** A sandbox of a fresh null principal. */
  NULL,
  /** A sandbox of the expanded principal {@code [https://evil.example, https://other.example]}. */
  EXPANDED,
  /**
   * The window {@code https://a.example/}, whose child frame {@code bee} is {@code
   * https://b.example/} with a child frame {@code sea} of {@code https://c.example/}.
   */
  WINDOW;

  static final String WINDOW_URL = "https://a.example/";
  static final String FRAME_URL = "https://b.example/";
  static final String GRANDCHILD_URL = "https://c.example/";

  /** The principal of a sandbox attacker. */
  Principal sandboxPrincipal() {
    switch (this) {
      case CONTENT:
        return Principal.fromUrl("https://evil.example");
      case NULL:
        return Principal.createNull();
      case EXPANDED:
        return Principal.expanded(
            List.of(Principal.fromUrl("https://evil.example"), Principal.fromUrl("https://other.example")));
      default:
        throw new IllegalStateException(this + " is not a sandbox");
    }
  }
}
