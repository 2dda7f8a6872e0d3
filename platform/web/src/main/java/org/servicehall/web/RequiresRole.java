package org.servicehall.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.servicehall.security.Role;

/**
 * The role a REST operation (method or whole resource class) requires. Callers authenticate with
 * HTTP Basic; a missing or wrong login answers 401, a missing role 403. Resources and methods
 * without it are public.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresRole {
    Role value();
}
