package org.servicehall.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.ReportGrouping;
import org.servicehall.assessment.internal.Assessment;
import org.servicehall.assessment.internal.AssessmentComponent;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.internal.Attendance;
import org.servicehall.common.PluginSource;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.internal.discipline.Discipline;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.internal.Queue;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.security.internal.SecurityService;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.Staff;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.WindowDraft;
import org.servicehall.site.internal.ServiceCatalogueImpl;
import org.servicehall.site.internal.SiteServiceImpl;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.EntityManagerFactory;

/**
 * The assessment's benchmark on large history (M1/M3, not a test; {@code ./bench.sh --assessment
 * [--tickets 10000000] [--sites 5] [--keep]}).
 *
 * <p>It creates a fresh schema {@code bench_asm_<random>} in the PostgreSQL database {@code test}
 * (127.0.0.1:5432, user postgres; {@code -Dservicehall.bench.pgdb=jdbc:postgresql://host:port/db}
 * to change), migrates the platform's schemas (security, site, queue, attendance, conduct,
 * assessment), creates the sites (10 windows, 20 staff each) through the real site service, and fills
 * {@code sh_ticket} with set-based SQL ({@code INSERT ... SELECT ... FROM generate_series}, in
 * chunks of a million) with the queue's indexes in place: tickets spread evenly over the sites, the
 * 730 days from 2024-12-01 to 2026-11-30, four services and ten windows, two staff per window
 * ({@code served_by}), 5 % no-shows, waits of 0-30 minutes and services of 2-12 minutes. November
 * 2026 also gets attendance records (every staff member, every working day). It then times, for
 * the first site and November 2026, the queue's figures (per staff, window, service and day), the
 * whole assessment (gathering, scoring, storing: {@link Assessment#assess}), the window report and
 * ranking, and the cross-site comparison: "cold" is the first run in a fresh JVM and connection
 * pool right after the data was loaded and analysed (the database's buffers are not flushed),
 * "warm" the median of five further runs. The schema is dropped at the end unless {@code --keep}.
 */
