/**
 * Components and blueprints (DESIGN.md section 8): component descriptions and ids, API objects,
 * the blueprint checker and installer, PowerBox questions, Ed25519 review sign-offs and the local
 * catalog.
 */
module dev.compartments.components {
  requires transitive dev.compartments.loader;
  requires transitive com.google.gson;

  exports dev.compartments.components;
}
