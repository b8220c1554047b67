/** The host API of Compartments (DESIGN.md sections 4 and 5). */
module dev.compartments.engine {
  requires transitive dev.compartments.wrappers;
  requires jdk.jfr;
  requires com.google.common;

  exports dev.compartments.engine;
}