public final class AssessmentBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 12, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final int WINDOWS = 10;
    private static final int STAFF_PER_WINDOW = 2;
    private static final List<String> SERVICES = List.of("B-ONE", "B-TWO", "B-THREE", "B-FOUR");

    private AssessmentBench() {
    }

    public static void main(String[] args) throws Exception {
        long tickets = Long.parseLong(option(args, "--tickets", "10000000"));
        int siteCount = Integer.parseInt(option(args, "--sites", "5"));
        boolean keep = Arrays.asList(args).contains("--keep");
        String url = System.getProperty("servicehall.bench.pgdb", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "bench_asm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        System.out.printf(Locale.ROOT, "ServiceHall assessment benchmark — %,d tickets, %d sites, schema %s in %s, %d cores%n", tickets,
                siteCount, schema, url, Runtime.getRuntime().availableProcessors());
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            Clock clock = Clock.fixed(LocalDate.of(2026, 12, 1).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
            List<Site> sites;
            long generationMillis;
            try (HikariDataSource ds = pool(url, schema)) {
                ClassLoader loader = AssessmentBench.class.getClassLoader();
                for (String module : List.of("security", "site", "queue", "attendance", "conduct", "assessment")) {
                    SchemaMigrations.migrate(ds, loader, module);
                }
                EntityManagerFactory securityUnit = PersistenceUnits.create("security", loader, ds);
                EntityManagerFactory siteUnit = PersistenceUnits.create("site", loader, ds);
                try {
                    SecurityService security = new SecurityService(securityUnit, clock, 1000);
                    SiteServiceImpl siteService = SiteServiceImpl.onUnit(siteUnit, catalogue(), security, security, clock);
                    sites = createSites(siteService, siteCount);
                    long t0 = System.nanoTime();
                    generateTickets(ds, sites, tickets);
                    generateAttendance(ds, siteService, sites);
                    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                        s.execute("ANALYZE");
                    }
                    generationMillis = (System.nanoTime() - t0) / 1_000_000;
                    System.out.printf(Locale.ROOT, "Generated %,d tickets (+ attendance) in %.1f s (%,.0f rows/s), analysed%n", tickets,
                            generationMillis / 1000.0, tickets / (generationMillis / 1000.0));
                } finally {
                    siteUnit.close();
                    securityUnit.close();
                }
            }
            // a fresh pool and fresh services: the first call below is the "cold" one
            try (HikariDataSource ds = pool(url, schema)) {
                measure(ds, clock, sites);
            }
        } finally {
            if (!keep) {
                try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            } else {
                System.out.println("Kept schema " + schema);
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

    private static HikariDataSource pool(String url, String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setPassword("");
        config.setSchema(schema);
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    private static ServiceCatalogueImpl catalogue() throws Exception {
        ServiceCatalogueImpl catalogue = new ServiceCatalogueImpl();
        Path file = Files.createTempFile("bench-assessment-catalogue", ".properties");
        StringBuilder items = new StringBuilder();
        String[] prefixes = { "A", "B", "C", "D" };
        for (int i = 0; i < SERVICES.size(); i++) {
            items.append(SERVICES.get(i)).append(".name = Bench service ").append(i + 1).append('\n').append(SERVICES.get(i))
                    .append(".prefix = ").append(prefixes[i]).append('\n').append(SERVICES.get(i)).append(".timeLimit = ON_THE_SPOT\n");
        }
        Files.writeString(file, items, StandardCharsets.UTF_8);
        catalogue.added(new PluginSource(1, "bench", "1.0.0", "bench"), List.of(file.toUri().toURL()));
        return catalogue;
    }

    /** Staff numbers B{site}{nn}: window w is served by nn = 2w-1 and 2w. */
    private static String staffNumber(int siteIndex, int n) {
        return String.format(Locale.ROOT, "B%d%02d", siteIndex, n);
    }

    private static List<Site> createSites(SiteServiceImpl sites, int count) {
        List<Site> out = new ArrayList<>();
        for (int s = 1; s <= count; s++) {
            Site site = sites.createSite(Actor.SYSTEM, new SiteDraft("ASM" + s, "Bench hall " + s, null, LocalTime.of(8, 30),
                    LocalTime.of(17, 0)));
            for (String code : SERVICES) {
                sites.adoptCatalogueItem(Actor.SYSTEM, site.id(), code, null);
            }
            for (int w = 1; w <= WINDOWS; w++) {
                sites.createWindow(Actor.SYSTEM, site.id(), new WindowDraft(w, "Window " + w, Set.copyOf(SERVICES)));
            }
            for (int n = 1; n <= WINDOWS * STAFF_PER_WINDOW; n++) {
                sites.createStaff(Actor.SYSTEM, site.id(), new StaffDraft(staffNumber(s, n), "Staff " + s + "-" + n, EnumSet.of(Role.STAFF),
                        true), "Bench-pass-2026");
            }
            out.add(site);
        }
        return out;
    }

    /**
     * Ticket g (0 ≤ g < n) belongs to site g mod S, day (g div S) mod D and has the sequence number
     * g div (S·D) + 1 that day, so (site, day, number) is unique as the queue's index demands.
     */
    private static void generateTickets(HikariDataSource ds, List<Site> sites, long n) throws Exception {
        int s = sites.size();
        long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        String siteIds = "ARRAY[" + String.join(",", sites.stream().map(x -> String.valueOf(x.id())).toList()) + "]::bigint[]";
        String sql = "INSERT INTO sh_ticket (site_id, service_code, ticket_number, seq, business_date, priority, channel, status,"
                + " issued_at, first_called_at, called_at, started_at, finished_at, window_number, target_window, recalls, transfers,"
                + " served_by)"
                + " SELECT (" + siteIds + ")[1 + x.si], x.svc, x.prefix || lpad(x.seq::text, 5, '0'), x.seq, x.day, 'NORMAL', 'KIOSK',"
                + " x.status, x.issued, x.issued + x.wait, x.issued + x.wait,"
                + " CASE WHEN x.status = 'DONE' THEN x.issued + x.wait END,"
                + " CASE WHEN x.status = 'DONE' THEN x.issued + x.wait + x.service END, x.win, NULL, 0, 0,"
                + " 'B' || (x.si + 1) || lpad(((x.win - 1) * 2 + (x.seq / 10) % 2 + 1)::text, 2, '0')"
                + " FROM (SELECT g, (g % " + s + ")::int AS si, ((g / " + s + ") / " + days + " + 1)::int AS seq,"
                + " DATE '" + FIRST_DAY + "' + ((g / " + s + ") % " + days + ")::int AS day,"
                + " (ARRAY['B-ONE','B-TWO','B-THREE','B-FOUR'])[1 + (((g / " + s + ") / " + days + ") / 3) % 4] AS svc,"
                + " (ARRAY['A','B','C','D'])[1 + (((g / " + s + ") / " + days + ") / 3) % 4] AS prefix,"
                + " CASE WHEN g % 20 = 0 THEN 'NO_SHOW' ELSE 'DONE' END AS status,"
                + " (DATE '" + FIRST_DAY + "' + ((g / " + s + ") % " + days + ")::int) + TIME '08:30' + make_interval(mins => (((g / " + s + ") / " + days + ") % 480)::int) AS issued,"
                + " make_interval(secs => ((g * 7919) % 1800)::int) AS wait,"
                + " make_interval(secs => (120 + (g * 104729) % 600)::int) AS service,"
                + " (1 + ((g / " + s + ") / " + days + ") % " + WINDOWS + ")::int AS win"
                + " FROM generate_series(?::bigint, ?::bigint) AS g) x";
        long chunk = 1_000_000;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (long lo = 0; lo < n; lo += chunk) {
                long hi = Math.min(n, lo + chunk) - 1;
                long t = System.nanoTime();
                ps.setLong(1, lo);
                ps.setLong(2, hi);
                ps.executeUpdate();
                System.out.printf(Locale.ROOT, "  tickets %,d-%,d in %.1f s%n", lo, hi, (System.nanoTime() - t) / 1e9);
            }
        }
    }

    /** Every staff member at their window on every working day (Mon-Fri) of the measured month; some late. */
    private static void generateAttendance(HikariDataSource ds, SiteServiceImpl siteService, List<Site> sites) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO att_record (site_id, staff_id,"
                + " staff_number, staff_name, window_number, work_date, shift_start, shift_end, clock_in, clock_out, corrected)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
            for (Site site : sites) {
                for (Staff st : siteService.staff(site.id())) {
                    int n = Integer.parseInt(st.staffNumber().substring(st.staffNumber().length() - 2));
                    int window = (n + 1) / 2;
                    for (LocalDate d = MONTH.atDay(1); !d.isAfter(MONTH.atEndOfMonth()); d = d.plusDays(1)) {
                        if (d.getDayOfWeek().getValue() > 5) {
                            continue;
                        }
                        int lateMinutes = (n + d.getDayOfMonth()) % 17 == 0 ? 12 : -5;
                        ps.setLong(1, site.id());
                        ps.setLong(2, st.id());
                        ps.setString(3, st.staffNumber());
                        ps.setString(4, st.name());
                        ps.setInt(5, window);
                        ps.setObject(6, d);
                        ps.setObject(7, LocalTime.of(8, 30));
                        ps.setObject(8, LocalTime.of(17, 0));
                        ps.setTimestamp(9, Timestamp.from(d.atTime(8, 20).plusMinutes(lateMinutes).atZone(ZONE).toInstant()));
                        ps.setTimestamp(10, Timestamp.from(d.atTime(17, 5).atZone(ZONE).toInstant()));
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private static void measure(HikariDataSource ds, Clock clock, List<Site> sites) throws Exception {
        ClassLoader loader = AssessmentBench.class.getClassLoader();
        EntityManagerFactory securityUnit = PersistenceUnits.create("security", loader, ds);
        EntityManagerFactory siteUnit = PersistenceUnits.create("site", loader, ds);
        try {
            SecurityService security = new SecurityService(securityUnit, clock, 1000);
            SiteServiceImpl siteService = SiteServiceImpl.onUnit(siteUnit, catalogue(), security, security, clock);
            Queue queue = Queue.onDataSource(ds, DatabaseKind.POSTGRESQL, siteService, security, clock, Queue.Settings.DEFAULTS, List::of,
                    List::of, change -> { });
            QueueReports reports = new QueueReports() {
                @Override
                public List<org.servicehall.queue.ServiceFigures> figures(long siteId, LocalDate from, LocalDate to, Grouping by,
                        Duration waitTarget) {
                    return queue.figures(siteId, from, to, by, waitTarget);
                }

                @Override
                public Duration waitTarget() {
                    return Queue.Settings.DEFAULTS.waitTarget();
                }
            };
            AttendanceService attendance = Attendance.onDataSource(ds, siteService, security, clock,
                    new Attendance.Settings(Duration.ofMinutes(10), Duration.ofMinutes(15)), p -> { });
            DisciplineService discipline = discipline(ds, siteService, security, clock);
            AssessmentService assessment = Assessment.onDataSource(ds, siteService, reports, attendance,
                    AssessmentComponent.confirmedViolations(discipline, ZONE), Optional::empty, security, clock, (t, p) -> { });
            long siteId = sites.get(0).id();
            Period period = Period.month(MONTH);
            LocalDate from = period.from();
            LocalDate to = period.to();
            Duration target = reports.waitTarget();
            System.out.printf(Locale.ROOT, "One site (%s), one month (%s):%n", sites.get(0).code(), MONTH);
            time("queue figures per staff, window, service and day", () -> {
                int rows = 0;
                for (QueueReports.Grouping g : QueueReports.Grouping.values()) {
                    rows += reports.figures(siteId, from, to, g, target).size();
                }
                return rows + " rows";
            });
            time("whole assessment (gather, score, store, propose)", () -> {
                AssessmentResult r = assessment.assess(Actor.SYSTEM, siteId, period, true);
                return r.scores().size() + " staff, best " + r.scores().get(0).total();
            });
            time("window report + ranking", () -> assessment.windowRanking(siteId, MONTH).size() + " windows");
            time("staff report (with stored scores)", () -> assessment.report(siteId, period, ReportGrouping.STAFF).size() + " lines");
            System.out.printf(Locale.ROOT, "All %d sites, one month:%n", sites.size());
            time("cross-site comparison", () -> assessment.compareSites(period).size() + " sites");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sh_ticket WHERE site_id = " + siteId
                            + " AND business_date BETWEEN DATE '" + from + "' AND DATE '" + to + "'")) {
                rs.next();
                System.out.printf(Locale.ROOT, "(the site's month holds %,d tickets; target: report for one site and month <= 5 s)%n",
                        rs.getLong(1));
            }
        } finally {
            siteUnit.close();
            securityUnit.close();
        }
    }

    /** The conduct area's discipline service on the data source. */
    private static DisciplineService discipline(HikariDataSource ds, SiteServiceImpl sites, SecurityService security, Clock clock) {
        return Discipline.onDataSource(ds, DatabaseKind.POSTGRESQL, sites, security, clock,
                (topic, properties) -> { });
    }

    private static void time(String what, Supplier<String> work) {
        long t = System.nanoTime();
        String first = work.get();
        double cold = (System.nanoTime() - t) / 1e6;
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long w = System.nanoTime();
            work.get();
            warm[i] = (System.nanoTime() - w) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "  %-52s cold %8.1f ms   warm %8.1f ms (median of 5)   [%s]%n", what, cold, warm[2], first);
    }
}
