package dev.compartments.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public instance method of a {@link HostClass} as the getter ({@code getX()} or {@code
 * isX()}, no parameters) or the setter ({@code setX(value)}, one parameter, {@code void}) of the
 * property {@code x}. A property needs a getter; without a setter it is read-only. Types as for
 * {@link HostMethod}. See {@link HostClassSpec#fromAnnotated}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HostProperty {
  /** The property's name in scripts; empty (the default) to derive it from the method's name. */
  String value() default "";
}
