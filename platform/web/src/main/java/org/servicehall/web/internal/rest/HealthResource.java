package org.servicehall.web.internal.rest;

import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/health}: whether the node serves, for load balancers and the run script. */
@Path("health")
@Tag(name = "platform")
public final class HealthResource {

    /** What the health check reports. */
    public record Health(String status, String version, int views, int resources) {
    }

    private final Supplier<Health> health;

    public HealthResource(Supplier<Health> health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether this node is up, with its version and how many screens and resources it serves")
    public Health get() {
        return health.get();
    }
}
