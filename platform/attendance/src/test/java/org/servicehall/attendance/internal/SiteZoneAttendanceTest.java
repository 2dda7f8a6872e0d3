package org.servicehall.attendance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.fixture.HallFixture.SUPERVISOR;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.site.Site;
import org.servicehall.testing.MutableClock;

/**
 * Issue 12 (Time; A2): shifts, clock-in judging, the attendance day and the report's times are in
 * the site's zone, whatever the server's zone is. The attendance services run on a clock in UTC,
 * as on a server nobody configured; the hall is in Asia/Shanghai (UTC+8): its 09:00 shift with a
 * 10-minute lead must be clocked in by 08:50 Shanghai time, 00:50 UTC. H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteZoneAttendanceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private HallFixture fx;
    /** The fixture's clock seen in UTC: moving it moves the fixture's. */
    private MutableClock utc;
    private Site site;
    private TestSite hall;
    private Posts posts;
    private MonthlyReports reports;

    private void start(HallFixture fixture) {
        fx = fixture;
        utc = fx.clock().withZone(ZoneOffset.UTC);
        utc.set(MONDAY.atTime(0, 0)); // 08:00 in Shanghai
        hall = fx.newSite("TZA").zone(SHANGHAI).create();
        site = hall.site();
        AttendanceStore store = new AttendanceStore(fx.dataSource());
        Attendance.Settings settings = new Attendance.Settings(Duration.ofMinutes(10), Duration.ofMinutes(15));
        Rosters roster = new Rosters(store, fx.sites(), fx.audit(), utc);
        posts = new Posts(store, roster, fx.sites(), fx.audit(), utc, settings, e -> { });
        reports = new MonthlyReports(store, roster, fx.sites(), fx.audit(), utc, settings.clockInLead(), e -> { });
        roster.addTemplate(SUPERVISOR, site.id(), hall.staff(1).number(), DayOfWeek.MONDAY, 1, LocalTime.of(9, 0), LocalTime.of(17, 0));
        roster.addTemplate(SUPERVISOR, site.id(), hall.staff(2).number(), DayOfWeek.MONDAY, 2, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    @EachDatabase("attendance")
    void aClockInAtEightFiftyShanghaiTimeIsOnTimeOnAUtcServerAndASecondLaterIsLate_A2(HallFixture fixture) {
        start(fixture);
        utc.set(MONDAY.atTime(0, 50, 0)); // 08:50:00 in Shanghai
        AttendanceRecord li = posts.clockIn(hall.staff(1).actor(), site.id(), hall.staff(1).number(), 1);
        assertEquals(AttendanceStatus.OPEN, li.status(), "on time, and the shift still runs");
        assertEquals(MONDAY, li.date());
        utc.set(MONDAY.atTime(0, 50, 1)); // 08:50:01 in Shanghai
        AttendanceRecord wang = posts.clockIn(hall.staff(2).actor(), site.id(), hall.staff(2).number(), 2);
        assertEquals(AttendanceStatus.LATE, wang.status(), "the 09:00 shift is Shanghai's 09:00, not the server's");

        utc.set(MONDAY.atTime(9, 0)); // 17:00 in Shanghai
        assertEquals(AttendanceStatus.ON_TIME, posts.clockOut(hall.staff(1).actor(), site.id(), hall.staff(1).number()).status());
        String csv = reports.reportCsv(site.id(), YearMonth.of(2026, 11));
        assertTrue(csv.contains(",09:00-17:00,08:50:00,17:00:00,ON_TIME,"), "the report's times are Shanghai's: " + csv);
    }

    @EachDatabase("attendance")
    void theAttendanceDayFlipsAtShanghaiMidnight_A2(HallFixture fixture) {
        start(fixture);
        utc.set(MONDAY.atTime(16, 30)); // Monday in UTC, Tuesday 00:30 in Shanghai
        AttendanceRecord early = posts.clockIn(hall.staff(1).actor(), site.id(), hall.staff(1).number(), 1);
        assertEquals(MONDAY.plusDays(1), early.date(), "a sign-in on Shanghai's Tuesday belongs to Tuesday");
        assertEquals(List.of(early.id()), posts.today(site.id()).stream().filter(r -> r.id() != 0).map(AttendanceRecord::id).toList());
        assertTrue(posts.today(site.id()).stream().noneMatch(r -> r.status() == AttendanceStatus.ABSENT),
                "Monday's shifts are not today's, so nobody is absent from them today");
    }
}
