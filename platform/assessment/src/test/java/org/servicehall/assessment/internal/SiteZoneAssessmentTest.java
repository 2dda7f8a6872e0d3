package org.servicehall.assessment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.servicehall.fixture.HallFixture.SUPERVISOR;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.Period;
import org.servicehall.attendance.internal.Attendance;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.QueueService;
import org.servicehall.testing.MutableClock;

/**
 * Issue 12 (Time; M1, M2): an assessment period begins, and a service error's day is "not in the
 * future", by the site's day in its zone, whatever the server's zone is. The services run on a
 * clock in UTC; the hall is in Asia/Shanghai, where December begins at 16:00 UTC on 30 November.
 * H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteZoneAssessmentTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period DECEMBER = Period.month(YearMonth.of(2026, 12));
    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @EachDatabase({"attendance", "assessment"})
    void decemberHasBegunAtAShanghaiHallWhileItIsStillNovemberInUtc_M1_M2(HallFixture fx) {
        MutableClock utc = fx.clock().withZone(ZoneOffset.UTC);
        utc.set(LocalDate.of(2026, 11, 30).atTime(15, 30)); // 23:30 on 30 November in Shanghai
        TestSite hall = fx.newSite("TZM").zone(SHANGHAI).create();
        long siteId = hall.site().id();
        QueueService queue = fx.newQueue().start();
        AssessmentService assessment = Assessment.onDataSource(fx.dataSource(), fx.sites(), fx.queueReports(queue),
                Attendance.onDataSource(fx.dataSource(), fx.sites(), fx.audit(), utc,
                        new Attendance.Settings(Duration.ofMinutes(10), Duration.ofMinutes(15)), p -> { }),
                (site, from, to) -> Map.of(), Optional::empty, fx.audit(), utc, (topic, properties) -> { });

        assertThrows(ValidationException.class, () -> assessment.assess(SUPERVISOR, siteId, DECEMBER, false), "not yet December");
        assertThrows(ValidationException.class,
                () -> assessment.recordError(SUPERVISOR, siteId, hall.staff(1).number(), FIRST_OF_DECEMBER, "窗口服务差错"));

        utc.set(LocalDate.of(2026, 11, 30).atTime(16, 30)); // still November in UTC, 00:30 on 1 December in Shanghai
        assertEquals(DECEMBER, assessment.assess(SUPERVISOR, siteId, DECEMBER, false).period(), "December has begun at the hall");
        assertEquals(FIRST_OF_DECEMBER,
                assessment.recordError(SUPERVISOR, siteId, hall.staff(1).number(), FIRST_OF_DECEMBER, "窗口服务差错").date());
    }
}
