package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.itests.ApiRequests.Answer;
import org.servicehall.testing.Distribution;
import org.servicehall.testing.PostgresDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 16 ("bad input, fuzzed") on the real distribution: requests generated from
 * {@code /api/openapi.json}, spread over every operation, each malformed one way — a path parameter
 * of the wrong type, negative, huge, a path traversal or a control character; a body that is no
 * JSON, an array, empty of its required fields, with an extra field, a field of the wrong type, an
 * enum field with an unknown value, a 100,000-character text, sent with the wrong content type —
 * signed in as the administrator (so that the request reaches its checks) and anonymously. No answer
 * may be a 5xx, and every 4xx is problem+json with a detail; a field of the wrong type or value is
 * named in the answer. The hall runs on a PostgreSQL database of its own, and its fingerprint (each
 * table's row count and a checksum of its rows) is the same after the malformed requests as before:
 * none of them changed anything, beside the records of the requests themselves (the audit log's
 * refusals, the sign-in throttle's counts, the fresh sign-ins of S4).
 */
class FuzzIT {
    private static final String PASSWORD = "Fuzz-Admin-Pass-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String HUGE = "长".repeat(100_000);

    @TempDir
    static Path work;
    /**
     * The tables that record the requests themselves, left out of the fingerprint: the audit log (S2:
     * refusals are audited), the sign-in throttle (failures counted per account and address) and the
     * fresh sign-ins a password sign-in writes (S4).
     */
    private static final Set<String> RECORDS_OF_REQUESTS = Set.of("sh_audit_log", "sh_sign_in_failure", "sh_fresh_sign_in");
    private static PostgresDatabase database;
    private static Distribution hall;
    private static ApiRequests api;
    private static JsonNode doc;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresDatabase.create("servicehall_fuzz");
        hall = Distribution.start(work.resolve("hall"), PASSWORD, Map.of(PostgresDatabase.DATASOURCE_CFG, database.dataSource(),
                "org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30")));
        api = new ApiRequests(hall);
        doc = api.document(List.of("/v1/queue/", "/v1/complaint/", "/v1/casework/", "/v1/hospital/", "/v1/tax-hall/", "/v1/admin-center/"));
        admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (hall != null) {
                hall.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /**
     * The database's fingerprint: for every table but the records of requests, its row count and the
     * MD5 of its rows as text in their sorted order.
     */
    private static Map<String, String> fingerprint() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = database.connect()) {
            List<String> names = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, "public", "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                if (RECORDS_OF_REQUESTS.contains(table.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY"
                        + " t::text), '')) FROM \"" + table + "\" t")) {
                    rs.next();
                    tables.put(table.toLowerCase(Locale.ROOT), rs.getLong(1) + " rows, " + rs.getString(2));
                }
            }
        }
        return tables;
    }

    /** One malformed request: what it is, and the field its answer must name (null: none in particular). */
    private record Case(String method, String path, String contentType, String body, String names, boolean html) {
        Case(String method, String path, String contentType, String body, String names) {
            this(method, path, contentType, body, names, false);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The path with {@code odd} for the parameter {@code which} and sound values for the others. */
    private static String path(String template, Map<String, String> types, String which, String odd) {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals(which)) {
                value = odd;
            } else if ("site".equals(name) || "code".equals(name) && template.contains("/sites/{code}")) {
                value = "DEMO";
            } else {
                value = "integer".equals(types.get(name)) ? "1" : "X1";
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The properties of a request body's schema (following one $ref), with their schemas. */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        Map<String, JsonNode> props = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            props.put(p.getKey(), p.getValue());
        }
        return props;
    }

    /** A body with a plausible value for every field but {@code except}: an enum's first value, a day, a time, 1, true, "X1". */
    private static ObjectNode sound(Map<String, JsonNode> props, String except) {
        ObjectNode body = JSON.createObjectNode();
        props.forEach((name, schema) -> {
            if (name.equals(except)) {
                return;
            }
            String type = schema.path("type").asText("");
            String format = schema.path("format").asText("");
            if (schema.has("enum")) {
                body.put(name, schema.get("enum").get(0).asText());
            } else if ("date".equals(format)) {
                body.put(name, "2026-11-30");
            } else if ("date-time".equals(format)) {
                body.put(name, "2026-11-30T10:00:00+08:00");
            } else if ("string".equals(type) && ("partial-time".equals(format) || name.toLowerCase(Locale.ROOT).contains("time")
                    || name.equals("slot"))) {
                body.put(name, "10:00");
            } else if ("string".equals(type) && name.toLowerCase(Locale.ROOT).contains("phone")) {
                body.put(name, "13812345678"); // a mobile number, as the booking and pre-application check it
            } else if ("string".equals(type)) {
                body.put(name, "X1");
            } else if ("integer".equals(type) || "number".equals(type)) {
                body.put(name, 1);
            } else if ("boolean".equals(type)) {
                body.put(name, true);
            }
        });
        return body;
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            String template = p.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method) || template.endsWith("/live")) {
                    continue;
                }
                JsonNode operation = op.getValue();
                boolean page = operation.path("responses").toString().contains("text/html");
                Map<String, String> types = new LinkedHashMap<>();
                for (JsonNode param : operation.path("parameters")) {
                    if ("path".equals(param.path("in").asText())) {
                        types.put(param.path("name").asText(), param.path("schema").path("type").asText("string"));
                    }
                }
                for (Map.Entry<String, String> param : types.entrySet()) {
                    String name = param.getKey();
                    if ("integer".equals(param.getValue())) {
                        cases.add(new Case(method, path(template, types, name, "not-a-number"), null, null, null, page));
                        cases.add(new Case(method, path(template, types, name, "-1"), null, null, null, page));
                        cases.add(new Case(method, path(template, types, name, "99999999999999999999999"), null, null, null, page));
                    } else {
                        cases.add(new Case(method, path(template, types, name, encode("../../etc/passwd")), null, null, null, page));
                        cases.add(new Case(method, path(template, types, name, encode("a\u0000b\u202Ec")), null, null, null, page));
                        cases.add(new Case(method, path(template, types, name, encode("长".repeat(600))), null, null, null, page));
                    }
                }
                JsonNode content = operation.path("requestBody").path("content").path("application/json");
                if (content.isMissingNode()) {
                    continue;
                }
                String sound = path(template, types, null, null);
                cases.add(new Case(method, sound, "application/json", "this is no JSON", null, page));
                cases.add(new Case(method, sound, "application/json", "{\"unclosed\": ", null, page));
                cases.add(new Case(method, sound, "application/json", "[1, 2, 3]", null, page));
                cases.add(new Case(method, sound, "text/plain", "{}", null, page));
                cases.add(new Case(method, sound, "application/json", "{\"noSuchField\": \"" + "x".repeat(100) + "\"}", null, page));
                Map<String, JsonNode> props = properties(content.path("schema"));
                for (Map.Entry<String, JsonNode> prop : props.entrySet()) {
                    String field = prop.getKey();
                    JsonNode schema = prop.getValue();
                    String type = schema.path("type").asText("");
                    // the other fields sound, so that the one malformed is the problem the answer must name
                    ObjectNode wrong = sound(props, field);
                    if ("string".equals(type) && schema.has("enum")) {
                        wrong.put(field, "NO_SUCH_VALUE");
                        cases.add(new Case(method, sound, "application/json", wrong.toString(), field, page));
                    } else if ("string".equals(type) && !schema.has("format")) {
                        wrong.put(field, HUGE);
                        cases.add(new Case(method, sound, "application/json", wrong.toString(), field, page));
                        ObjectNode number = sound(props, field);
                        number.putObject(field).put("nested", 1);
                        cases.add(new Case(method, sound, "application/json", number.toString(), field, page));
                    } else if ("integer".equals(type) || "number".equals(type)) {
                        wrong.put(field, "twelve");
                        cases.add(new Case(method, sound, "application/json", wrong.toString(), field, page));
                    } else if ("boolean".equals(type)) {
                        wrong.put(field, "perhaps");
                        cases.add(new Case(method, sound, "application/json", wrong.toString(), field, page));
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void malformedRequestsAreRefusedAsProblemsNamingTheFieldAndNeverFail_issue16() throws Exception {
        List<Case> cases = cases();
        Map<String, String> before = fingerprint();
        assertTrue(before.size() > 20, "the fingerprint covers the hall's tables: " + before.keySet());
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            // signed in, so that the request reaches its checks; every fifth one also anonymously
            List<String> as = i % 5 == 0 ? java.util.Arrays.asList(admin, null) : java.util.Collections.singletonList(admin);
            for (String authorization : as) {
                Answer a = api.send(c.method(), c.path(), authorization, c.contentType(), c.body());
                sent++;
                String call = c.method() + " " + (c.path().length() > 120 ? c.path().substring(0, 120) + "…" : c.path())
                        + (c.body() == null ? "" : " " + (c.body().length() > 80 ? c.body().substring(0, 80) + "…" : c.body()))
                        + (authorization == null ? " (signed out)" : "") + ": " + a.status() + " "
                        + a.body().substring(0, Math.min(200, a.body().length()));
                if (a.status() < 0 || a.status() >= 500) {
                    wrong.add("failed: " + call);
                } else if (a.status() >= 400 && a.contentType().startsWith("text/html") && c.html()) {
                    continue; // a page for people answers its errors as a page
                } else if (a.status() >= 400) {
                    if (!a.contentType().startsWith("application/problem+json") || !a.body().contains("\"detail\"")) {
                        wrong.add("not problem+json with a detail: " + call);
                    } else if (authorization != null && c.names() != null && a.status() == 400 && !a.body().contains(c.names())) {
                        wrong.add("does not name the field " + c.names() + ": " + call);
                    }
                }
            }
        }
        assertTrue(sent >= 500, "requests sent: " + sent);
        assertEquals(List.of(), wrong, wrong.size() + " of " + sent + " malformed requests were answered badly:\n" + String.join("\n", wrong));
        Map<String, String> after = fingerprint();
        List<String> changed = new ArrayList<>();
        before.forEach((table, print) -> {
            if (!print.equals(after.get(table))) {
                changed.add(table + ": " + print + " before, " + after.get(table) + " after");
            }
        });
        after.keySet().stream().filter(t -> !before.containsKey(t)).forEach(t -> changed.add(t + ": a new table"));
        assertEquals(List.of(), changed, "the malformed requests changed nothing in the database (" + before.size() + " tables)");
        // and the fingerprint sees a change: one sound request, a ticket taken, changes the tickets' table
        Answer ticket = api.send("POST", "/v1/queue/sites/DEMO/tickets", admin, "application/json", "{\"service\":\"H-RAD\"}");
        assertEquals(201, ticket.status(), ticket.body());
        assertTrue(!after.get("sh_ticket").equals(fingerprint().get("sh_ticket")), "a ticket taken changes the fingerprint of sh_ticket");
        System.out.println("MEASURE fuzz: " + sent + " malformed requests, the fingerprint of " + before.size() + " tables unchanged");
    }
}
