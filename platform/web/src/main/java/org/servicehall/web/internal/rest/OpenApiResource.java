package org.servicehall.web.internal.rest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/openapi.json}: the OpenAPI document of every resource registered now. */
@Path("openapi.json")
@Hidden
public final class OpenApiResource {
    private final String document;

    OpenApiResource(String document) {
        this.document = document;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return document;
    }
}
