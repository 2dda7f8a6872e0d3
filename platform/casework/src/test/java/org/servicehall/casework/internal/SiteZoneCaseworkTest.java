package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseIntake;
import org.servicehall.common.EventDispatcher;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

/**
 * Issue 12 (Time; T1, T3): a case is opened on the site's day, in its zone, and its deadline counts
 * from that day, whatever the server's zone is. Casework runs on a clock in UTC; the hall is in
 * Asia/Shanghai (UTC+8), whose Tuesday begins at 16:00 UTC on Monday. H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteZoneCaseworkTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @EachDatabase("casework")
    void aCaseOpenedAfterMidnightInShanghaiIsTuesdaysAndCountsFromTuesday_T1_T3(HallFixture fx) {
        MutableClock utc = fx.clock().withZone(ZoneOffset.UTC);
        TestSite hall = fx.newSite("TZW").zone(SHANGHAI).hours(LocalTime.of(0, 0), LocalTime.of(23, 0))
                .service(new ServiceItemDraft("SETUP", "设立登记", "A", null, TimeLimit.of(TimeLimitClass.THREE_DAYS))).staff("李明").create();
        QueueService queue = fx.newQueue().start();
        CaseParts parts = new CaseParts(new CaseStore(fx.dataSource(), fx.kind()), fx.sites(), queue, fx.audit(), utc,
                new EventDispatcher("casework-zone-test"), LightRule.DEFAULT, 92, fx.identityChecks());
        CaseLifecycleImpl cases = new CaseLifecycleImpl(parts);
        new HolidayTablesImpl(parts).load(HallFixture.ADMIN, hall.id(), Holidays2026.text());
        Actor li = hall.staff(1).actor();

        utc.set(MONDAY.atTime(16, 30)); // Monday in UTC, Tuesday 00:30 in Shanghai
        queue.issue(new IssueRequest(hall.code(), "SETUP", PriorityClass.NORMAL, Channel.KIOSK));
        Ticket called = queue.callNext(li, hall.windowId(1)).orElseThrow();
        Case c = cases.open(li, new CaseIntake(called.id(), null, ApplicantKind.PERSON, "张三", "11010519491231002X", "13812345678"));

        assertEquals(TUESDAY, c.acceptedOn(), "Tuesday at the hall");
        assertEquals(hall.code() + "-20261201-0001", c.number());
        // 3 working days from Tue 1 Dec: Wed 2 (1), Thu 3 (2), Fri 4 (3)
        assertEquals(LocalDate.of(2026, 12, 4), c.due(), "the deadline counts from Tuesday");
    }
}
