package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.servicehall.testing.Distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * S3 (issue 16) on the real distribution: citizens of the demo hall leave their personal data — a
 * complaint with the complainant's name, mobile and ID number in its contact fields and its text, and
 * a booking with a mobile — and then every public answer is scanned for any of those values as
 * stored: every public read operation of {@code /api/openapi.json} (filled with the site, the tracking
 * number and the booking's code), the public console pages (kiosk, board, complaint and rating
 * pages, read in the browser), every CSV export (signed in as the administrator) and the node's log.
 * None may hold a value unmasked; the masked forms (欧**, 139****4321) are what they show.
 */
class PrivacyScanIT {
    private static final String PASSWORD = PublicScreens.PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    /** The seeded citizens' personal data, as they gave it. */
    private static final String NAME = "欧阳娜";
    private static final String MOBILE = "13987654321";
    private static final String ID_NUMBER = "110105199003071234";
    private static final String BOOKING_MOBILE = "13912345678";
    private static final List<String> PERSONAL = List.of(NAME, MOBILE, ID_NUMBER, BOOKING_MOBILE);

    @TempDir
    static Path work;
    private static BrowserHall browserHall;
    private static Distribution hall;
    private static HttpClient http;
    private static JsonNode doc;
    private static final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        browserHall = BrowserHall.startWithoutBrowser(work.resolve("hall"), PASSWORD, BrowserHall.DESK_SCREEN);
        hall = browserHall.hall();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        doc = new ApiRequests(hall).document(List.of("/v1/queue/", "/v1/complaint/", "/v1/casework/"));
        values.put("site", "DEMO");
        values.put("code", "DEMO");
        values.put("date", "2026-11-30");
        values.put("lang", "zh");

        // P3: a citizen's web complaint with the contact data in its fields and its text
        HttpResponse<String> complaint = post("/api/v1/complaint/public/DEMO/complaints", "{\"source\": \"WEB\", \"text\": \"我叫" + NAME
                + "，身份证" + ID_NUMBER + "，电话" + MOBILE + "，3号窗口让我等了很久。\", \"contactName\": \"" + NAME + "\", \"contactPhone\": \""
                + MOBILE + "\"}");
        assertEquals(201, complaint.statusCode(), complaint.body());
        values.put("tracking", JSON.readTree(complaint.body()).get("trackingNumber").asText());

        // Q9: a booking with a mobile
        JsonNode slots = JSON.readTree(get("/api/v1/queue/sites/DEMO/slots?service=TX-INVOICE&date=2026-11-30", null).body());
        JsonNode slot = slots.get(slots.size() - 1);
        HttpResponse<String> booking = post("/api/v1/queue/sites/DEMO/bookings", "{\"service\": \"TX-INVOICE\", \"date\": \"2026-11-30\", "
                + "\"slot\": \"" + slot.path("start").asText() + "\", \"phone\": \"" + BOOKING_MOBILE + "\"}");
        assertEquals(201, booking.statusCode(), booking.body());
        JsonNode confirmation = JSON.readTree(booking.body());
        values.put("code|bookings", confirmation.path("booking").path("code").asText());
        String cancel = confirmation.path("cancelPath").asText();
        values.put("t", cancel.substring(cancel.indexOf("t=") + 2));
    }

    @AfterAll
    static void stop() {
        if (browserHall != null) {
            browserHall.close();
        }
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).timeout(Duration.ofSeconds(120))
                .header("Accept-Language", "zh-CN");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.sendAsync(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).get(120, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(hall.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Which of the seeded values {@code text} holds as given. */
    private static List<String> leaks(String text) {
        return PERSONAL.stream().filter(text::contains).toList();
    }

    /** The operation's path with the day's values, or null when one of its parameters has none. */
    private static String fill(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.getOrDefault(name + "|" + template.substring(template.lastIndexOf('/', m.start() - 2) + 1, m.start() - 1),
                    values.get(name));
            if (value == null) {
                return null;
            }
            m.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(path);
        return path.toString();
    }

    @Test
    void noPublicAnswerExportOrLogLineHoldsACitizensPersonalData_S3() throws Exception {
        List<String> found = new ArrayList<>();
        TreeSet<String> scanned = new TreeSet<>();
        TreeSet<String> unfilled = new TreeSet<>();
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            JsonNode op = p.getValue().get("get");
            if (op == null || p.getKey().endsWith("/live") || p.getKey().contains("/events")) {
                continue; // streams of events: their payloads are the same views the reads answer
            }
            boolean isPublic = "PUBLIC".equals(op.path("x-servicehall-role").asText());
            boolean csv = op.path("responses").toString().contains("text/csv");
            if (!isPublic && !csv) {
                continue;
            }
            String path = fill(p.getKey());
            if (path == null) {
                unfilled.add(p.getKey());
                continue;
            }
            StringBuilder query = new StringBuilder();
            for (JsonNode param : op.path("parameters")) {
                String value = values.get(param.path("name").asText());
                if ("query".equals(param.path("in").asText()) && value != null) {
                    query.append(query.length() == 0 ? "?" : "&").append(param.path("name").asText()).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            HttpResponse<String> r = get("/api" + path + query, csv && !isPublic ? admin : null);
            scanned.add(p.getKey() + " " + r.statusCode());
            List<String> leaked = leaks(r.body());
            if (!leaked.isEmpty()) {
                found.add("GET /api" + path + query + " shows " + leaked);
            }
        }
        assertTrue(scanned.stream().filter(s -> s.endsWith(" 200")).count() >= 15, "public reads answered: " + scanned);
        assertTrue(scanned.stream().anyMatch(s -> s.startsWith("/v1/complaint/public/track/{tracking}/status 200")), scanned.toString());
        assertTrue(scanned.stream().anyMatch(s -> s.contains(".csv 200")), "a CSV export was read: " + scanned);

        WebDriver driver = browserHall.driver();
        for (String page : List.of("/kiosk?site=DEMO", "/board?site=DEMO", "/complain?site=DEMO", "/rating?site=DEMO&window=3",
                "/api/v1/complaint/public/track/" + values.get("tracking") + "?lang=zh")) {
            driver.get(hall.baseUrl() + page);
            Thread.sleep(3000); // the page's own requests fill it
            String text = String.valueOf(PublicScreens.js(driver, "return document.documentElement.innerText + ' ' + "
                    + "[...document.querySelectorAll('*')].filter(e => e.shadowRoot).map(e => e.shadowRoot.textContent).join(' ');"));
            List<String> leaked = leaks(text + " " + driver.getPageSource());
            if (!leaked.isEmpty()) {
                found.add(page + " shows " + leaked);
            }
        }
        PublicScreens.viewport(driver, 1366, 900);
        driver.get(hall.baseUrl() + "/api/v1/complaint/public/track/" + values.get("tracking") + "?lang=zh");
        Screenshots.save(driver, "privacy-track-1366x900");

        Path logs = hall.home().resolve("data").resolve("log");
        try (Stream<Path> files = Files.exists(logs) ? Files.list(logs) : Stream.empty()) {
            for (Path log : files.toList()) {
                List<String> leaked = leaks(Files.readString(log, StandardCharsets.UTF_8));
                if (!leaked.isEmpty()) {
                    found.add("the log " + log.getFileName() + " holds " + leaked);
                }
            }
        }
        assertEquals(List.of(), found, "personal data shown unmasked (scanned " + scanned + "; without values for " + unfilled + ")");

        String status = get("/api/v1/complaint/public/track/" + values.get("tracking") + "/status", null).body();
        assertTrue(!status.contains(NAME.substring(1)), "the tracking page names nobody: " + status);
    }
}
