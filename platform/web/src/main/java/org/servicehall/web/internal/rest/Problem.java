package org.servicehall.web.internal.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail: the body of every error response of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldProblem(String field, String message) {
    }

    public static Response response(int status, String title, String detail, List<FieldProblem> errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors)).build();
    }
}
