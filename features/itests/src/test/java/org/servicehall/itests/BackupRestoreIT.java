package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.itests.LoadBalancerIT.Window;
import org.servicehall.testing.Distribution;
import org.servicehall.testing.HallApi;
import org.servicehall.testing.HallApi.Answer;
import org.servicehall.testing.PostgresDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 17: {@code ./run.sh backup FILE} and {@code ./run.sh restore FILE}, the documented commands,
 * on the real distribution, for PostgreSQL and the embedded H2: a hall with tickets issued and served,
 * a complaint and what the audit log recorded of it is backed up, restored into a fresh installation,
 * and the restored database holds row for row what the first one held (every table: sites, staff,
 * tickets, cases, complaints, audit log, schema history); the fresh installation then serves it.
 */
class BackupRestoreIT {
    private static final String PASSWORD = "Backup-Pass-31";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CLOCK = Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30");

    @TempDir
    Path work;

    @Test
    void aPostgresqlHallRestoredIntoAFreshInstallationHasEverythingItHad() throws Exception {
        try (PostgresDatabase first = PostgresDatabase.create("servicehall_backup"); PostgresDatabase fresh = PostgresDatabase.create("servicehall_restore")) {
            Path home = work.resolve("hall");
            Hall hall;
            try (Distribution node = Distribution.start(home, PASSWORD, Map.of(PostgresDatabase.DATASOURCE_CFG, first.dataSource(),
                    "org.servicehall.clock.cfg", CLOCK))) {
                hall = fill(node);
            }
            Path backup = work.resolve("backups/hall.pgdump");
            runSh(home, "backup", backup);
            Map<String, List<String>> before;
            try (Connection c = first.connect()) {
                before = rows(c, "public");
            }

            Map<String, Map<String, String>> freshConfig = Map.of(PostgresDatabase.DATASOURCE_CFG, fresh.dataSource(), "org.servicehall.clock.cfg", CLOCK);
            Path freshHome = work.resolve("fresh");
            Distribution.install(freshHome, freshConfig);
            runSh(freshHome, "restore", backup);
            try (Connection c = fresh.connect()) {
                assertSame(before, rows(c, "public"));
            }
            try (Distribution node = Distribution.start(freshHome, PASSWORD, freshConfig)) {
                assertServes(node, hall);
            }
        }
    }

    @Test
    void anEmbeddedHallRestoredIntoAFreshInstallationHasEverythingItHad() throws Exception {
        Path home = work.resolve("hall");
        Hall hall;
        Map<String, Map<String, String>> config = Map.of("org.servicehall.clock.cfg", CLOCK);
        try (Distribution node = Distribution.start(home, PASSWORD, config)) {
            hall = fill(node);
        }
        Path backup = work.resolve("backups/hall.sql");
        runSh(home, "backup", backup);
        Map<String, List<String>> before;
        try (Connection c = h2(home)) {
            before = rows(c, "PUBLIC");
        }

        Path freshHome = work.resolve("fresh");
        Distribution.install(freshHome, config);
        assertTrue(Files.notExists(freshHome.resolve("data/servicehall/servicehall.mv.db")), "a fresh installation has no database yet");
        runSh(freshHome, "restore", backup);
        try (Connection c = h2(freshHome)) {
            assertSame(before, rows(c, "PUBLIC"));
        }
        try (Distribution node = Distribution.start(freshHome, PASSWORD, config)) {
            assertServes(node, hall);
        }
    }

    /** What was put into the hall: the tickets' numbers, the one served, the complaint. */
    private record Hall(List<String> tickets, long served, long complaint, String complaintText) {
    }

    private static Hall fill(Distribution node) throws Exception {
        HallApi api = new HallApi(node.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(30));
        Window w = LoadBalancerIT.awaitWindows(api).get(0);
        assertEquals(200, api.post("/api/v1/attendance/DEMO/clock-in", "{\"staffNumber\":\"D00" + w.number() + "\",\"window\":" + w.number() + "}")
                .status());
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Answer r = api.post("/api/v1/queue/sites/DEMO/tickets", "{\"service\":\"" + w.services().get(i % w.services().size()) + "\"}");
            assertEquals(201, r.status(), r.body());
            tickets.add(JSON.readTree(r.body()).get("ticket").get("number").asText());
        }
        Answer call = api.post("/api/v1/queue/windows/" + w.id() + "/call", "");
        assertEquals(200, call.status(), call.body());
        long served = JSON.readTree(call.body()).get("id").asLong();
        assertEquals(200, api.post("/api/v1/queue/tickets/" + served + "/start", "").status());
        assertEquals(200, api.post("/api/v1/queue/tickets/" + served + "/finish", "").status());

