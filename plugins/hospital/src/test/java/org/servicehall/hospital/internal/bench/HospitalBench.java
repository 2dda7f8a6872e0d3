package org.servicehall.hospital.internal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.servicehall.common.EventDispatcher;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.hospital.internal.HospitalHall;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.hospital.internal.lab.TatRules;
import org.servicehall.hospital.internal.lab.TatWatch;
import org.servicehall.hospital.internal.pharmacy.DispenseCheck;
import org.servicehall.hospital.internal.pharmacy.Pharmacy;
import org.servicehall.hospital.internal.pharmacy.Prescription;
import org.servicehall.hospital.internal.pharmacy.PrescriptionDraft;
import org.servicehall.queue.QueueService;
import org.servicehall.security.Actor;
import org.servicehall.testing.TestDatabase;

/**
 * The hospital's bench (issue 14), on PostgreSQL, run on demand only:
 * {@code mvn -pl plugins/hospital test -Dtest=HospitalBench -Dservicehall.bench=true -Dservicehall.test.postgres=required}.
 * Prints figures, asserts nothing about speed.
 * <ol>
 * <li>10,000 open specimens whose warnings and breaches fall due over 40 seconds, watched as
 * {@code TatWatch} does (every {@code TatWatch.PERIOD_MS}, on the real clock): how late each is raised (p50, p99, max).</li>
 * <li>The pharmacy's receive → prepare → check → dispense path, one prescription after another: per second.</li>
 * </ol>
 */
class HospitalBench {
    private static final int SPECIMENS = 10_000;
    private static final int PRESCRIPTIONS = 300;

    @Test
    void turnaroundLatenessAndPharmacyThroughput() throws Exception {
        assumeTrue(Boolean.getBoolean("servicehall.bench"), "run with -Dservicehall.bench=true");
        try (HallFixture fx = HallFixture.start(TestDatabase.Kind.POSTGRESQL, "hospital"); EventDispatcher events = new EventDispatcher("bench")) {
            TestSite hall = HospitalHall.site(fx, "BENCH").create();
            HospitalTables tables = HospitalTables.on(fx.dataSource());
            Clock real = Clock.systemUTC();
            Laboratory lab = new Laboratory(tables, fx.sites(), fx.audit(), events, real);
            Instant start = real.instant().plusSeconds(20);
            insertSpecimens(fx.dataSource(), hall.id(), start);
            System.out.printf("MEASURE tat: specimens in place %d s before the first moment%n", Duration.between(real.instant(), start).toSeconds());
            List<Long> lateness = new ArrayList<>();
            Instant end = start.plusSeconds(42);
            int raised = 0;
            int missed = 0;
            while (real.instant().isBefore(end)) {
                Thread.sleep(TatWatch.PERIOD_MS);
                raised += lab.fire(real.instant());
            }
            try (Connection c = fx.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT warn_at, warned_at, due_at, breached_at FROM sh_hospital_specimen WHERE site_id = ?")) {
                ps.setLong(1, hall.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int col = 1; col <= 3; col += 2) {
                            Timestamp raisedAt = rs.getTimestamp(col + 1);
                            if (raisedAt == null) {
                                missed++;
                            } else {
                                lateness.add(Duration.between(rs.getTimestamp(col).toInstant(), raisedAt.toInstant()).toMillis());
                            }
                        }
                    }
                }
            }
            lateness.sort(null);
            System.out.printf("MEASURE tat: %d specimens, %d warnings+breaches raised (%d not raised by the end), lateness p50 %d ms,"
                    + " p99 %d ms, max %d ms%n", SPECIMENS, raised, missed, pct(lateness, 50), pct(lateness, 99), lateness.get(lateness.size() - 1));

            QueueService queue = fx.newQueue().start();
            Pharmacy pharmacy = new Pharmacy(tables, fx.sites(), queue, fx.audit(), events, fx.clock());
            Actor a = hall.staff(1).actor();
            Actor b = hall.staff(2).actor();
            Set<DispenseCheck> all = EnumSet.allOf(DispenseCheck.class);
            long t0 = System.nanoTime();
            for (int i = 0; i < PRESCRIPTIONS; i++) {
                Prescription p = pharmacy.receive(a, PrescriptionDraft.builder().siteId(hall.id()).patientName("患者" + i).patientAge(40)
                        .department("内科").diagnosis("高血压").prescriber("李医生").line("AMLODIPINE-5", 1, "每日1次，每次1片").build());
                pharmacy.prepare(a, p.id());
                pharmacy.check(b, p.id());
                pharmacy.dispense(b, p.id(), all);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("MEASURE pharmacy: %d prescriptions received, prepared, checked and dispensed in %.1f s: %.1f per second%n",
                    PRESCRIPTIONS, seconds, PRESCRIPTIONS / seconds);
        }
    }

    /** 10,000 sampled routine specimens: warnings from start over 40 s, each breach 2 s after its warning. */
    private static void insertSpecimens(DataSource ds, long siteId, Instant start) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO sh_hospital_specimen (site_id,"
                + " specimen_number, patient_name, test_code, tat_class, status, ordered_at, sampled_by, sampled_at, warn_at, due_at, slip_token)"
                + " VALUES (?, ?, '患者', 'CBC', 'ROUTINE', 'SAMPLED', ?, 'lab', ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < SPECIMENS; i++) {
                Instant warn = start.plusMillis(i * 40_000L / SPECIMENS);
                ps.setLong(1, siteId);
                ps.setString(2, "B" + siteId + "-" + i);
                ps.setTimestamp(3, Timestamp.from(warn.minusSeconds(60)));
                ps.setTimestamp(4, Timestamp.from(warn.minusSeconds(8)));
                ps.setTimestamp(5, Timestamp.from(warn));
                ps.setTimestamp(6, Timestamp.from(warn.plusSeconds(2)));
                ps.setString(7, String.format("%032x", (long) i) + "");
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static long pct(List<Long> sorted, int p) {
        Duration d = TatRules.percentile(sorted.stream().map(Duration::ofMillis).toList(), p);
        return d.toMillis();
    }
}
