package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.security.Role;
import org.servicehall.web.OptionalBody;
import org.servicehall.web.RequiresRole;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

/** Issue 10 item 9: the OpenAPI document says which operations need which role, from the @RequiresRole the API enforces. */
class OpenApiRolesTest {

    public record Draft(@JsonProperty(required = true) String phrase, @Schema(maxLength = 200) String suggestion) {
    }

    public record Note(String note) {
    }

    @Path("v1/things")
    public static final class Mixed {
        @GET
        @Path("{code: [A-Z]+}/rules")
        public String rules(@PathParam("code") String code) {
            return "";
        }

        @POST
        @Path("{code}/rules")
        @Consumes(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.ADMIN)
        public Draft add(@PathParam("code") String code, Draft d) {
            return d;
        }

        @POST
        @Path("{code}/rules/{id}/confirm")
        @Consumes(MediaType.APPLICATION_JSON)
        @RequiresRole(Role.SUPERVISOR)
        public String confirm(@PathParam("code") String code, @PathParam("id") long id, @OptionalBody Note note) {
            return "";
        }
    }

    @Path("v1/staff-only")
    @RequiresRole(Role.STAFF)
    public static final class StaffOnly {
        @GET
        public String list() {
            return "";
        }

        @DELETE
        @Path("{id}")
        @RequiresRole(Role.ADMIN)
        public void remove(@PathParam("id") long id) {
        }

        @PUT
        @Path("{id}")
        @Consumes(MediaType.APPLICATION_JSON)
        public Note put(@PathParam("id") long id, Note note) {
            return note;
        }
    }

    private static JsonNode document() throws Exception {
        Set<Class<?>> classes = new LinkedHashSet<>(List.of(Mixed.class, StaffOnly.class));
        return new ObjectMapper().readTree(ApiApplication.openApiJson(classes));
    }

    @Test
    void everyOperationNamesItsRoleOrPublic_S1() throws Exception {
        JsonNode paths = document().path("paths");
        assertEquals("PUBLIC", paths.path("/v1/things/{code}/rules").path("get").path("x-servicehall-role").asText());
        assertEquals("ADMIN", paths.path("/v1/things/{code}/rules").path("post").path("x-servicehall-role").asText());
        assertEquals("SUPERVISOR", paths.path("/v1/things/{code}/rules/{id}/confirm").path("post").path("x-servicehall-role").asText());
        assertEquals("STAFF", paths.path("/v1/staff-only").path("get").path("x-servicehall-role").asText(), "from the class");
        assertEquals("ADMIN", paths.path("/v1/staff-only/{id}").path("delete").path("x-servicehall-role").asText(), "the method's wins");
        assertEquals("STAFF", paths.path("/v1/staff-only/{id}").path("put").path("x-servicehall-role").asText());
    }

    @Test
    void protectedOperationsNeedHttpBasicAndPublicOnesSaySoExplicitly_S1() throws Exception {
        JsonNode doc = document();
        JsonNode scheme = doc.path("components").path("securitySchemes").path(OpenApiRoles.SCHEME);
        assertEquals("http", scheme.path("type").asText());
        assertEquals("basic", scheme.path("scheme").asText());
        JsonNode publicSecurity = doc.path("paths").path("/v1/things/{code}/rules").path("get").path("security");
        assertTrue(publicSecurity.isArray() && publicSecurity.isEmpty(), publicSecurity.toString());
        JsonNode admin = doc.path("paths").path("/v1/things/{code}/rules").path("post").path("security");
        assertEquals(1, admin.size());
        assertTrue(admin.get(0).has(OpenApiRoles.SCHEME), admin.toString());
    }

    @Test
    void bodiesAreRequiredUnlessOptionalAndRequiredFieldsAndMaximaAreDocumented() throws Exception {
        JsonNode doc = document();
        assertTrue(doc.path("paths").path("/v1/things/{code}/rules").path("post").path("requestBody").path("required").asBoolean());
        assertTrue(doc.path("paths").path("/v1/staff-only/{id}").path("put").path("requestBody").path("required").asBoolean());
        assertFalse(doc.path("paths").path("/v1/things/{code}/rules/{id}/confirm").path("post").path("requestBody").path("required")
                .asBoolean());
        JsonNode draft = doc.path("components").path("schemas").path("Draft");
        assertEquals("[\"phrase\"]", draft.path("required").toString());
        assertEquals(200, draft.path("properties").path("suggestion").path("maxLength").asInt());
    }
}
