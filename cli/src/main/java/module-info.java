/** The {@code compartments} command. */
module dev.compartments.cli {
  requires dev.compartments.principals;
  requires info.picocli;
  requires com.google.gson;
  requires com.google.common;

  opens dev.compartments.cli to info.picocli;

  exports dev.compartments.cli.conformance;
}
