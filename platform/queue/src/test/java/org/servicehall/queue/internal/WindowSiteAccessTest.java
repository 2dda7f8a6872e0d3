package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

/**
 * S1 (issue 16): what a window is calling or serving, as the REST API reads it, is answered to staff of
 * the window's site only; another site's staff are refused as at the window's other operations
 * (the operation and the site named, the refusal audited), on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowSiteAccessTest {
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private final Map<TestDatabase.Kind, QueueFixture> fixtures = new EnumMap<>(TestDatabase.Kind.class);
    private int siteCount;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    @AfterAll
    void closeAll() {
        fixtures.values().forEach(QueueFixture::close);
    }

    private QueueFixture fixture(TestDatabase.Kind kind) {
        return fixtures.computeIfAbsent(kind, k -> QueueFixture.start(k, new MutableClock(MutableClock.MONDAY_NINE)));
    }

    private Window windowOfNewSite(QueueFixture fx) {
        Site site = fx.sites.createSite(ADMIN, new SiteDraft("WIN-" + (++siteCount), "办税服务厅", "1 Example Road", LocalTime.of(9, 0),
                LocalTime.of(17, 0)));
        fx.sites.createServiceItem(ADMIN, site.id(),
                new ServiceItemDraft("GENERAL", "综合业务", "A", null, TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        return fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "综合窗口", Set.of("GENERAL")));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aWindowsCurrentTicketsAreReadByStaffOfItsSiteOnly_S1(TestDatabase.Kind kind) {
        QueueFixture fx = fixture(kind);
        fx.clock.set(MutableClock.MONDAY_NINE);
        Window a = windowOfNewSite(fx);
        Window b = windowOfNewSite(fx);
        String siteA = fx.sites.site(a.siteId()).code();
        String siteB = fx.sites.site(b.siteId()).code();
        Queue queue = Queue.create(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security, fx.clock, Queue.Settings.DEFAULTS, List::of,
                List::of, change -> { });
        Actor staffOfA = new Actor("s101", "李娜", Set.of(), Map.of(siteA, Set.of(Role.STAFF)));
        queue.issue(new IssueRequest(siteA, "GENERAL", PriorityClass.NORMAL, Channel.KIOSK));
        queue.issue(new IssueRequest(siteB, "GENERAL", PriorityClass.NORMAL, Channel.KIOSK));
        Ticket calledAtA = queue.callNext(staffOfA, a.id()).orElseThrow();
        Ticket calledAtB = queue.callNext(Actor.SYSTEM, b.id()).orElseThrow();

        assertEquals(List.of(calledAtA), queue.current(staffOfA, a.id()), "the staff member's own site's window");
        AccessDenied denied = assertThrows(AccessDenied.class, () -> queue.current(staffOfA, b.id()));
        assertEquals("s101 may not see the tickets at this window at site " + siteB + ": the role Staff is required there",
                denied.message(Locale.ENGLISH));
        assertEquals("s101 无权在站点 " + siteB + " 执行“查看此窗口的号票”：需要该站点的窗口工作人员角色", denied.message(Locale.SIMPLIFIED_CHINESE));
        List<AuditEntry> history = fx.security.history("window", b.id());
        AuditEntry refusal = history.get(history.size() - 1);
        assertEquals("refuse", refusal.action(), "the refusal is audited as the window's other operations' are");
        assertEquals("s101", refusal.actor());
        assertTrue(refusal.after().contains("role STAFF at site " + siteB), refusal.after());

        assertEquals(List.of(calledAtB), queue.current(new Actor("s201", "王五", Set.of(), Map.of(siteB, Set.of(Role.STAFF))), b.id()),
                "site B's own staff");
        assertEquals(List.of(calledAtB), queue.current(ADMIN, b.id()), "a central administrator on every site");
    }
}
