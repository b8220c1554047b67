/**
 * Implementation of {@code dev.compartments.loader}. Not exported; nothing here is API.
 *
 * <p>Entry points: {@link dev.compartments.loader.internal.ManifestBuilder#build} (walks the
 * modules from the main one), {@link dev.compartments.loader.internal.Resolver} (the resolution
 * order of requires), {@link dev.compartments.loader.internal.Json} (strict reading, stable
 * writing) and {@link dev.compartments.loader.internal.ModulePaths} (the shape of package names
 * and module paths).
 */
package dev.compartments.loader.internal;
