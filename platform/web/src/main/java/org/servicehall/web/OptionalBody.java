package org.servicehall.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource method's entity parameter whose body may be left out (an optional note on a
 * decision). Without it, a missing body, an empty one or JSON {@code null} is refused with a 400
 * "request body is required" before the method runs, and the OpenAPI document says the body is
 * required.
 *
 * @since 1.3
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OptionalBody {
}
