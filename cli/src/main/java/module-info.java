/** The {@code compartments} command. */
module dev.compartments.cli {
  requires dev.compartments.principals;
  requires transitive dev.compartments.wrappers;
  requires dev.compartments.engine;
  requires dev.compartments.loader;
  requires dev.compartments.components;
  requires info.picocli;
  requires com.google.gson;
  requires com.google.common;
  // The statusbar example's Twitter-like server on loopback (dev.compartments.cli.demo).
  requires jdk.httpserver;

  opens dev.compartments.cli to info.picocli;

  exports dev.compartments.cli.conformance;
}
