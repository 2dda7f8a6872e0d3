package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.HallException;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WindowDraft;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

/**
 * Issue 12 (Time; Q1, Q8): a hall's opening hours and business date are in the site's own zone,
 * whatever the server's zone is. The installation's clock runs in UTC here, as on a server nobody
 * configured; the hall is in Asia/Shanghai (UTC+8), so its 09:00–17:00 is 01:00–09:00 UTC and its
 * day starts at 16:00 UTC. H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteZoneQueueTest {
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Monday 30 November 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final Map<TestDatabase.Kind, QueueFixture> fixtures = new EnumMap<>(TestDatabase.Kind.class);
    private int siteCount;
    private QueueFixture fx;
    private MutableClock utc;
    private Queue queue;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    @AfterAll
    void closeAll() {
        fixtures.values().forEach(QueueFixture::close);
    }

    private void start(TestDatabase.Kind kind) {
        fx = fixtures.computeIfAbsent(kind, k -> QueueFixture.start(k, new MutableClock(MONDAY.atTime(1, 30), ZoneOffset.UTC)));
        utc = fx.clock;
        queue = Queue.create(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security, utc, Queue.Settings.DEFAULTS, List::of, List::of,
                change -> { });
    }

    /** A hall in the zone given with one service (GENERAL, prefix A) and one window serving it. */
    private Site hall(ZoneId zone, LocalTime opens, LocalTime closes) {
        Site site = fx.sites.createSite(ADMIN, new SiteDraft("ZONE-" + (++siteCount), "办税服务厅", null, opens, closes, zone));
        fx.sites.createServiceItem(ADMIN, site.id(), new ServiceItemDraft("GENERAL", "综合业务", "A", null,
                TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "综合窗口", Set.of("GENERAL")));
        return site;
    }

    private Ticket issue(Site site) {
        return queue.issue(new IssueRequest(site.code(), "GENERAL", PriorityClass.NORMAL, Channel.KIOSK)).ticket();
    }

    private IssuingStatus issuing(Site site) {
        return queue.issuing(site.code()).get(0);
    }

    private void utcAt(LocalDate date, int hour, int minute) {
        utc.set(date.atTime(hour, minute));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aShanghaiHallOnAUtcServerIssuesFromNineThirtyShanghaiTimeAndStopsAtFive_Q8(TestDatabase.Kind kind) {
        start(kind);
        Site hall = hall(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0));
        utcAt(MONDAY, 1, 30); // 09:30 in Shanghai
        assertTrue(issuing(hall).takingTickets(), issuing(hall).message());
        Ticket first = issue(hall);
        assertEquals("A001", first.number());
        assertEquals(MONDAY, first.businessDate());

        utcAt(MONDAY, 9, 30); // 17:30 in Shanghai
        IssuingStatus closed = issuing(hall);
        assertEquals(IssuingStatus.Reason.CLOSED_FOR_THE_DAY, closed.reason());
        assertEquals(LocalDateTime.of(2026, 12, 1, 8, 30).atZone(SHANGHAI).toInstant(), closed.opensAgainAt(),
                "half an hour before Tuesday's opening, Shanghai time");
        assertThrows(HallException.class, () -> issue(hall));
        assertEquals(1, fx.count("sh_ticket WHERE site_id = " + hall.id()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theBusinessDateFlipsAtShanghaiMidnightNotUtcMidnight_Q1(TestDatabase.Kind kind) {
        start(kind);
        Site hall = hall(SHANGHAI, LocalTime.of(1, 0), LocalTime.of(23, 0)); // issuing 00:30-23:00 Shanghai time
        utcAt(MONDAY, 14, 50); // Monday 22:50 in Shanghai
        Ticket monday = issue(hall);
        assertEquals(MONDAY, monday.businessDate());
        assertEquals("A001", monday.number());

        utcAt(MONDAY, 16, 40); // still Monday in UTC, Tuesday 00:40 in Shanghai
        Ticket tuesday = issue(hall);
        assertEquals(MONDAY.plusDays(1), tuesday.businessDate(), "a new business day began at midnight in Shanghai");
        assertEquals("A001", tuesday.number(), "numbers start again each business day");
        TicketPosition a001 = queue.position(hall.code(), "A001");
        assertEquals(tuesday.id(), a001.ticket().id(), "today's A001 at the hall is Tuesday's");
        assertEquals(0, a001.peopleAhead(), "Monday's ticket is not ahead of it");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void twoHallsInDifferentZonesKeepTheirOwnHoursAtOnce_Q8(TestDatabase.Kind kind) {
        start(kind);
        Site shanghai = hall(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0));
        Site london = hall(LONDON, LocalTime.of(9, 0), LocalTime.of(17, 0));

        utcAt(MONDAY, 1, 30); // 09:30 in Shanghai, 01:30 in London
        assertTrue(issuing(shanghai).takingTickets(), issuing(shanghai).message());
        assertEquals(IssuingStatus.Reason.BEFORE_OPENING, issuing(london).reason());
        assertEquals(LocalDateTime.of(MONDAY, LocalTime.of(8, 30)).atZone(LONDON).toInstant(), issuing(london).opensAgainAt());
        assertEquals("A001", issue(shanghai).number());
        assertThrows(HallException.class, () -> issue(london));

        utcAt(MONDAY, 9, 30); // 17:30 in Shanghai, 09:30 in London
        assertEquals(IssuingStatus.Reason.CLOSED_FOR_THE_DAY, issuing(shanghai).reason());
        assertTrue(issuing(london).takingTickets(), issuing(london).message());
        assertEquals("A001", issue(london).number());
        assertThrows(HallException.class, () -> issue(shanghai));
        Instant now = utc.instant();
        assertEquals(LocalDate.ofInstant(now, SHANGHAI), fx.sites.today(shanghai.id()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void appointmentSlotsHaveBegunByShanghaiTime_Q9(TestDatabase.Kind kind) {
        start(kind);
        Site hall = hall(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(17, 0));
        AppointmentBook book = new AppointmentBook(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security, utc, queue, 30, 2);
        utcAt(MONDAY, 1, 40); // 09:40 in Shanghai
        assertEquals(LocalTime.of(10, 0), book.slots(hall.code(), "GENERAL", MONDAY).get(0).start(),
                "the 09:00 and 09:30 slots have begun in Shanghai");
    }
}
