/** Compartments on Rhino globals and the security wrappers between them (DESIGN.md section 3). */
module dev.compartments.wrappers {
  requires transitive dev.compartments.principals;
  requires transitive org.mozilla.rhino;
  requires com.google.common;

  exports dev.compartments.wrappers;

  uses org.mozilla.javascript.RegExpLoader;
}
