/**
 * Implementation of origin parsing for {@code dev.compartments.principals}. Not exported; nothing
 * here is API.
 *
 * <p>Entry points: {@link dev.compartments.principals.internal.UrlParser#parse(String)} (a URL to
 * its origin, or the reason it has none), {@link dev.compartments.principals.internal.HostParser}
 * (domain, IPv4 and IPv6 host canonicalisation) and {@link
 * dev.compartments.principals.internal.Messages#quote(String)} (how error messages name inputs).
 */
package dev.compartments.principals.internal;
