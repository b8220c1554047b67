/**
 * Jetpack-style packages (DESIGN.md section 7): {@code package.json}, the manifest scanner, the
 * resolution of requires, and the manifest a loader enforces. Nothing here runs code.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.compartments.loader.Manifest#build(java.nio.file.Path)}: the manifest of a
 *       package folder, and {@link dev.compartments.loader.Manifest#toJson()}, its JSON form;
 *   <li>{@link dev.compartments.loader.ManifestReport}: the same with the human-readable report
 *       of {@code compartments manifest}, including the fix for direct uses of {@code Components};
 *   <li>{@link dev.compartments.loader.Scanner#scan(String)}: the line rules that find a module's
 *       requires and its uses of {@code Components};
 *   <li>{@link dev.compartments.loader.PackageSet#load(java.nio.file.Path)} and {@link
 *       dev.compartments.loader.PackageDescriptor}: a package, its dependencies under {@code
 *       packages/}, and what their {@code package.json} files say;
 *   <li>{@link dev.compartments.loader.LowLevelModule}: the loader's own modules, {@code sdk/xhr}
 *       and the rest.
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe. Caller mistakes, including a malformed package
 * folder or {@code package.json}, are {@link java.lang.IllegalArgumentException}s whose message
 * names the file and the bad field or value; problems in modules (a direct use of {@code
 * Components}, a require that does not resolve) are not exceptions but {@link
 * dev.compartments.loader.Problem}s of the manifest.
 */
package dev.compartments.loader;