        JsonNode categories = JSON.readTree(api.get("/api/v1/complaint/public/DEMO/categories").body());
        JsonNode first = categories.get(0);
        String category = first.isTextual() ? first.asText() : first.path("code").asText();
        String text = "备份前登记的投诉：窗口等候时间过长。";
        Answer complaint = api.post("/api/v1/complaint/public/DEMO/complaints", JSON.writeValueAsString(Map.of("source", "WEB", "category", category,
                "text", text, "contactName", "李四", "contactPhone", "13912345678", "windowNumber", w.number())));
        assertEquals(201, complaint.status(), complaint.body());
        JsonNode open = JSON.readTree(api.get("/api/v1/complaint/sites/DEMO/complaints?open=true").body());
        return new Hall(tickets, served, open.get(0).get("id").asLong(), text);
    }

    /** The restored hall serves what the first one held: its tickets, the served one DONE, the complaint, the administrator's sign-in. */
    private static void assertServes(Distribution node, Hall hall) throws Exception {
        HallApi api = new HallApi(node.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(30));
        for (String number : hall.tickets()) {
            Answer t = api.get("/api/v1/queue/sites/DEMO/tickets/" + number);
            assertEquals(200, t.status(), number + ": " + t.body());
        }
        Answer complaint = api.get("/api/v1/complaint/complaints/" + hall.complaint());
        assertEquals(200, complaint.status(), complaint.body());
        assertEquals(hall.complaintText(), JSON.readTree(complaint.body()).get("text").asText());
    }

    /** Every table's rows, each as text, sorted: what a restore must give back exactly. */
    private static Map<String, List<String>> rows(Connection c, String schema) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : names) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData m = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.append(m.getColumnName(i)).append('=').append(v instanceof byte[] b ? java.util.Arrays.toString(b) : v).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            Collections.sort(rows);
            tables.put(table.toLowerCase(), rows);
        }
        return tables;
    }

    private static void assertSame(Map<String, List<String>> before, Map<String, List<String>> after) {
        // what the issue names: sites, staff, tickets, cases, complaints and the audit log, each with rows
        for (String table : List.of("sh_site", "sh_staff", "sh_ticket", "cmp_complaint", "sh_audit_log", "sh_account")) {
            assertNotEquals(List.of(), before.get(table), table + " has rows to restore: " + before.keySet());
        }
        assertTrue(before.containsKey("cw_case"), "the casework tables are backed up: " + before.keySet());
        assertEquals(before.keySet(), after.keySet(), "the same tables");
        before.forEach((table, rows) -> assertEquals(rows, after.get(table), "table " + table + " restored row for row"));
        System.out.println("MEASURE backup/restore: " + before.size() + " tables, " + before.values().stream().mapToInt(List::size).sum()
                + " rows restored identical");
    }

    private static Connection h2(Path home) throws Exception {
        return DriverManager.getConnection("jdbc:h2:" + home.resolve("data/servicehall/servicehall").toAbsolutePath() + ";IFEXISTS=TRUE", "sa", "");
    }

    /** Runs the repository's {@code run.sh} with {@code SERVICEHALL_HOME} at the installation, as an operator would. */
    private static void runSh(Path home, String command, Path file) throws Exception {
        Path script = Path.of("").toAbsolutePath().getParent().getParent().resolve("run.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), command, file.toString()).redirectErrorStream(true);
        pb.environment().put("SERVICEHALL_HOME", home.toAbsolutePath().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "run.sh " + command + " ended");
        assertEquals(0, p.exitValue(), "run.sh " + command + ":\n" + out);
        System.out.println("run.sh " + command + ": " + out.strip());
    }
}
