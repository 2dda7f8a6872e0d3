package org.servicehall.casework.internal.rest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.ProgressQuery;
import org.servicehall.web.ApiResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/casework/public/progress}: the applicant's progress query, no login (T3): the
 * stage, the deadline and what is missing; never personal data. A wrong number or wrong digits
 * get the answer of an unknown case (404).
 */
@Component(service = ApiResource.class)
@Path("v1/casework/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class ProgressResource implements ApiResource {
    private final ProgressQuery progress;

    @Activate
    public ProgressResource(@Reference ProgressQuery progress) {
        this.progress = progress;
    }

    @GET
    @Path("progress")
    @Operation(summary = "A case's progress by its number and the last 4 digits of the applicant's phone or ID number (T3)")
    public ProgressQuery.Progress progress(@QueryParam("number") String number, @QueryParam("digits") String digits) {
        return progress.progress(number, digits);
    }
}
