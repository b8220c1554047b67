/**
 * Components and blueprints (DESIGN.md section 8).
 *
 * <p>A component is a package with a {@code component} section ({@link ComponentDescription}); its
 * id covers its description and every file. An API object ({@link ApiDescription}) names what a
 * component provides and what each endowment slot expects. A {@link Blueprint} wires components
 * into nodes; the {@link Checker} refuses every mis-wiring before anything runs; {@link Installer}
 * asks the blueprint's PowerBox {@link Question}s, validates the answers and builds the graph
 * bottom-up, each component in compartments of its own, endowed with exactly its wired slots.
 * Reviews ({@link Review}, {@link Panel}) sign a component's statement with Ed25519; the {@link
 * Catalog} keeps components, APIs and reviews in a local folder.
 */
package dev.compartments.components;
