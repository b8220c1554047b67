/**
 * Principals: the security identities that compartments act for, modelled on Gecko's {@code
 * caps/} ({@code nsIPrincipal}, {@code BasePrincipal}, {@code OriginAttributes}). Pure Java; knows
 * nothing of script engines.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.compartments.principals.Principal}: the four kinds, their factories ({@code
 *       system()}, {@code fromUrl}, {@code content}, {@code createNull}, {@code expanded}), the
 *       {@code subsumes} relation and {@code parse} of every string form;
 *   <li>{@link dev.compartments.principals.ContentPrincipal} and {@link
 *       dev.compartments.principals.ExpandedPrincipal}: origin and allowlist accessors;
 *   <li>{@link dev.compartments.principals.OriginAttributes}: the attributes that partition an
 *       origin, and their {@code ^suffix} form;
 *   <li>{@link dev.compartments.principals.Origins#normalize(String)}: the origin of a URL.
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe. Every caller mistake, including a null
 * argument, is an {@link java.lang.IllegalArgumentException} whose message names the bad value and
 * what was expected.
 */
package dev.compartments.principals;
