package dev.compartments.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public Java class as the peer type of a host native class named {@link #value()}; its
 * {@link HostMethod} and {@link HostProperty} methods are the class's members. Read by {@link
 * HostClassSpec#fromAnnotated}; nothing else of the Java class is ever visible to scripts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HostClass {
  /** The class's name in scripts ({@code Counter}): a JavaScript identifier. */
  String value();
}
