package org.servicehall.web.internal.rest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.servicehall.security.AccountService;
import org.servicehall.security.AuditLog;
import org.servicehall.security.PersonalDataService;
import org.servicehall.security.ApiTokenService;
import org.servicehall.security.SignInService;
import org.servicehall.web.ApiResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** Builds one generation of the REST application from the resources registered now (RECIPES R7). */
public final class ApiApplication {
    private static final Logger LOG = LoggerFactory.getLogger(ApiApplication.class);
    public static final String API_VERSION = "1.0.0";

    private ApiApplication() {
    }

    /** Without throttled sign-in, API tokens nor the security operations (tests of other areas' resources). */
    public static ResourceConfig build(List<ApiResource> contributed, AccountService accounts, HealthResource health) {
        return build(contributed, accounts, null, null, health);
    }

    /**
     * @param signIn the throttled sign-in of HTTP Basic callers (issue 16)
     * @param tokens the API tokens accepted as {@code Authorization: Bearer}; with {@code signIn}, also
     *        served as {@code /api/v1/security}
     */
    public static ResourceConfig build(List<ApiResource> contributed, AccountService accounts, SignInService signIn,
            ApiTokenService tokens, HealthResource health) {
        return build(contributed, accounts, signIn, tokens, null, null, health);
    }

    /**
     * The same, with refusals written to {@code audit} (S1, S2) and, with {@code personalData}, its
     * export and erasure served under {@code /api/v1/security/personal-data} (S3).
     */
    public static ResourceConfig build(List<ApiResource> contributed, AccountService accounts, SignInService signIn,
            ApiTokenService tokens, AuditLog audit, PersonalDataService personalData, HealthResource health) {
        ResourceConfig rc = new ResourceConfig();
        rc.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        rc.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(ServerProperties.BV_FEATURE_DISABLE, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // A fresh mapper per generation, so no cache pins an undeployed plugin's classes.
        rc.register(new JacksonJsonProvider(ApiJson.mapper()));
        rc.register(new RequestBodies());
        rc.register(new ProblemMappers.UserErrors());
        rc.register(new ProblemMappers.BadJson());
        rc.register(new ProblemMappers.Http());
        rc.register(new ProblemMappers.Unexpected());
        rc.register(new RoleFeature(accounts, signIn, tokens, audit));
        // META-INF/services lookup is off (R7): what it would find is registered by hand
        rc.register(org.glassfish.jersey.media.sse.SseFeature.class);
        rc.register(new org.glassfish.jersey.internal.inject.AbstractBinder() {
            @Override
            protected void configure() {
                // servlet async support, which server-sent events need
                bind(org.glassfish.jersey.servlet.async.AsyncContextDelegateProviderImpl.class)
                        .to(org.glassfish.jersey.servlet.spi.AsyncContextDelegateProvider.class);
            }
        });
        rc.register(health);
        Set<Class<?>> documented = new HashSet<>();
        documented.add(HealthResource.class);
        if (signIn != null && tokens != null) {
            rc.register(new SecurityResource(signIn, tokens, accounts, personalData));
            documented.add(SecurityResource.class);
        }
        for (ApiResource resource : contributed) {
            rc.register(resource);
            documented.add(resource.getClass());
        }
        rc.register(new OpenApiResource(() -> openApiJson(documented)));
        return rc;
    }

    /** Swagger keeps static converters and caches: one document is built at a time. */
    static synchronized String openApiJson(Set<Class<?>> classes) {
        try {
            OpenAPI base = new OpenAPI().info(new Info().title("ServiceHall API").version(API_VERSION)
                    .description("Queues, conduct, attendance and complaints of service-counter halls. "
                            + "Errors are application/problem+json; protected operations use HTTP Basic (throttled: "
                            + "too many failures lock the account or the client address, answered 429 with Retry-After) or a client's "
                            + "API token (Authorization: Bearer, scoped to one site and one role), and each "
                            + "operation's " + OpenApiRoles.ROLE_EXTENSION + " names the role it needs (or PUBLIC). "
                            + "A JSON body is required unless marked optional; its values must have the declared JSON types "
                            + "(no numbers for texts or dates, no texts for numbers); texts are at most their maxLength, "
                            + BodyRules.DEFAULT_MAX_TEXT + " characters if none is given, and hold no control or direction "
                            + "characters."));
            base.addServersItem(new io.swagger.v3.oas.models.servers.Server().url("/api"));
            NullableProperties nullable = new NullableProperties();
            ModelConverters.getInstance().addConverter(new TextSchemas());
            // added last, so it runs first and sees what the others made of each property
            ModelConverters.getInstance().addConverter(nullable);
            Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).prettyPrint(true));
            OpenAPI doc = reader.read(classes);
            nullable.markReferencedComponents(doc);
            OpenApiRoles.apply(doc, classes);
            return Json.pretty(doc);
        } catch (RuntimeException e) {
            LOG.error("OpenAPI document could not be built", e);
            return "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"ServiceHall API\",\"version\":\"" + API_VERSION + "\"},\"paths\":{}}";
        } finally {
            // swagger keeps static caches of model classes: clear them so removed plugins can be collected
            ModelConverters.reset();
            Json.mapper().getTypeFactory().clearCache();
        }
    }
}
