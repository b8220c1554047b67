/**
 * What the statusbar example (DESIGN.md section 8, {@code examples/statusbar}) runs against: a
 * Twitter-like HTTP service on loopback, so the example's stack can be built and driven end to end
 * without leaving the machine.
 *
 * <p>Entry point: {@link dev.compartments.cli.demo.TwitterLikeServer} ({@link
 * dev.compartments.cli.demo.TwitterLikeServer#withToken}, {@link
 * dev.compartments.cli.demo.TwitterLikeServer#start}, {@link
 * dev.compartments.cli.demo.TwitterLikeServer#receive}, {@link
 * dev.compartments.cli.demo.TwitterLikeServer#requests}).
 */
package dev.compartments.cli.demo;
