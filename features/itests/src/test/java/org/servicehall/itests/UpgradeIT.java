package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.testing.Distribution;
import org.servicehall.testing.HallApi;
import org.servicehall.testing.HallApi.Answer;
import org.servicehall.testing.PostgresDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 17, upgrade with data: a PostgreSQL database in the schema of the previous release (each
 * module's migrations up to the version it had at commit 30505c3, applied from the scripts this
 * distribution ships, with the same history tables the platform keeps) holds a hall written in that
 * schema: a site, its service, window and staff member with an account, yesterday's served tickets
 * and today's waiting ones. The current distribution starts on it: every pending migration applies
 * (site V4 moves the staff member's roles to their site, queue V10 gives windows one current ticket,
 * ...), the rows are intact, and the hall serves them: the staff member signs in with the old
 * password and calls the oldest waiting ticket.
 */
class UpgradeIT {
    /** Each module's last migration in the previous release (commit 30505c3, 2 December 2026). */
    private static final Map<String, Integer> PREVIOUS = new LinkedHashMap<>();
    static {
        // security before site: site's migrations read the accounts
        PREVIOUS.put("security", 3);
        PREVIOUS.put("site", 3);
        PREVIOUS.put("queue", 9);
        PREVIOUS.put("attendance", 1);
        PREVIOUS.put("assessment", 1);
        PREVIOUS.put("casework", 14);
        PREVIOUS.put("complaint", 1);
        PREVIOUS.put("conduct", 2);
        PREVIOUS.put("admincenter", 1);
        PREVIOUS.put("hospital", 3);
        PREVIOUS.put("taxhall", 1);
    }
    private static final String PASSWORD = "Upgrade-Pass-58";
    private static final String STAFF_PASSWORD = "Old-Staff-Pass-77";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCRIPT = Pattern.compile("db/(?:migration|vendor/postgresql)/([a-z0-9_]+)/V(\\d+)__.*\\.sql");
    /** The previous release's columns of the rows written before the upgrade. */
    private static final Map<String, String> OLD_ROWS = Map.of(
            "sh_site", "SELECT id, code, name, opens_at, closes_at, zone FROM sh_site WHERE code = 'OLD1'",
            "sh_service_item", "SELECT id, site_id, code, name, ticket_prefix, sector, time_limit_class, time_limit_days FROM sh_service_item WHERE site_id = 1001",
            "sh_window", "SELECT id, site_id, window_number, name FROM sh_window WHERE site_id = 1001",
            "sh_staff", "SELECT id, site_id, staff_number, name, username, active FROM sh_staff WHERE site_id = 1001",
            "sh_ticket", "SELECT id, service_code, ticket_number, seq, business_date, status, issued_at, called_at, finished_at, window_number, served_by "
                    + "FROM sh_ticket WHERE site_id = 1001 ORDER BY id",
            "sh_account", "SELECT username, display_name, password_hash, enabled FROM sh_account WHERE username = 'olduser'");

    @TempDir
    Path work;

