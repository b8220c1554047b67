/** The {@code compartments} command. */
module dev.compartments.cli {
  requires dev.compartments.principals;
  requires transitive dev.compartments.wrappers;
  requires dev.compartments.engine;
  requires dev.compartments.loader;
  requires info.picocli;
  requires com.google.gson;
  requires com.google.common;

  opens dev.compartments.cli to info.picocli;

  exports dev.compartments.cli.conformance;
}
