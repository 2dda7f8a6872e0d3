package org.servicehall.casework.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.Light;
import org.servicehall.casework.Supervision.Dimension;
import org.servicehall.common.EventDispatcher;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.security.Actor;
import org.servicehall.security.internal.SecurityService;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.WorkingDayCalendar;
import org.servicehall.site.internal.ServiceCatalogueImpl;
import org.servicehall.site.internal.SiteServiceImpl;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.EntityManagerFactory;

/**
 * Casework's benchmark (T3, not a test; {@code ./bench.sh --casework [--cases 1000000] [--keep]}).
 * In the package of casework's internals so it builds the real services as a test does.
 *
 * <p>Part 1, the supervision board on PostgreSQL: a fresh schema {@code bench_cw_<random>} in the
 * database {@code test} (127.0.0.1:5432, user postgres; {@code -Dservicehall.bench.pgdb=…}),
 * casework's migrations, one site through the real site service with the 2026 holiday table,
 * {@code --cases} open cases (default 1,000,000) filled with set-based SQL (10 items, 6 units, 20
 * windows, 40 staff, a third each green, yellow and red) plus as many completed ones, their
 * supervision counts built ({@link Tallies#rebuild}), then VACUUM ANALYZE. Timed: the board's work, {@code Supervision.counts} by each dimension plus the first page
 * (20) of the red cases with their total ({@code CaseReadModel.cases}), cold (first call in a fresh
 * pool) and warm (median of 11).
 *
 * <p>Part 2, deadlines on the calendar on one core: {@link CaseClock#due} with the yellow day
 * ({@link LightRule#yellowFrom}) for 10,000,000 acceptances spread over 2026 and limits of 0, 3, 5,
 * 10 and 20 working days, on the 2026 calendar; deadlines per second, best of 5 rounds.
 */