    @Test
    void theCurrentBuildStartsOnThePreviousReleasesDatabaseAppliesEveryMigrationAndServesItsData() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.create("servicehall_upgrade")) {
            Map<String, Map<String, String>> config = Map.of(PostgresDatabase.DATASOURCE_CFG, db.dataSource(),
                    "org.servicehall.clock.cfg", Map.of("zone", "Asia/Shanghai", "startAt", "2026-11-30T09:30"));
            Path home = work.resolve("hall");
            Distribution.install(home, config);
            Map<String, Integer> latest = extractScripts(home, work.resolve("scripts"));
            for (Map.Entry<String, Integer> m : PREVIOUS.entrySet()) {
                migrate(db, work.resolve("scripts"), m.getKey(), m.getValue());
            }
            assertTrue(PREVIOUS.entrySet().stream().anyMatch(m -> latest.getOrDefault(m.getKey(), 0) > m.getValue()),
                    "the current build has migrations the previous release lacked: " + latest);
            Map<String, List<String>> before;
            try (Connection c = db.connect()) {
                writePreviousReleasesHall(c);
                before = oldRows(c);
            }

            try (Distribution node = Distribution.start(home, PASSWORD, config)) {
                try (Connection c = db.connect()) {
                    for (Map.Entry<String, Integer> m : latest.entrySet()) {
                        assertEquals(m.getValue(), appliedVersion(c, m.getKey()), "module " + m.getKey() + " migrated to its last script");
                    }
                    assertEquals(before, oldRows(c), "the previous release's rows are intact");
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                            "SELECT site_code, roles FROM sh_account_site_role WHERE username = 'olduser'")) {
                        assertTrue(rs.next(), "site V4 gave the staff member's account its roles at its site");
                        assertEquals("OLD1", rs.getString(1));
                        assertEquals("STAFF", rs.getString(2));
                    }
                }
                HallApi admin = new HallApi(node.baseUrl(), "admin", PASSWORD, Duration.ofSeconds(30));
                Answer in = admin.post("/api/v1/attendance/OLD1/clock-in", "{\"staffNumber\":\"O001\",\"window\":1}");
                assertEquals(200, in.status(), in.body());
                assertEquals(200, admin.get("/api/v1/queue/sites/OLD1/tickets/Z002").status(), "today's waiting ticket is known");
                HallApi staff = new HallApi(node.baseUrl(), "olduser", STAFF_PASSWORD, Duration.ofSeconds(30));
                Answer call = staff.post("/api/v1/queue/windows/1001/call", "");
                assertEquals(200, call.status(), "the staff member of the previous release calls with its old password: " + call.body());
                JsonNode t = JSON.readTree(call.body());
                assertEquals("Z001", t.get("number").asText(), "the oldest waiting ticket");
                System.out.println("MEASURE upgrade: " + latest.entrySet().stream().filter(m -> m.getValue() > PREVIOUS.getOrDefault(m.getKey(), 0))
                        .map(m -> m.getKey() + " V" + PREVIOUS.getOrDefault(m.getKey(), 0) + "->V" + m.getValue()).toList()
                        + " applied on start; node ready " + node.startup().toMillis() + " ms after start");
            }
        }
    }

    /** The previous release's hall, written in its schema as it wrote it. */
    private static void writePreviousReleasesHall(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO sh_site (id, code, name, opens_at, closes_at, zone) VALUES (1001, 'OLD1', '升级前的大厅', '08:30', '17:30', 'Asia/Shanghai')");
            s.execute("INSERT INTO sh_service_item (id, site_id, code, name, ticket_prefix, sector, time_limit_class, time_limit_days) "
                    + "VALUES (1001, 1001, 'OLD-A', '升级前的事项', 'Z', 'core', 'ON_THE_SPOT', 0)");
            s.execute("INSERT INTO sh_window (id, site_id, window_number, name) VALUES (1001, 1001, 1, '一号窗口')");
            s.execute("INSERT INTO sh_window_service (window_id, service_code) VALUES (1001, 'OLD-A')");
            s.execute("INSERT INTO sh_staff (id, site_id, staff_number, name, roles, username, active) VALUES (1001, 1001, 'O001', '王五', 'STAFF', 'olduser', TRUE)");
            // yesterday's (Friday's) served tickets and today's waiting ones
            for (int i = 1; i <= 3; i++) {
                s.execute("INSERT INTO sh_ticket (site_id, service_code, ticket_number, seq, business_date, priority, channel, status, issued_at, "
                        + "first_called_at, called_at, started_at, finished_at, window_number, recalls, transfers, served_by) VALUES (1001, 'OLD-A', 'Z00" + i
                        + "', " + i + ", DATE '2026-11-27', 'NORMAL', 'KIOSK', 'DONE', TIMESTAMP '2026-11-27 01:0" + i + ":00', TIMESTAMP '2026-11-27 01:1" + i
                        + ":00', TIMESTAMP '2026-11-27 01:1" + i + ":00', TIMESTAMP '2026-11-27 01:1" + i + ":30', TIMESTAMP '2026-11-27 01:2" + i
                        + ":00', 1, 0, 0, 'O001')");
            }
            for (int i = 1; i <= 2; i++) {
                s.execute("INSERT INTO sh_ticket (site_id, service_code, ticket_number, seq, business_date, priority, channel, status, issued_at, "
                        + "window_number, recalls, transfers) VALUES (1001, 'OLD-A', 'Z00" + i + "', " + i
                        + ", DATE '2026-11-30', 'NORMAL', 'KIOSK', 'WAITING', TIMESTAMP '2026-11-30 01:0" + i + ":00', NULL, 0, 0)");
            }
            s.execute("INSERT INTO sh_ticket_counter (site_id, service_code, business_date, last_seq) VALUES (1001, 'OLD-A', DATE '2026-11-27', 3), "
                    + "(1001, 'OLD-A', DATE '2026-11-30', 2)");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sh_account (username, display_name, password_hash, roles, enabled, created_at) "
                + "VALUES ('olduser', '王五', ?, 'STAFF', TRUE, TIMESTAMP '2026-11-01 00:00:00')")) {
            p.setString(1, pbkdf2(STAFF_PASSWORD));
            p.executeUpdate();
        }
    }

    /** A password as the platform stores it: pbkdf2-sha256$iterations$salt$hash (Base64, no padding). */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                .getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static Map<String, List<String>> oldRows(Connection c) throws Exception {
        Map<String, List<String>> rows = new TreeMap<>();
        for (Map.Entry<String, String> q : OLD_ROWS.entrySet()) {
            List<String> list = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.getValue())) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(rs.getObject(i)).append('|');
                    }
                    list.add(row.toString());
                }
            }
            assertFalse(list.isEmpty(), q.getKey() + " has the previous release's rows");
            rows.put(q.getKey(), list);
        }
        return rows;
    }

    /** The modules' migrations as the platform applies them: its history table, baseline 0, this database's vendor folder. */
    private static void migrate(PostgresDatabase db, Path scripts, String module, int target) {
        List<String> locations = new ArrayList<>(List.of("filesystem:" + scripts.resolve("db/migration/" + module)));
        if (Files.isDirectory(scripts.resolve("db/vendor/postgresql/" + module))) {
            locations.add("filesystem:" + scripts.resolve("db/vendor/postgresql/" + module));
        }
        Flyway.configure().dataSource(db.url(), PostgresDatabase.user(), "").table("flyway_history_" + module)
                .locations(locations.toArray(String[]::new)).baselineOnMigrate(true).baselineVersion("0").cleanDisabled(true)
                .target(String.valueOf(target)).load().migrate();
    }

    private static Integer appliedVersion(Connection c, String module) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INT)) FROM flyway_history_" + module
                + " WHERE success AND version <> '0'")) {
            rs.next();
            int failed;
            try (Statement f = c.createStatement(); ResultSet fr = f.executeQuery("SELECT count(*) FROM flyway_history_" + module + " WHERE NOT success")) {
                fr.next();
                failed = fr.getInt(1);
            }
            assertEquals(0, failed, module + " has no failed migration");
            return rs.getInt(1);
        }
    }

    private static List<Path> jars(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("system/org/servicehall"))) {
            return files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    /**
     * The migration scripts (common and PostgreSQL's) of the bundles the distribution ships, copied out
     * into {@code into} (the scripts of this build, not the test's class path), and each module's highest version.
     */
    private static Map<String, Integer> extractScripts(Path home, Path into) throws IOException {
        Map<String, Integer> latest = new TreeMap<>();
        for (Path jar : jars(home)) {
            try (JarFile j = new JarFile(jar.toFile())) {
                for (JarEntry e : java.util.Collections.list(j.entries())) {
                    Matcher m = SCRIPT.matcher(e.getName());
                    if (m.matches()) {
                        latest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                        Path target = into.resolve(e.getName());
                        Files.createDirectories(target.getParent());
                        try (InputStream in = j.getInputStream(e)) {
                            Files.copy(in, target);
                        }
                    }
                }
            }
        }
        return latest;
    }
}
