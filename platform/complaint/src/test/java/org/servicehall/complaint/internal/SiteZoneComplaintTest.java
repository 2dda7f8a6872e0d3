package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.Actor;
import org.servicehall.testing.MutableClock;

/**
 * Issue 12 (Time; P2): a complaint's day of registration and its working-day deadlines count from
 * the site's day, in its zone, whatever the server's zone is. The complaint service runs on a clock
 * in UTC; the hall is in Asia/Shanghai (UTC+8), whose Tuesday begins at 16:00 UTC on Monday. H2 and
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteZoneComplaintTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @EachDatabase("complaint")
    void aComplaintTakenAfterMidnightInShanghaiIsTheNextDaysWithItsDeadlines_P2(HallFixture fx) {
        MutableClock utc = fx.clock().withZone(ZoneOffset.UTC);
        TestSite hall = fx.newSite("TZC").zone(SHANGHAI).create();
        Complaints complaints = Complaints.onDataSource(fx.dataSource(), fx.newQueue().start(), fx.sites(), fx.audit(), utc,
                ComplaintSettings.DEFAULTS, CategoryRegistry.withCoreDefaults()::all, (actor, siteId, staffNumber, window, rule, note) -> "1",
                e -> { }, new Random(hall.site().id()));
        Actor li = hall.staff(1).actor();

        utc.set(MONDAY.atTime(16, 30)); // Monday in UTC, Tuesday 00:30 in Shanghai
        Complaint night = complaints.register(li, hall.site().id(), phoneCase("夜里打电话投诉"));
        utc.set(MONDAY.plusDays(1).atTime(1, 0)); // Tuesday 09:00 in Shanghai
        Complaint morning = complaints.register(li, hall.site().id(), phoneCase("上午打电话投诉"));

        assertEquals(MONDAY.plusDays(1), night.registeredOn(), "Tuesday at the hall");
        assertEquals(morning.acceptanceDue(), night.acceptanceDue(), "both count from Tuesday");
        assertEquals(morning.resolutionDue(), night.resolutionDue());
        assertEquals(morning.feedbackDue(), night.feedbackDue());
    }

    private static ComplaintDraft phoneCase(String text) {
        return new ComplaintDraft(ComplaintSource.PHONE, "ATTITUDE", text, "张三", "13812345678", null, null, null);
    }
}
