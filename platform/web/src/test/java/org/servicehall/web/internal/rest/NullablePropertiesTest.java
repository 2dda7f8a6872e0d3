package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Issue 10 item 8: the document marks as nullable what JSON writes as null (a text, a time, a
 * boxed number, an enum, a nested record without a value); primitives and required fields stay
 * plain, so a validator still refuses a null or a string where a number is promised.
 */
class NullablePropertiesTest {
    public enum Stage { ACCEPTANCE, FEEDBACK }

    public record Leave(String reason) {
    }

    public record Post(long id, int window, @JsonProperty(required = true) String staffNumber, String note, Instant clockOut,
            Integer ratingId, Stage stage, Leave leave, List<String> reasons, double share, YearMonth month) {
    }

    @Path("v1/posts")
    public static final class Posts {
        @GET
        public Post post() {
            return null;
        }
    }

    @Test
    void referenceTypedPropertiesAreNullablePrimitivesAndRequiredOnesNot() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(ApiApplication.openApiJson(Set.of(Posts.class)));
        JsonNode post = doc.path("components").path("schemas").path("Post").path("properties");
        for (String nullable : List.of("note", "clockOut", "ratingId", "stage", "reasons", "share")) {
            assertTrue(post.path(nullable).path("nullable").asBoolean(), nullable + " is nullable: " + post.path(nullable));
        }
        for (String plain : List.of("id", "window", "staffNumber")) {
            assertFalse(post.path(plain).path("nullable").asBoolean(), plain + " is not nullable: " + post.path(plain));
        }
        // OpenAPI 3.0 ignores nullable beside a $ref: the referenced component says it
        assertEquals("#/components/schemas/Leave", post.path("leave").path("$ref").asText());
        assertTrue(doc.path("components").path("schemas").path("Leave").path("nullable").asBoolean());
    }

    /** A month is written as the text 2026-11, so the document says a text of that pattern, not swagger's YearMonth object. */
    @Test
    void aMonthIsDocumentedAsItsText() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(ApiApplication.openApiJson(Set.of(Posts.class)));
        JsonNode month = doc.path("components").path("schemas").path("Post").path("properties").path("month");
        assertEquals("string", month.path("type").asText(), month.toString());
        assertEquals("^\\d{4}-\\d{2}$", month.path("pattern").asText());
        assertTrue(month.path("nullable").asBoolean(), month.toString());
        assertFalse(doc.path("components").path("schemas").has("YearMonth"), "no object schema for YearMonth");
    }
}
