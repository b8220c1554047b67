/**
 * Principals and origins: the four principal kinds, the subsumes relation and their string forms.
 * Pure Java; depends only on Guava (for the public suffix list).
 */
module dev.compartments.principals {
  requires com.google.common;

  exports dev.compartments.principals;
}
