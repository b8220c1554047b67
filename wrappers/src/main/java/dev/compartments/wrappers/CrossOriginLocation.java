package dev.compartments.wrappers;

/**
 * What a host Location lets another origin reach through a cross-origin wrapper: the {@code href}
 * setter and {@code replace}. See {@link CrossOriginWindow}.
 */
public interface CrossOriginLocation extends HostObject {
  @Override
  default ObjectKind hostObjectKind() {
    return ObjectKind.LOCATION;
  }

  /** Navigates to {@code href} (the {@code href} setter). */
  void assignHref(String href);

  /** Navigates to {@code url}, replacing the current history entry. */
  void replace(String url);
}
