package dev.compartments.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public instance method of a {@link HostClass} as a method scripts may call. Parameters
 * may be {@code String}, {@code double}, {@code int}, {@code long}, {@code boolean} or {@code
 * Object}; the result {@code void} or one of those. See {@link HostClassSpec#fromAnnotated}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HostMethod {
  /** The method's name in scripts; empty (the default) for the Java method's name. */
  String value() default "";
}
