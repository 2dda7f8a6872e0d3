package org.servicehall.web.internal.rest;

import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/openapi.json}: the OpenAPI document of every resource registered now. Built when
 * first asked for, not with each generation of the REST application: while a node starts, resources
 * arrive in bursts and each rebuild would otherwise read every resource's annotations again (issue 17,
 * cold start).
 */
@Path("openapi.json")
@Hidden
public final class OpenApiResource {
    private final Supplier<String> build;
    private volatile String document;

    OpenApiResource(Supplier<String> build) {
        this.build = build;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        String d = document;
        if (d == null) {
            synchronized (this) {
                if (document == null) {
                    document = build.get();
                }
                d = document;
            }
        }
        return d;
    }
}
