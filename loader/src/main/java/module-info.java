/**
 * Jetpack-style packages (DESIGN.md section 7): {@code package.json}, the manifest scanner and its
 * resolution rules. Exports only the API package; {@code dev.compartments.loader.internal} is not
 * API.
 */
// "module": the qualified export names a module this one cannot see while it compiles.
@SuppressWarnings("module")
module dev.compartments.loader {
  requires dev.compartments.principals;
  requires transitive dev.compartments.engine;
  requires java.net.http;
  requires com.google.gson;

  exports dev.compartments.loader;
  // Strict JSON reading (duplicate keys refused) for component descriptions and blueprints.
  exports dev.compartments.loader.internal to dev.compartments.components, dev.compartments.cli;
}