public final class CaseworkBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CaseworkBench() {
    }

    public static void main(String[] args) throws Exception {
        long cases = Long.parseLong(option(args, "--cases", "1000000"));
        boolean keep = Arrays.asList(args).contains("--keep");
        String url = System.getProperty("servicehall.bench.pgdb", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "bench_cw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        System.out.printf(Locale.ROOT, "ServiceHall casework benchmark — %,d open cases, schema %s in %s, %d cores%n", cases, schema, url,
                Runtime.getRuntime().availableProcessors());
        String table = holidays();
        deadlines(new WorkingDayCalendar(HolidayFile.parse(table, CaseParts.TEXTS).days()));
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            board(url, schema, cases, table);
        } finally {
            if (!keep) {
                try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            } else {
                System.out.println("Kept schema " + schema);
            }
        }
    }

    private static String holidays() throws Exception {
        try (InputStream in = CaseworkBench.class.getResourceAsStream("bench-holidays-2026.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Part 2: deadlines (and their yellow day) per second on one core. */
    private static void deadlines(WorkingDayCalendar calendar) {
        int n = 10_000_000;
        int[] limits = { 0, 3, 5, 10, 20 };
        LocalDate[] starts = new LocalDate[365];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(2026, 1, 1).plusDays(i);
        }
        LightRule rule = LightRule.DEFAULT;
        double best = 0;
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int limit = limits[i % limits.length];
                LocalDate due = CaseClock.accepted(limit, starts[(i * 31) % starts.length]).due(calendar);
                sink += due.getDayOfYear() + rule.yellowFrom(calendar, limit, due).getDayOfMonth();
            }
            double perSecond = n / ((System.nanoTime() - t0) / 1e9);
            best = Math.max(best, perSecond);
            System.out.printf(Locale.ROOT, "  deadlines round %d: %,.0f /s%n", round + 1, perSecond);
        }
        System.out.printf(Locale.ROOT, "Deadlines (due + yellow day) on the 2026 calendar, one core: %,.0f /s (target >= 1,000,000) [%d]%n", best,
                sink % 10);
        double dueOnly = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += CaseClock.accepted(limits[i % limits.length], starts[(i * 31) % starts.length]).due(calendar).getDayOfYear();
            }
            dueOnly = Math.max(dueOnly, n / ((System.nanoTime() - t0) / 1e9));
        }
        System.out.printf(Locale.ROOT, "Deadlines alone (CaseClock.due) on the 2026 calendar, one core: %,.0f /s [%d]%n", dueOnly, sink % 10);
    }

    private static HikariDataSource pool(String url, String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setPassword("");
        config.setSchema(schema);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    /** Part 1: the board's counts and first page over the open cases ("cold": the first call after VACUUM ANALYZE). */
    private static void board(String url, String schema, long cases, String table) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 30).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        ClassLoader loader = CaseworkBench.class.getClassLoader();
        try (HikariDataSource ds = pool(url, schema)) {
            for (String module : List.of("security", "site", "casework")) {
                SchemaMigrations.migrate(ds, loader, module);
            }
            EntityManagerFactory securityUnit = PersistenceUnits.create("security", loader, ds);
            EntityManagerFactory siteUnit = PersistenceUnits.create("site", loader, ds);
            try {
                SecurityService security = new SecurityService(securityUnit, clock, 1000);
                SiteServiceImpl sites = SiteServiceImpl.onUnit(siteUnit, new ServiceCatalogueImpl(), security, security, clock);
                Site site = sites.createSite(Actor.SYSTEM, new SiteDraft("CWB", "Bench hall", null, LocalTime.of(8, 30), LocalTime.of(17, 0)));
                long id = site.id();
                CaseParts parts = new CaseParts(new CaseStore(ds, DatabaseKind.POSTGRESQL), sites, null, security, clock,
                        new EventDispatcher("bench"), LightRule.DEFAULT, 92, null); // the board completes no case: no identity checks (S4)
                new HolidayTablesImpl(parts).load(Actor.SYSTEM, id, table);
                long t0 = System.nanoTime();
                fill(ds, id, cases);
                System.out.printf(Locale.ROOT, "Generated %,d open and %,d completed cases, vacuumed and analysed in %.1f s%n", cases, cases,
                        (System.nanoTime() - t0) / 1e9);
                SupervisionImpl supervision = new SupervisionImpl(parts);
                CaseReadModelImpl reads = new CaseReadModelImpl(parts);
                for (Dimension by : Dimension.values()) {
                    time("counts by " + by + " + first red page", () -> {
                        supervision.counts(Actor.SYSTEM, id, by);
                        CasePage red = reads.cases(Actor.SYSTEM, id, CaseFilter.OPEN.withLight(Light.RED), 0, 20);
                        if (red.cases().size() != 20) {
                            throw new IllegalStateException("the first page has " + red.cases().size() + " cases");
                        }
                        return red;
                    });
                }
                time("first red page alone", () -> reads.cases(Actor.SYSTEM, id, CaseFilter.OPEN.withLight(Light.RED), 0, 20));
                time("counts by SERVICE alone", () -> supervision.counts(Actor.SYSTEM, id, Dimension.SERVICE));
                supervision.stop();
            } finally {
                siteUnit.close();
                securityUnit.close();
            }
        }
    }

    private static void time(String what, Supplier<Object> call) {
        long t0 = System.nanoTime();
        call.get();
        double cold = (System.nanoTime() - t0) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long t = System.nanoTime();
            call.get();
            warm.add((System.nanoTime() - t) / 1e6);
        }
        warm.sort(Double::compare);
        System.out.printf(Locale.ROOT, "  %-40s cold %7.1f ms, warm median %7.1f ms (target <= 300 ms)%n", what, cold, warm.get(warm.size() / 2));
    }

    /**
     * Case g: item g mod 10, unit g mod 6 (0: the front window), window g mod 20, staff g mod 40,
     * accepted over 2026; its light by g mod 3 (with a deadline to match relative to 30 Nov 2026).
     * The completed ones ({@code is_open} false) lie beside them as a site's history would.
     */
    private static void fill(HikariDataSource ds, long siteId, long n) throws Exception {
        String sql = "INSERT INTO cw_case (site_id, number, service_code, service_name, time_limit, limit_days, ticket_id, window_number,"
                + " staff_number, accepted_by, applicant_kind, applicant_name, applicant_id, applicant_phone, stage, is_open, unit_name,"
                + " review_unit, accepted_at, accepted_on, clock_start, days_used_before, paused, due, yellow_from, light, visits, late, escalated)"
                + " SELECT " + siteId + ", 'CWB-' || g, 'ITEM-' || (g % 10), 'Item ' || (g % 10), 'LEGAL:20', 20, g, 1 + g % 20,"
                + " 'S' || lpad((g % 40)::text, 3, '0'), 'bench', 'PERSON', '张三', '11010519491231002X', '13812345678',"
                + " CASE WHEN ?::boolean THEN 'UNDER_REVIEW' ELSE 'COMPLETED' END, ?::boolean, CASE WHEN g % 6 = 0 THEN '' ELSE 'UNIT-' || (g % 6) END, '',"
                + " TIMESTAMP '2026-01-01 09:00' + make_interval(days => (g % 330)::int), DATE '2026-01-01' + (g % 330)::int,"
                + " DATE '2026-01-01' + (g % 330)::int, 0, FALSE,"
                + " DATE '2026-11-30' + CASE g % 3 WHEN 0 THEN 10 + (g % 50)::int WHEN 1 THEN 0 ELSE -1 - (g % 30)::int END,"
                + " DATE '2026-11-30' + CASE g % 3 WHEN 0 THEN 5 + (g % 50)::int WHEN 1 THEN -1 ELSE -5 - (g % 30)::int END,"
                + " CASE g % 3 WHEN 0 THEN 'GREEN' WHEN 1 THEN 'YELLOW' ELSE 'RED' END, 1, FALSE, FALSE"
                + " FROM generate_series(?::bigint, ?::bigint) AS g";
        long chunk = 500_000;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (boolean open : new boolean[] { true, false }) {
                long base = open ? 0 : n;
                for (long lo = 0; lo < n; lo += chunk) {
                    ps.setBoolean(1, open);
                    ps.setBoolean(2, open);
                    ps.setLong(3, base + lo);
                    ps.setLong(4, base + Math.min(n, lo + chunk) - 1);
                    ps.executeUpdate();
                    c.commit();
                }
            }
            // the cases were written by SQL, not through the services: count them as the migration does
            Tallies.rebuild(c, siteId);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE cw_case");
            }
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
