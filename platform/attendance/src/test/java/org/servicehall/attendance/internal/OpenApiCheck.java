package org.servicehall.attendance.internal;

import java.util.List;
import java.util.Set;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI document of this module's REST resources, built with swagger's {@link Reader} as
 * platform/web builds {@code /api/openapi.json}, and real answers checked against it with the
 * swagger-request-validator library: what an integrator's generated client or validator sees.
 * Answers are written as the REST host writes them (Jackson with java.time as ISO-8601 text).
 */
final class OpenApiCheck {
    private static final ObjectMapper REST_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private final JsonNode document;
    private final OpenApiInteractionValidator validator;

    OpenApiCheck(Class<?>... resources) {
        String json;
        try {
            OpenAPI doc = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI().info(new Info().title("ServiceHall").version("1"))))
                    .read(Set.of(resources));
            json = Json.pretty(doc);
        } finally {
            ModelConverters.reset();
        }
        try {
            document = REST_JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
    }

    /** A property of a named schema of the document, e.g. ("MonthlyReport", "month"). */
    JsonNode property(String schema, String property) {
        return document.path("components").path("schemas").path(schema).path("properties").path(property);
    }

    /** The answer as the REST host writes it. */
    static String json(Object entity) {
        try {
            return REST_JSON.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the document says is wrong with the answer of {@code GET path}; empty when they agree.
     * A {@code null} where a value has none (a text, a time, an enum) is not counted here:
     * platform/web's document marks the reference-typed properties nullable for the whole API,
     * which swagger's plain Reader does not.
     */
    List<String> problemsOfGet(String path, Object entity) {
        String body = json(entity);
        ValidationReport report = validator.validateResponse(path, Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getMessage().contains("Instance type (null)") && !m.getMessage().contains("Instance value (null)")).map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
