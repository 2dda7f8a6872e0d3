package org.servicehall.web;

/**
 * Marks an OSGi service that is a JAX-RS resource (annotated with {@code jakarta.ws.rs.Path}):
 * the console serves it under {@code /api} and lists it in {@code /api/openapi.json} while it
 * is registered. Protect operations with {@link RequiresRole}; user errors thrown as
 * {@link org.servicehall.common.HallException} become {@code application/problem+json}
 * responses naming the problem.
 */
public interface ApiResource {
}
