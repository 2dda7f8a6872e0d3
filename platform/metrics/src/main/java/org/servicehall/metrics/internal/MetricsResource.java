package org.servicehall.metrics.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.SignInService;
import org.servicehall.web.ApiResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * {@code GET /api/metrics}: the node's metrics in Prometheus' text format, for a scraper with the
 * configured token or an administrator. Being in the REST application, it also times the
 * application's operations: as a JAX-RS {@code DynamicFeature} it adds {@link RequestTimings}'
 * filters to every resource method when the REST host builds the application (the host registers
 * each {@link ApiResource} with Jersey, which takes a resource that is also a provider as both).
 */
@Component(service = ApiResource.class, configurationPid = MetricsConfig.PID)
@Path("metrics")
@Tag(name = "metrics")
public final class MetricsResource implements ApiResource, DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsResource.class);
    /** Prometheus' text exposition format. */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final HallMeters meters;
    private final SiteGauges gauges;
    private final ScrapeAccess access;
    private final RequestTimings timings;

    @Activate
    public MetricsResource(MetricsConfig config, @Reference HallMeters meters, @Reference SiteGauges gauges,
            @Reference SignInService signIn) {
        this(meters, gauges, new ScrapeAccess(config.scrapeToken(), signIn::signIn));
        if (!config.scrapeToken().isBlank() && !access.hasToken()) {
            LOG.warn("metrics: scrapeToken in etc/{}.cfg is shorter than {} characters and is not accepted", MetricsConfig.PID,
                    ScrapeAccess.MIN_TOKEN);
        }
    }

    MetricsResource(HallMeters meters, SiteGauges gauges, ScrapeAccess access) {
        this.meters = meters;
        this.gauges = gauges;
        this.access = access;
        this.timings = new RequestTimings(meters.registry());
    }

    @GET
    @Produces(TEXT_FORMAT)
    @Operation(summary = "The node's metrics (Prometheus text format)", description = "Per-site gauges (waiting, longest wait, open "
            + "and staffed windows, open cases by light), counters of the domain events, REST latencies per operation, JVM and "
            + "connection pool figures. Needs 'Authorization: Bearer <scrapeToken>' (etc/org.servicehall.metrics.cfg) or an "
            + "administrator's HTTP Basic login (of every site); 401 without either, 403 with a wrong one.",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-servicehall-role", value = "ADMIN")), responses = {
                    @ApiResponse(responseCode = "200", description = "the metrics in Prometheus' text format", content = @Content(mediaType = "text/plain", schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "401", description = "no token nor login"),
                    @ApiResponse(responseCode = "403", description = "a wrong token or login") })
    public String scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context ContainerRequestContext request) {
        access.check(authorization, clientAddress(request));
        gauges.refresh();
        return meters.scrape();
    }

    /**
     * The client's address as the web bundle's security filter noted it for the sign-in's throttling
     * (the request attribute {@value #CLIENT_ADDRESS}), or null.
     */
    private static String clientAddress(ContainerRequestContext request) {
        Object address = request == null ? null : request.getProperty(CLIENT_ADDRESS);
        return address == null ? null : address.toString();
    }

    /** The request attribute with the client's address (the web bundle's {@code SecurityHeaders}). */
    static final String CLIENT_ADDRESS = "org.servicehall.web.clientAddress";

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        timings.configure(resourceInfo, context);
    }
}
