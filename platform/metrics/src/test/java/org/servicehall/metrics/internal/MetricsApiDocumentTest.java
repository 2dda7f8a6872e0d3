package org.servicehall.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** Issue 17: the metrics operation's part of /api/openapi.json is a valid OpenAPI document (the conformance test reads it). */
class MetricsApiDocumentTest {
    @Test
    void theMetricsOperationIsDocumentedValidly() {
        String json;
        try {
            OpenAPI doc = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI().info(new Info().title("ServiceHall").version("1"))))
                    .read(Set.of(MetricsResource.class));
            json = Json.pretty(doc);
        } finally {
            ModelConverters.reset();
        }
        SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, null);
        List<String> messages = parsed.getMessages() == null ? List.of() : parsed.getMessages();
        assertEquals(List.of(), messages, json);
        assertTrue(json.contains("\"/metrics\""), json);
        assertTrue(json.contains("text/plain"), json);
    }
}
