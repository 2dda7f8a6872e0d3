package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.h2.jdbcx.JdbcConnectionPool;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.HallException;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.Board;
import org.servicehall.queue.CallEligibility;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.Channel;
import org.servicehall.queue.InvalidTicketState;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.Role;
import org.servicehall.site.CalendarDay;
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
 * The queue on the real schema (H2 and PostgreSQL) with its real collaborators: the security
 * service as audit log, the site service and a catalogue fed a tax-hall file.
 *
 * <p>For speed the database of a kind is made and migrated once for this class; every test gets a
 * site of its own (its own code, services and windows) and a new {@link Queue}, so no test sees
 * another's tickets, windows or events.
 *
 * <p>Each site: services GENERAL (prefix A, core), INVOICE (B, core) and TX-REG-SETUP (T, from the
 * tax-hall catalogue); window 1 serves GENERAL and INVOICE, window 2 GENERAL, window 3 INVOICE and
 * TX-REG-SETUP. Issuing closes at 17:00; the clock starts on Monday 2026-11-30 at 09:00 (Shanghai).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePersistenceTest {
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private static final Actor SUPERVISOR = new Actor("wang.fang", "王芳", EnumSet.of(Role.SUPERVISOR));
    private static final Actor STAFF = new Actor("s001", "李娜", EnumSet.of(Role.STAFF));
    private static final Actor KIOSK = new Actor("kiosk", "Kiosk", Set.of());
    private static final LocalDate MONDAY = MutableClock.MONDAY_NINE.toLocalDate();
    private static final Duration FIVE_MIN = Duration.ofMinutes(5);

    private final Map<TestDatabase.Kind, QueueFixture> fixtures = new EnumMap<>(TestDatabase.Kind.class);
    private int siteCount;

    private QueueFixture fx;
    private MutableClock clock;
    private Site site;
    private Window w1;
    private Window w2;
    private Window w3;
    private final List<QueueChange> changes = new CopyOnWriteArrayList<>();
    private final List<PriorityPolicy> policies = new CopyOnWriteArrayList<>();
    private final List<CallGuard> guards = new CopyOnWriteArrayList<>();
    private Queue queue;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    @AfterAll
    void closeAll() {
        fixtures.values().forEach(QueueFixture::close);
    }

    private Queue start(TestDatabase.Kind kind) {
        fx = fixtures.get(kind);
        if (fx == null) {
            fx = QueueFixture.start(kind, new MutableClock(MutableClock.MONDAY_NINE));
            fixtures.put(kind, fx);
        }
        clock = fx.clock;
        clock.set(MutableClock.MONDAY_NINE);
        site = fx.sites.createSite(ADMIN, new SiteDraft("HALL-" + (++siteCount), "办税服务厅", "1 Example Road", LocalTime.of(9, 0),
                LocalTime.of(17, 0)));
        fx.sites.createServiceItem(ADMIN, site.id(),
                new ServiceItemDraft("GENERAL", "综合业务", "A", null, TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        fx.sites.createServiceItem(ADMIN, site.id(),
                new ServiceItemDraft("INVOICE", "发票业务", "B", null, TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        fx.sites.adoptCatalogueItem(ADMIN, site.id(), "TX-REG-SETUP", null);
        w1 = fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "综合窗口", Set.of("GENERAL", "INVOICE")));
        w2 = fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(2, "综合业务窗口", Set.of("GENERAL")));
        w3 = fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(3, "发票窗口", Set.of("INVOICE", "TX-REG-SETUP")));
        changes.clear();
        policies.clear();
        guards.clear();
        queue = newQueue(Queue.Settings.DEFAULTS);
        return queue;
    }

    private Queue newQueue(Queue.Settings settings) {
        return Queue.create(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security, clock, settings, () -> policies, () -> guards,
                changes::add);
    }

    // ---- helpers

    private TicketReceipt issue(String service, PriorityClass priority) {
        return queue.issue(new IssueRequest(site.code(), service, priority, Channel.KIOSK));
    }

    private Ticket issue(String service) {
        return issue(service, PriorityClass.NORMAL).ticket();
    }

    private Ticket call(Window w) {
        return queue.callNext(STAFF, w.id()).orElseThrow(() -> new AssertionError("window " + w.number() + " got no ticket"));
    }

    private Optional<Ticket> tryCall(Window w) {
        return queue.callNext(STAFF, w.id());
    }

    /** Issue 17: the window serves its current ticket (if it has one), then calls the next. */
    private Ticket next(Window w) {
        serveCurrent(w);
        return call(w);
    }

    private Optional<Ticket> tryNext(Window w) {
        serveCurrent(w);
        return tryCall(w);
    }

    private void serveCurrent(Window w) {
        for (Ticket t : queue.current(w.id())) {
            if (t.status() == TicketStatus.CALLED) {
                queue.start(STAFF, t.id());
            }
            queue.finish(STAFF, t.id());
        }
    }

    private Instant at(int hour, int minute) {
        return LocalDateTime.of(MONDAY, LocalTime.of(hour, minute)).atZone(MutableClock.ZONE).toInstant();
    }

    /** Events of this test's site, in publishing order. */
    private List<QueueChange> events(String topic) {
        return changes.stream().filter(c -> c.topic().equals(topic) && c.siteId() == site.id()).toList();
    }

    private List<String> actions(String entity, Object id) {
        return fx.security.history(entity, id).stream().map(AuditEntry::action).toList();
    }

    /** The ticket's row, read with plain SQL: status, called, started, finished, window, recalls, service. */
    private Object[] row(long ticketId) {
        return fx.db.query("SELECT status, called_at, started_at, finished_at, window_number, recalls, service_code "
                + "FROM sh_ticket WHERE id = " + ticketId).get(0);
    }

    private long auditRows() {
        return fx.count("sh_audit_log");
    }

    private long ticketRows() {
        return fx.count("sh_ticket WHERE site_id = " + site.id());
    }

    private QueueStats.ServiceStats stats(String service) {
        return queue.stats(site.id()).services().stream().filter(s -> s.serviceCode().equals(service)).findFirst().orElseThrow();
    }

    private QueueStats.WindowStats stats(Window w) {
        return queue.stats(site.id()).windows().stream().filter(s -> s.windowId() == w.id()).findFirst().orElseThrow();
    }

    private static List<String> numbers(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::number).toList();
    }

    // ---- issuing (Q1)

    @ParameterizedTest
    @MethodSource("kinds")
    void numbersArePerServicePerDayWithPeopleAheadAndEstimatedWait_Q1_Q4(TestDatabase.Kind kind) {
        start(kind);
        TicketReceipt a1 = queue.issue(new IssueRequest(site.code(), "GENERAL", null, Channel.KIOSK));
        Ticket t = a1.ticket();
        assertEquals("A001", t.number());
        assertEquals(1, t.sequence());
        assertEquals(site.id(), t.siteId());
        assertEquals("GENERAL", t.serviceCode());
        assertEquals(TicketStatus.WAITING, t.status());
        assertEquals(PriorityClass.NORMAL, t.priority());
        assertEquals(Channel.KIOSK, t.channel());
        assertEquals(clock.instant(), t.issuedAt());
        assertEquals(MONDAY, t.businessDate());
        assertNull(t.calledAt());
        assertNull(t.windowNumber());
        assertEquals(0, t.recalls());
        assertEquals("办税服务厅", a1.siteName());
        assertEquals("综合业务", a1.serviceName());
        assertEquals(0, a1.peopleAhead());
        assertEquals(Duration.ZERO, a1.estimatedWait());
        assertEquals(t, queue.ticket(t.id()));

        clock.advanceMinutes(1);
        // two open windows serve GENERAL, 5 min per ticket until there is history: ceil(ahead / 2) x 5 min
        TicketReceipt a2 = queue.issue(new IssueRequest(site.code().toLowerCase(), " general ", PriorityClass.NORMAL, Channel.DESK));
        assertEquals("A002", a2.ticket().number());
        assertEquals(Channel.DESK, a2.ticket().channel());
        assertEquals(1, a2.peopleAhead());
        assertEquals(FIVE_MIN, a2.estimatedWait());

        TicketReceipt b1 = issue("INVOICE", PriorityClass.NORMAL);
        assertEquals("B001", b1.ticket().number(), "each service has its own numbers");
        assertEquals(0, b1.peopleAhead());
        assertEquals("发票业务", b1.serviceName());
        TicketReceipt t1 = issue("tx-reg-setup", PriorityClass.NORMAL);
        assertEquals("T001", t1.ticket().number(), "the catalogue's default prefix");
        assertEquals("税务登记（设立）", t1.serviceName());

        TicketReceipt a3 = issue("GENERAL", PriorityClass.NORMAL);
        assertEquals("A003", a3.ticket().number());
        assertEquals(2, a3.peopleAhead());
        assertEquals(FIVE_MIN, a3.estimatedWait());
        TicketReceipt a4 = issue("GENERAL", PriorityClass.NORMAL);
        assertEquals("A004", a4.ticket().number());
        assertEquals(3, a4.peopleAhead());
        assertEquals(Duration.ofMinutes(10), a4.estimatedWait());

        TicketPosition p = queue.position(site.code().toLowerCase(), " a002 ");
        assertEquals(a2.ticket().id(), p.ticket().id());
        assertEquals(1, p.peopleAhead());
        assertEquals(FIVE_MIN, p.estimatedWait());

        // Q2: a priority ticket has nobody ahead and is ahead of the normal ones
        TicketReceipt a5 = issue("GENERAL", PriorityClass.ELDERLY);
        assertEquals("A005", a5.ticket().number());
        assertEquals(PriorityClass.ELDERLY, a5.ticket().priority());
        assertEquals(0, a5.peopleAhead());
        assertEquals(2, queue.position(site.code(), "A002").peopleAhead());

        // the next day starts again at 001
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        TicketReceipt next = issue("GENERAL", PriorityClass.NORMAL);
        assertEquals("A001", next.ticket().number());
        assertEquals(LocalDate.of(2026, 12, 1), next.ticket().businessDate());
        assertEquals(0, next.peopleAhead(), "yesterday's tickets are not ahead");
        assertEquals(next.ticket().id(), queue.position(site.code(), "A001").ticket().id());
        assertEquals(2, fx.count("sh_ticket WHERE site_id = " + site.id() + " AND ticket_number = 'A001'"));
        assertEquals(List.of("issue"), actions("ticket", next.ticket().id()));
    }

    // ---- calling (Q5, Q2)

    /**
     * After a long day (5,000 finished tickets, no statistics for them yet) a call still reads the
     * waiting line through its own index: on PostgreSQL the partial index of WAITING tickets (the
     * planner used to take the served_by report index and read the whole day), on H2 the status index.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void aCallReadsTheWaitingLineThroughItsIndexHoweverLongTheDayHasBeen_Q5(TestDatabase.Kind kind) throws Exception {
        start(kind);
        Instant nine = at(9, 0);
        try (java.sql.Connection c = fx.pool.getConnection()) {
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO sh_ticket (site_id, service_code, ticket_number, seq, "
                    + "business_date, priority, channel, status, issued_at, first_called_at, called_at, started_at, finished_at, "
                    + "window_number, recalls, transfers, served_by) VALUES (?, 'GENERAL', ?, ?, ?, 'NORMAL', 'KIOSK', 'DONE', ?, ?, ?, ?, ?, 2, 0, 0, ?)")) {
                java.sql.Timestamp t = java.sql.Timestamp.from(nine);
                for (int i = 1; i <= 5_000; i++) {
                    ps.setLong(1, site.id());
                    ps.setString(2, "Z" + i);
                    ps.setInt(3, i);
                    ps.setObject(4, MONDAY);
                    for (int column = 5; column <= 9; column++) {
                        ps.setTimestamp(column, t);
                    }
                    ps.setString(10, "S" + (i % 7));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        Ticket waiting = issue("GENERAL");
        StringBuilder plan = new StringBuilder();
        try (java.sql.Connection c = fx.pool.getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN " + TicketStore.candidatesSql(2, true, TicketStore.CANDIDATES))) {
            int i = 1;
            for (int part = 0; part < 2; part++) {
                ps.setLong(i++, site.id());
                ps.setObject(i++, MONDAY);
                ps.setString(i++, "GENERAL");
                ps.setString(i++, "INVOICE");
                ps.setInt(i++, w1.number());
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        String index = kind == TestDatabase.Kind.H2 ? "IX_TICKET_OPEN" : "ix_ticket_waiting";
        assertTrue(plan.toString().contains(index), "the candidates are read through " + index + ":\n" + plan);
        assertFalse(plan.toString().toLowerCase(java.util.Locale.ROOT).contains("ix_ticket_report"), plan.toString());
        assertEquals(waiting.id(), call(w1).id(), "and the one waiting ticket is called");
    }


    @ParameterizedTest
    @MethodSource("kinds")
    void callNextTakesTheWindowsServicesInPolicyOrderAndIsEmptyWhenNobodyWaits_Q5_Q2(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        clock.advanceMinutes(1);
        Ticket b1 = issue("INVOICE");
        clock.advanceMinutes(1);
        Ticket a2 = issue("GENERAL", PriorityClass.ELDERLY).ticket();
        clock.advanceMinutes(1);
        Ticket t1 = issue("TX-REG-SETUP");
        clock.advanceMinutes(1);

        Ticket byTwo = call(w2);
        assertEquals(a2.id(), byTwo.id(), "window 2 serves GENERAL only, and the elderly citizen goes first");
        assertEquals(TicketStatus.CALLED, byTwo.status());
        assertEquals(2, byTwo.windowNumber());
        assertEquals(clock.instant(), byTwo.calledAt());
        assertEquals(byTwo, queue.ticket(a2.id()));
        assertEquals(List.of(byTwo), queue.current(w2.id()));

        assertEquals(b1.id(), call(w3).id(), "window 3: INVOICE issued before TX-REG-SETUP");
        assertEquals(a1.id(), call(w1).id());
        assertEquals(Optional.of(queue.ticket(a1.id())), tryCall(w1), "issue 17: window 1's current ticket is answered again");
        assertEquals(Optional.empty(), tryNext(w1), "only a TX-REG-SETUP ticket waits, and window 1 does not serve it");
        assertEquals(Optional.empty(), tryNext(w2));
        assertEquals(t1.id(), next(w3).id());
        assertEquals(Optional.empty(), tryNext(w3));
        assertEquals(List.of("A001", "A002", "B001", "T001"),
                numbers(List.of(queue.ticket(a1.id()), queue.ticket(a2.id()), queue.ticket(b1.id()), queue.ticket(t1.id()))));
        assertEquals(List.of(1, 2, 3, 3), List.of(queue.ticket(a1.id()).windowNumber(), queue.ticket(a2.id()).windowNumber(),
                queue.ticket(b1.id()).windowNumber(), queue.ticket(t1.id()).windowNumber()));
        assertEquals(0, fx.count("sh_ticket WHERE site_id = " + site.id() + " AND status = 'WAITING'"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aNormalTicketPassedOverLongerThanTheFairnessCapIsCalledBeforePriorityTickets_Q2(TestDatabase.Kind kind) {
        start(kind);
        Ticket normal = issue("GENERAL");
        clock.advanceMinutes(25);
        Ticket elderly = issue("GENERAL", PriorityClass.PREGNANT).ticket();
        Ticket later = issue("GENERAL");
        clock.advanceMinutes(1);
        Ticket emergency = issue("GENERAL", PriorityClass.EMERGENCY).ticket();
        assertEquals(normal.id(), next(w2).id(), "waited 26 min, over the 20 min cap");
        assertEquals(elderly.id(), next(w2).id());
        assertEquals(emergency.id(), next(w2).id(), "the later normal ticket waited 1 min only");
        assertEquals(later.id(), next(w2).id());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aPluggedPriorityPolicyOrdersTheWindowsOfTheSectorItAppliesTo_Q2(TestDatabase.Kind kind) {
        start(kind);
        List<String> asked = new CopyOnWriteArrayList<>();
        policies.add(new PriorityPolicy() {
            @Override
            public boolean appliesTo(String sector, Set<String> serviceCodes) {
                asked.add(sector);
                return sector.equals("tax-hall");
            }

            @Override
            public Comparator<Ticket> order(Instant now) {
                return Comparator.comparing(Ticket::issuedAt).reversed(); // newest first
            }
        });
        Ticket t1 = issue("TX-REG-SETUP");
        Ticket a1 = issue("GENERAL");
        clock.advanceMinutes(1);
        Ticket t2 = issue("TX-REG-SETUP");
        Ticket a2 = issue("GENERAL");
        assertEquals(t2.id(), call(w3).id(), "window 3 serves a tax-hall item: the plugged policy orders it");
        assertEquals(t1.id(), next(w3).id());
        assertEquals(a1.id(), call(w2).id(), "window 2 serves core items only: the default policy");
        assertEquals(a2.id(), next(w2).id());
        assertTrue(asked.contains("tax-hall"), asked.toString());
    }

    // ---- one current ticket per window; tickets left at a window (issue 17)

    @ParameterizedTest
    @MethodSource("kinds")
    void aCallAtAWindowWithACurrentTicketAnswersThatTicketAgainAndCallsNobodyElse_Q5_Q6(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        Ticket a2 = issue("GENERAL");
        clock.advanceMinutes(2);
        Ticket called = call(w2);
        assertEquals(a1.id(), called.id());
        long audit = auditRows();
        int calledEvents = events(QueueEvents.TICKET_CALLED).size();

        // the answer was lost and the desk (or the client) calls again: the same ticket, nobody else called
        clock.advanceMinutes(1);
        assertEquals(called, call(w2), "a retried call answers the window's current ticket as it is");
        assertEquals(TicketStatus.WAITING, queue.ticket(a2.id()).status());
        assertEquals(audit, auditRows(), "nothing changed, nothing audited");
        assertEquals(calledEvents, events(QueueEvents.TICKET_CALLED).size(), "nor announced again");
        assertEquals(List.of(called), queue.current(w2.id()));

        Ticket serving = queue.start(STAFF, a1.id());
        assertEquals(serving, call(w2), "being served, it is still the window's current ticket");
        assertEquals(a2.id(), call(w1).id(), "another window calls the next one");
        queue.finish(STAFF, a1.id());
        assertEquals(Optional.empty(), tryCall(w2), "settled: the window calls the next, and nobody waits");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void callsAtOneWindowAtTheSameMomentOnTwoNodesAllAnswerTheOneTicketCalled_Q5(TestDatabase.Kind kind) throws Exception {
        start(kind);
        for (int i = 0; i < 5; i++) {
            issue("GENERAL");
        }
        JdbcConnectionPool otherPool = fx.newPool(8);
        Queue other = Queue.create(new TicketStore(otherPool, fx.kind()), fx.sites, fx.security, clock, Queue.Settings.DEFAULTS,
                () -> policies, () -> guards, changes::add);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<Ticket>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Queue node = i % 2 == 0 ? queue : other;
                calls.add(threads.submit(() -> {
                    go.await();
                    return node.callNext(STAFF, w2.id());
                }));
            }
            go.countDown();
            Set<Long> answered = new HashSet<>();
            for (Future<Optional<Ticket>> f : calls) {
                answered.add(f.get(60, TimeUnit.SECONDS).orElseThrow().id());
            }
            assertEquals(1, answered.size(), "every call answers the one ticket called: " + answered);
            assertEquals(1, fx.count("sh_ticket WHERE site_id = " + site.id() + " AND status = 'CALLED'"));
            assertEquals(4, fx.count("sh_ticket WHERE site_id = " + site.id() + " AND status = 'WAITING'"));
            assertEquals(List.of("call"), actions("ticket", answered.iterator().next()).stream().filter("call"::equals).toList());
        } finally {
            threads.shutdownNow();
            otherPool.dispose();
        }
    }

    private LeftTicketsImpl leftTickets() {
        QueueParts parts = new QueueParts(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security, clock, Queue.Settings.DEFAULTS);
        return new LeftTicketsImpl(parts, new QueuePublisher(changes::add), LeftTicketRules.Limits.DEFAULTS);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void ticketsLeftCalledOrServedPastTheirTimeAreListedToTheSupervisorAndReturnedOrClosedAudited_Q6(TestDatabase.Kind kind) {
        start(kind);
        LeftTicketsImpl left = leftTickets();
        Ticket a1 = issue("GENERAL");
        Ticket b1 = issue("INVOICE");
        Ticket a2 = issue("GENERAL");
        call(w2); // A001, called at 09:00 and never started
        call(w3); // B001, served from 09:00
        queue.start(STAFF, b1.id());
        clock.advanceMinutes(15);
        assertEquals(List.of(), left.left(SUPERVISOR, site.id()), "15 minutes called is not yet left");
        clock.advanceMinutes(1);
        assertEquals(List.of(new LeftTickets.LeftTicket(queue.ticket(a1.id()), Duration.ofMinutes(16))), left.left(SUPERVISOR, site.id()));
        clock.advanceMinutes(105); // 11:01: B001 served for 121 minutes
        assertEquals(List.of("A001", "B001"), left.left(SUPERVISOR, site.id()).stream().map(l -> l.ticket().number()).toList(),
                "the longest left first");
        assertThrows(AccessDenied.class, () -> left.left(STAFF, site.id()));
        assertThrows(AccessDenied.class, () -> left.returnToQueue(STAFF, a1.id()));

        // returned: waiting again with its issue time, so ahead of A002; the window may call again
        Ticket back = left.returnToQueue(SUPERVISOR, a1.id());
        assertEquals(TicketStatus.WAITING, back.status());
        assertNull(back.windowNumber());
        assertNull(back.calledAt());
        assertEquals(a1.issuedAt(), back.issuedAt());
        assertEquals(back, queue.ticket(a1.id()));
        assertEquals(List.of("issue", "call", "refuse", "return-to-queue"), actions("ticket", a1.id()), "the staff member's try refused, audited (S1)");
        assertEquals(a1.id(), call(w1).id(), "back in its place, ahead of A002");
        assertEquals(TicketStatus.WAITING, queue.ticket(a2.id()).status());

        // closed: a served ticket as done, a called one as no-show
        Ticket done = left.close(SUPERVISOR, b1.id());
        assertEquals(TicketStatus.DONE, done.status());
        assertEquals(clock.instant(), done.finishedAt());
        assertEquals(List.of("issue", "call", "start", "close-left"), actions("ticket", b1.id()));
        assertEquals(TicketStatus.NO_SHOW, left.close(SUPERVISOR, a1.id()).status());
        assertEquals(List.of(), left.left(SUPERVISOR, site.id()));

        long audit = auditRows();
        InvalidTicketState notAtWindow = assertThrows(InvalidTicketState.class, () -> left.close(SUPERVISOR, a2.id()));
        assertEquals("ticket A002 is Waiting, not at a window: only a called or served ticket can be returned to the queue or closed",
                notAtWindow.getMessage());
        assertThrows(InvalidTicketState.class, () -> left.returnToQueue(SUPERVISOR, b1.id()));
        assertEquals(audit, auditRows(), "a refused step stores nothing");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTicketLeftOnAnEarlierDayIsListedDoesNotHoldTodaysWindowAndIsClosedNotReturned_Q6(TestDatabase.Kind kind) {
        start(kind);
        LeftTicketsImpl left = leftTickets();
        Ticket monday = issue("GENERAL");
        call(w2);
        clock.set(LocalDateTime.of(MONDAY.plusDays(1), LocalTime.of(9, 0)));
        Ticket tuesday = issue("GENERAL");
        assertEquals(tuesday.id(), call(w2).id(), "yesterday's ticket does not hold today's window");
        assertEquals(List.of("A001"), left.left(SUPERVISOR, site.id()).stream().map(l -> l.ticket().number()).toList());
        InvalidTicketState earlier = assertThrows(InvalidTicketState.class, () -> left.returnToQueue(SUPERVISOR, monday.id()));
        assertEquals("ticket A001 was issued on 2026-11-30: a ticket of an earlier day cannot go back to today's queue; close it",
                earlier.getMessage());
        assertEquals(TicketStatus.NO_SHOW, left.close(SUPERVISOR, monday.id()).status());
    }

    // ---- roles per site (S1)

    /**
     * S1 (issue 16): the queue checks the site of the window or ticket an operation touches, not only
     * the role. A staff member of another site calling at this site's window, or taking a step of its
     * ticket, and a supervisor of another site opening or closing its window, are refused with the
     * operation and the site named, audited, and nothing changes; this site's staff and a central
     * administrator (the platform itself among them) go on.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void anotherSitesStaffAndSupervisorsAreRefusedThisSitesWindowsAndTickets_S1(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        Actor staffOfOther = new Actor("s900", "外站", Set.of(), Map.of("OTHER-SITE", Set.of(Role.STAFF)));
        Actor supervisorOfOther = new Actor("w900", "外站督查", Set.of(), Map.of("OTHER-SITE", Set.of(Role.SUPERVISOR)));
        Actor staffHere = new Actor("s001", "李娜", Set.of(), Map.of(site.code(), Set.of(Role.STAFF)));

        AccessDenied call = assertThrows(AccessDenied.class, () -> queue.callNext(staffOfOther, w1.id()));
        assertEquals("s900 may not call tickets at this window at site " + site.code() + ": the role Staff is required there",
                call.message(Locale.ENGLISH));
        assertEquals("s900 无权在站点 " + site.code() + " 执行“在此窗口叫号”：需要该站点的窗口工作人员角色", call.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(TicketStatus.WAITING, queue.ticket(a1.id()).status(), "nobody called");
        assertEquals(List.of("create", "refuse"), actions("window", w1.id()), "the refusal is audited");
        AuditEntry refusal = fx.security.history("window", w1.id()).get(1);
        assertEquals("s900", refusal.actor());
        assertTrue(refusal.after().contains("role STAFF at site " + site.code()), refusal.after());

        AccessDenied close = assertThrows(AccessDenied.class, () -> queue.setWindowOpen(supervisorOfOther, w1.id(), false));
        assertTrue(close.message(Locale.ENGLISH).contains("open or close windows at site " + site.code()), close.getMessage());
        assertTrue(queue.isWindowOpen(w1.id()));
        assertThrows(AccessDenied.class, () -> queue.callNext(staffHere.at("OTHER-SITE"), w2.id()),
                "the console's actor at another site holds nothing here");

        Ticket called = queue.callNext(staffHere, w1.id()).orElseThrow();
        assertEquals(a1.id(), called.id());
        List<Executable> steps = List.of(() -> queue.recall(staffOfOther, a1.id()), () -> queue.noShow(staffOfOther, a1.id()),
                () -> queue.start(staffOfOther, a1.id()), () -> queue.finish(staffOfOther, a1.id()),
                () -> queue.transfer(staffOfOther, a1.id(), "INVOICE", null, null),
                () -> queue.start(supervisorOfOther, a1.id()));
        for (Executable step : steps) {
            AccessDenied denied = assertThrows(AccessDenied.class, step);
            assertTrue(denied.message(Locale.ENGLISH).contains("at site " + site.code()), denied.getMessage());
        }
        assertEquals(TicketStatus.CALLED, queue.ticket(a1.id()).status(), "no step taken");
        assertEquals(6, fx.security.history("ticket", a1.id()).stream().filter(e -> e.action().equals("refuse")).count());

        LeftTicketsImpl left = leftTickets();
        assertThrows(AccessDenied.class, () -> left.left(supervisorOfOther, site.id()));
        assertThrows(AccessDenied.class, () -> left.close(supervisorOfOther, a1.id()));

        queue.start(staffHere, a1.id());
        assertEquals(TicketStatus.DONE, queue.finish(Actor.SYSTEM, a1.id()).status(), "the platform acts on every site");
        queue.setWindowOpen(ADMIN, w1.id(), false);
        assertFalse(queue.isWindowOpen(w1.id()), "a central administrator on every site");
    }

    // ---- windows (Q11)

    @ParameterizedTest
    @MethodSource("kinds")
    void aClosedWindowCannotCallUntilASupervisorOpensIt_Q11(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        Ticket a2 = issue("GENERAL");
        assertEquals(FIVE_MIN, stats("GENERAL").predictedWait(), "2 waiting, 2 open windows");
        long audit = auditRows();

        AccessDenied denied = assertThrows(AccessDenied.class, () -> queue.setWindowOpen(STAFF, w2.id(), false));
        assertEquals("s001 may not open or close windows at site " + site.code() + ": the role Supervisor is required there",
                denied.getMessage());
        assertTrue(queue.isWindowOpen(w2.id()));
        assertEquals(audit + 1, auditRows(), "the refusal alone is audited (S1)");

        queue.setWindowOpen(SUPERVISOR, w2.id(), false);
        assertFalse(queue.isWindowOpen(w2.id()));
        assertTrue(queue.isWindowOpen(w1.id()));
        assertFalse(stats(w2).open());
        assertEquals(Duration.ofMinutes(10), stats("GENERAL").predictedWait(), "one open window left: 2 rounds");
        assertEquals(List.of("create", "refuse", "close"), actions("window", w2.id()));
        AuditEntry close = fx.security.history("window", w2.id()).get(2);
        assertEquals("wang.fang", close.actor());
        assertEquals("open", close.before());
        assertEquals("closed", close.after());
        QueueChange closed = events(QueueEvents.PREFIX + "WindowClosed").get(0);
        assertEquals(2, closed.properties().get(QueueEvents.WINDOW));

        HallException e = assertThrows(HallException.class, () -> queue.callNext(STAFF, w2.id()));
        assertEquals("window 2 is closed; a supervisor opens it for calling", e.getMessage());
        assertEquals(TicketStatus.WAITING, queue.ticket(a1.id()).status());
        assertEquals(List.of("issue"), actions("ticket", a1.id()));

        assertEquals(a1.id(), call(w1).id(), "the other windows call as usual");
        queue.setWindowOpen(ADMIN, w2.id(), true);
        assertTrue(queue.isWindowOpen(w2.id()));
        assertEquals(a2.id(), call(w2).id());
        assertEquals(List.of("create", "refuse", "close", "open"), actions("window", w2.id()));
        assertEquals(1, events(QueueEvents.PREFIX + "WindowOpened").size());
    }

    // ---- recall, no-show, start, finish (Q6)

    @ParameterizedTest
    @MethodSource("kinds")
    void aNoShowIsAllowedOnlyAfterTwoRecalls_Q6(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        clock.advanceMinutes(1);
        call(w1);

        InvalidTicketState early = assertThrows(InvalidTicketState.class, () -> queue.noShow(STAFF, a1.id()));
        assertEquals("ticket A001 was recalled 0 time(s); recall it 2 time(s) before marking it as no-show", early.getMessage());
        assertEquals("CALLED", row(a1.id())[0]);

        clock.advanceMinutes(1);
        Ticket r1 = queue.recall(STAFF, a1.id());
        assertEquals(TicketStatus.CALLED, r1.status());
        assertEquals(1, r1.recalls());
        assertEquals(at(9, 2), r1.calledAt(), "announced again now");
        assertEquals(1, r1.windowNumber());
        InvalidTicketState once = assertThrows(InvalidTicketState.class, () -> queue.noShow(STAFF, a1.id()));
        assertTrue(once.getMessage().contains("recalled 1 time(s); recall it 2 time(s)"), once.getMessage());

        clock.advanceMinutes(1);
        assertEquals(2, queue.recall(STAFF, a1.id()).recalls());
        assertEquals(2, queue.board(site.code()).current().get(0).recalls());
        clock.advanceMinutes(1);
        Ticket gone = queue.noShow(STAFF, a1.id());
        assertEquals(TicketStatus.NO_SHOW, gone.status());
        assertEquals(at(9, 4), gone.finishedAt());
        assertEquals(2, gone.recalls());
        assertEquals(1, gone.windowNumber());
        assertEquals(List.of(), queue.current(w1.id()));

        InvalidTicketState again = assertThrows(InvalidTicketState.class, () -> queue.recall(STAFF, a1.id()));
        assertEquals("ticket A001 is NO_SHOW; only a ticket that is CALLED can be recalled", again.getMessage());
        assertThrows(InvalidTicketState.class, () -> queue.start(STAFF, a1.id()));
        assertEquals(List.of("issue", "call", "recall", "recall", "no-show"), actions("ticket", a1.id()));
        assertEquals(3, events(QueueEvents.TICKET_CALLED).size(), "the call and each recall are announced");
        assertEquals(1, events(QueueEvents.NO_SHOW).size());
        assertEquals(1, stats("GENERAL").noShows());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theNumberOfRecallsBeforeANoShowIsConfigurable_Q6(TestDatabase.Kind kind) {
        start(kind);
        queue = newQueue(new Queue.Settings(10, Duration.ofMinutes(10), Duration.ofMinutes(20), 0, FIVE_MIN));
        Ticket a1 = issue("GENERAL");
        call(w1);
        assertEquals(TicketStatus.NO_SHOW, queue.noShow(STAFF, a1.id()).status());

        queue = newQueue(new Queue.Settings(10, Duration.ofMinutes(10), Duration.ofMinutes(20), 3, FIVE_MIN));
        Ticket a2 = issue("GENERAL");
        call(w1);
        queue.recall(STAFF, a2.id());
        queue.recall(STAFF, a2.id());
        InvalidTicketState e = assertThrows(InvalidTicketState.class, () -> queue.noShow(STAFF, a2.id()));
        assertTrue(e.getMessage().contains("recalled 2 time(s); recall it 3 time(s)"), e.getMessage());
        queue.recall(STAFF, a2.id());
        assertEquals(TicketStatus.NO_SHOW, queue.noShow(STAFF, a2.id()).status());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCalledTicketIsStartedAndFinishedAndItsServiceTimeFeedsThePrediction_Q6_Q4(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        clock.advanceMinutes(2);
        call(w1);
        clock.advanceMinutes(1);
        Ticket serving = queue.start(STAFF, a1.id());
        assertEquals(TicketStatus.SERVING, serving.status());
        assertEquals(at(9, 3), serving.startedAt());
        assertEquals(at(9, 2), serving.calledAt());
        assertEquals(List.of(serving), queue.current(w1.id()));
        InvalidTicketState twice = assertThrows(InvalidTicketState.class, () -> queue.start(STAFF, a1.id()));
        assertEquals("ticket A001 is SERVING; only a ticket that is CALLED can be started", twice.getMessage());

        clock.advanceMinutes(2);
        Ticket done = queue.finish(STAFF, a1.id());
        assertEquals(TicketStatus.DONE, done.status());
        assertEquals(at(9, 5), done.finishedAt());
        assertEquals(at(9, 3), done.startedAt());
        assertEquals(1, done.windowNumber());
        assertEquals(List.of(), queue.current(w1.id()));
        InvalidTicketState finished = assertThrows(InvalidTicketState.class, () -> queue.finish(STAFF, a1.id()));
        assertEquals("ticket A001 is DONE; only a ticket that is SERVING can be finished", finished.getMessage());
        assertEquals(List.of("issue", "call", "start", "finish"), actions("ticket", a1.id()));

        // the average service time (call to finish) is now 3 min instead of the default 5
        assertEquals(Duration.ofMinutes(3), stats("GENERAL").averageService());
        issue("GENERAL");
        issue("GENERAL");
        TicketReceipt third = issue("GENERAL", PriorityClass.NORMAL);
        assertEquals(2, third.peopleAhead());
        assertEquals(Duration.ofMinutes(3), third.estimatedWait(), "ceil(2 / 2 windows) x 3 min");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void finishingAWaitingTicketIsRefusedAndChangesNothing_Q6(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        long audit = auditRows();
        int events = changes.size();

        InvalidTicketState e = assertThrows(InvalidTicketState.class, () -> queue.finish(STAFF, a1.id()));
        assertEquals("ticket A001 is WAITING; only a ticket that is SERVING can be finished", e.getMessage());
        InvalidTicketState s = assertThrows(InvalidTicketState.class, () -> queue.start(STAFF, a1.id()));
        assertEquals("ticket A001 is WAITING; only a ticket that is CALLED can be started", s.getMessage());
        assertThrows(InvalidTicketState.class, () -> queue.recall(STAFF, a1.id()));
        assertThrows(InvalidTicketState.class, () -> queue.noShow(STAFF, a1.id()));

        Object[] row = row(a1.id());
        assertEquals("WAITING", row[0]);
        assertNull(row[1], "called_at");
        assertNull(row[2], "started_at");
        assertNull(row[3], "finished_at");
        assertNull(row[4], "window_number");
        assertEquals(a1, queue.ticket(a1.id()));
        assertEquals(audit, auditRows(), "no audit entry for a refused step");
        assertEquals(List.of("issue"), actions("ticket", a1.id()));
        assertEquals(events, changes.size(), "no event for a refused step");
        assertEquals(a1.id(), call(w1).id(), "still in the queue");
    }

    // ---- transfer (Q6)

    @ParameterizedTest
    @MethodSource("kinds")
    void aTransferKeepsTheIssueTimeAndNumberAndGoesAheadOfLaterTicketsOfTheNewService_Q6(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        clock.advanceMinutes(5);
        Ticket b1 = issue("INVOICE");
        clock.advanceMinutes(1);
        Ticket b2 = issue("INVOICE");
        clock.advanceMinutes(1);
        assertEquals(a1.id(), call(w2).id());
        queue.start(STAFF, a1.id());
        clock.advanceMinutes(3);

        Ticket moved = queue.transfer(STAFF, a1.id(), " invoice ", null, " 我这里办完后，您要去的下一个是发票窗口 ");
        assertEquals(TicketStatus.WAITING, moved.status());
        assertEquals("INVOICE", moved.serviceCode());
        assertEquals("A001", moved.number(), "keeps its number");
        assertEquals(1, moved.sequence());
        assertEquals(a1.issuedAt(), moved.issuedAt(), "keeps its issue time");
        assertEquals(1, moved.transfers());
        assertEquals(0, moved.recalls());
        assertEquals("我这里办完后，您要去的下一个是发票窗口", moved.handoffNote());
        assertNull(moved.windowNumber());
        assertNull(moved.calledAt());
        assertNull(moved.startedAt());
        assertNull(moved.targetWindow());
        assertEquals(moved, queue.ticket(a1.id()));
        assertEquals(List.of(), queue.current(w2.id()));
        assertEquals(0, queue.position(site.code(), "A001").peopleAhead(), "ahead of B001 and B002");

        assertEquals(a1.id(), call(w3).id(), "issued at 09:00, before B001 (09:05)");
        // to a given window: only that window may call it
        Ticket reserved = queue.transfer(STAFF, a1.id(), "INVOICE", 3, null);
        assertEquals(3, reserved.targetWindow());
        assertNull(reserved.handoffNote());
        assertEquals(2, reserved.transfers());
        assertEquals(b1.id(), call(w1).id(), "window 1 serves INVOICE but A001 is reserved for window 3");
        assertEquals(b2.id(), next(w1).id());
        assertEquals(Optional.empty(), tryNext(w1));
        Ticket again = call(w3);
        assertEquals(a1.id(), again.id());
        assertEquals(3, again.windowNumber());

        HallException wrongWindow = assertThrows(HallException.class, () -> queue.transfer(STAFF, a1.id(), "GENERAL", 3, null));
        assertEquals("window 3 does not serve '综合业务'", wrongWindow.getMessage());
        NotFound unknown = assertThrows(NotFound.class, () -> queue.transfer(STAFF, a1.id(), "NOPE", null, null));
        assertTrue(unknown.getMessage().contains("'NOPE' does not exist"), unknown.getMessage());
        ValidationException longNote = assertThrows(ValidationException.class,
                () -> queue.transfer(STAFF, a1.id(), "GENERAL", null, "x".repeat(501)));
        assertTrue(longNote.byField().containsKey("note"), longNote.getMessage());
        Ticket waiting = issue("GENERAL");
        InvalidTicketState notCalled = assertThrows(InvalidTicketState.class,
                () -> queue.transfer(STAFF, waiting.id(), "INVOICE", null, null));
        assertEquals("ticket A002 is WAITING; only a ticket that is CALLED or SERVING can be transferred", notCalled.getMessage());
        assertEquals(TicketStatus.CALLED, queue.ticket(a1.id()).status(), "refused transfers change nothing");
        assertEquals(List.of("issue", "call", "start", "transfer", "call", "transfer", "call"), actions("ticket", a1.id()));
        QueueChange event = events(QueueEvents.TICKET_TRANSFERRED).get(0);
        assertEquals("INVOICE", event.properties().get(QueueEvents.SERVICE));
        assertEquals("A001", event.properties().get(QueueEvents.NUMBER));
    }

    // ---- call guards (A3 extension point)

    @ParameterizedTest
    @MethodSource("kinds")
    void aCallGuardThatRefusesBlocksCallingWithItsMessage_A3(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        List<String> checked = new CopyOnWriteArrayList<>();
        CallGuard leftThePost = (actor, siteId, windowId, windowNumber) -> {
            checked.add(actor.username() + " " + siteId + " " + windowId + " " + windowNumber);
            if (windowNumber == 1) {
                throw new HallException("李娜 left the post (离岗) at 10:12; window 1 cannot call");
            }
        };
        guards.add(leftThePost);
        long audit = auditRows();

        HallException e = assertThrows(HallException.class, () -> queue.callNext(STAFF, w1.id()));
        assertEquals("李娜 left the post (离岗) at 10:12; window 1 cannot call", e.getMessage());
        assertEquals(List.of("s001 " + site.id() + " " + w1.id() + " 1"), checked);
        assertEquals(TicketStatus.WAITING, queue.ticket(a1.id()).status());
        assertEquals(audit, auditRows());
        assertEquals(List.of(), events(QueueEvents.TICKET_CALLED));

        assertEquals(a1.id(), call(w2).id(), "the guard lets window 2 call");
        guards.clear();
        issue("GENERAL");
        assertTrue(tryCall(w1).isPresent(), "without the guard window 1 calls again");
    }

    // ---- per-ticket holds (CallEligibility, since 1.6; the hospital's pick-up hold, H3)

    @ParameterizedTest
    @MethodSource("kinds")
    void aHeldTicketIsNeverCalledNotEvenWhenItIsTheOnlyOneLeft_Q5(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        Ticket a2 = issue("GENERAL");
        Ticket a3 = issue("GENERAL");
        Set<Long> held = ConcurrentHashMap.newKeySet();
        held.add(a1.id());
        held.add(a3.id());
        Message why = Texts.of(QueuePersistenceTest.class, "queue").message("priority.EMERGENCY");
        List<String> asked = new CopyOnWriteArrayList<>();
        CallEligibility hold = (t, windowNumber) -> {
            asked.add(t.number() + "@" + windowNumber);
            return held.contains(t.id()) ? Optional.of(why) : Optional.empty();
        };
        CallEligibility broken = (t, windowNumber) -> {
            throw new IllegalStateException("a plugin's bug: skipped, holds nobody");
        };
        queue.useCallEligibility(() -> List.of(broken, hold));

        assertEquals(a2.id(), call(w2).id(), "the held first ticket is passed over, not called");
        assertEquals(List.of("A001@2", "A002@2"), asked, "each candidate asked in calling order, until one may be called");
        assertEquals(TicketStatus.WAITING, queue.ticket(a1.id()).status());
        serveCurrent(w2);

        long audit = auditRows();
        int called = events(QueueEvents.TICKET_CALLED).size();
        HallException e = assertThrows(HallException.class, () -> queue.callNext(STAFF, w1.id()), "only held tickets wait: nobody is called");
        assertEquals(why.in(Locale.SIMPLIFIED_CHINESE), e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(TicketStatus.WAITING, queue.ticket(a1.id()).status());
        assertEquals(TicketStatus.WAITING, queue.ticket(a3.id()).status());
        assertEquals(audit, auditRows(), "nothing recorded");
        assertEquals(called, events(QueueEvents.TICKET_CALLED).size(), "nothing announced");

        held.remove(a1.id());
        assertEquals(a1.id(), call(w1).id(), "released: called with its place kept (before later tickets)");
        serveCurrent(w1);
        assertThrows(HallException.class, () -> queue.callNext(STAFF, w2.id()), "the only one left is held: still not called");
        assertEquals(TicketStatus.WAITING, queue.ticket(a3.id()).status());
        held.remove(a3.id());
        assertEquals(a3.id(), call(w2).id());
        queue.useCallEligibility(List::of);
    }

    // ---- served by and reports (P1, M1, Q10)

    /**
     * A3, Q6 (issue 12): with attendance telling who is signed in where, a staff member takes the
     * steps of a ticket only at the window they are signed in at; another window's ticket is refused
     * with a message from the bundles naming the ticket, the window and who is there, and nothing
     * changes. A supervisor acts anywhere: they put back the ticket of a window nobody staffs.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void onlyTheStaffMemberSignedInAtTheWindowOrASupervisorActsOnItsTicket_A3_Q6(TestDatabase.Kind kind) {
        start(kind);
        fx.sites.createStaff(ADMIN, site.id(), new org.servicehall.site.StaffDraft("S001", "李娜", EnumSet.of(Role.STAFF), true),
                "Counter-Desk-2026");
        fx.sites.createStaff(ADMIN, site.id(), new org.servicehall.site.StaffDraft("S002", "王强", EnumSet.of(Role.STAFF), true),
                "Counter-Desk-2026");
        Actor other = new Actor("s002", "王强", EnumSet.of(Role.STAFF));
        List<org.servicehall.queue.WindowStaff> staffAt = List.of((siteId, number) -> number == 1 ? Optional.of("S001") : Optional.empty());
        queue.useWindowStaff(() -> staffAt);
        issue("GENERAL");
        Ticket t = call(w1);

        AccessDenied refused = assertThrows(AccessDenied.class, () -> queue.start(other, t.id()));
        assertEquals("ticket A001 is at window 1, where 李娜 is signed in: only they or a supervisor can act on it", refused.getMessage());
        assertEquals("号票 A001 在 1 号窗口，该窗口由 李娜 签到上岗：只有本人或值班主管可以办理", refused.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(AccessDenied.class, () -> queue.transfer(other, t.id(), "INVOICE", null, null));
        assertThrows(AccessDenied.class, () -> queue.recall(other, t.id()));
        assertEquals(TicketStatus.CALLED, queue.ticket(t.id()).status(), "nothing changed");

        queue.start(STAFF, t.id()); // s001 is 李娜, signed in at window 1
        assertThrows(AccessDenied.class, () -> queue.finish(other, t.id()), "finishing another window's ticket");
        assertEquals(TicketStatus.SERVING, queue.ticket(t.id()).status());
        queue.finish(STAFF, t.id());
        assertEquals(TicketStatus.DONE, queue.ticket(t.id()).status());

        // window 2: its staff member clocked out with a ticket called; only a supervisor hands it on
        issue("GENERAL");
        Ticket left = call(w2);
        AccessDenied nobody = assertThrows(AccessDenied.class, () -> queue.recall(STAFF, left.id()));
        assertTrue(nobody.getMessage().contains("where nobody is signed in"), nobody.getMessage());
        Ticket back = queue.transfer(SUPERVISOR, left.id(), "GENERAL", null, null);
        assertEquals(TicketStatus.WAITING, back.status(), "put back in the queue with its issue time");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCalledTicketRemembersTheStaffMemberAtTheWindowAndReportsGroupByThem_Q10(TestDatabase.Kind kind) {
        start(kind);
        List<org.servicehall.queue.WindowStaff> staffAt = List.of((siteId, number) -> number == 1 ? Optional.of("S100") : Optional.empty());
        queue.useWindowStaff(() -> staffAt);
        Ticket a1 = issue("GENERAL");
        Ticket a2 = issue("GENERAL");
        Ticket b1 = issue("INVOICE");
        assertEquals(Optional.empty(), queue.servedBy(a1.id()), "not called yet");
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 4)));
        assertEquals(a1.id(), call(w1).id());
        // the steps by a supervisor: STAFF is not the staff member signed in at these windows (A3)
        queue.start(SUPERVISOR, a1.id());
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 10)));
        queue.finish(SUPERVISOR, a1.id());
        assertEquals(Optional.of("S100"), queue.servedBy(a1.id()), "the staff member at window 1");
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 20)));
        assertEquals(a2.id(), call(w2).id());
        assertEquals(Optional.of(STAFF.username()), queue.servedBy(a2.id()), "nobody known at window 2: the calling account");
        queue.recall(SUPERVISOR, a2.id());
        queue.recall(SUPERVISOR, a2.id());
        queue.noShow(SUPERVISOR, a2.id());

        List<org.servicehall.queue.ServiceFigures> byStaff = queue.figures(site.id(), MONDAY, MONDAY,
                org.servicehall.queue.QueueReports.Grouping.STAFF, Duration.ofMinutes(10));
        assertEquals(Set.of("S100", STAFF.username()),
                byStaff.stream().map(org.servicehall.queue.ServiceFigures::key).collect(java.util.stream.Collectors.toSet()));
        org.servicehall.queue.ServiceFigures s100 = byStaff.stream().filter(f -> f.key().equals("S100")).findFirst().orElseThrow();
        assertEquals(1, s100.served());
        assertEquals(Duration.ofMinutes(4), s100.averageWait(), "issued 09:00, called 09:04");
        assertEquals(Duration.ofMinutes(6), s100.averageService(), "started 09:04, finished 09:10");
        assertEquals(1, s100.withinTarget());
        org.servicehall.queue.ServiceFigures other = byStaff.stream().filter(f -> !f.key().equals("S100")).findFirst().orElseThrow();
        assertEquals(0, other.served());
        assertEquals(1, other.noShows());
        assertEquals(0, other.withinTarget(), "waited 20 minutes, over the 10-minute target");
        assertEquals(0.0, other.withinTargetShare());

        List<org.servicehall.queue.ServiceFigures> byService = queue.figures(site.id(), MONDAY, MONDAY,
                org.servicehall.queue.QueueReports.Grouping.SERVICE, Duration.ofMinutes(10));
        assertEquals(List.of("GENERAL", "INVOICE"), byService.stream().map(org.servicehall.queue.ServiceFigures::key).toList());
        assertEquals(0, byService.get(1).called(), "B001 still waits: " + b1.number());
        assertTrue(queue.figures(site.id(), MONDAY.plusDays(1), MONDAY.plusDays(30), org.servicehall.queue.QueueReports.Grouping.DAY,
                Duration.ofMinutes(10)).isEmpty());
        assertThrows(org.servicehall.common.ValidationException.class, () -> queue.figures(site.id(), MONDAY, MONDAY.minusDays(1),
                org.servicehall.queue.QueueReports.Grouping.DAY, Duration.ofMinutes(10)));
    }

    // ---- board (Q7)

    @ParameterizedTest
    @MethodSource("kinds")
    void theBoardShowsTheCurrentCallOfEachWindowAndTheRecentCalls_Q7(TestDatabase.Kind kind) {
        start(kind);
        issue("GENERAL");
        issue("GENERAL");
        Ticket b1 = issue("INVOICE");
        assertEquals(List.of(), queue.board(site.code()).current());

        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 1)));
        Ticket a1 = call(w1);
        queue.start(STAFF, a1.id());
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 2)));
        Ticket a2 = call(w2);
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 3)));
        queue.finish(STAFF, a1.id());
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 4)));
        assertEquals(b1.id(), call(w1).id());

        Board board = queue.board(site.code().toLowerCase());
        assertEquals(site.code(), board.siteCode());
        assertEquals("办税服务厅", board.siteName());
        assertEquals(clock.instant(), board.asOf());
        assertEquals(List.of(new Board.Call("B001", 1, "综合窗口", "发票业务", at(9, 4), 0),
                new Board.Call("A002", 2, "综合业务窗口", "综合业务", at(9, 2), 0)), board.current());
        assertEquals(List.of("B001", "A002", "A001"), board.recent().stream().map(Board.Call::number).toList());
        assertEquals(new Board.Call("A001", 1, "综合窗口", "综合业务", at(9, 1), 0), board.recent().get(2));

        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 5)));
        queue.recall(STAFF, a2.id());
        Board recalled = queue.board(site.code());
        assertEquals(new Board.Call("A002", 2, "综合业务窗口", "综合业务", at(9, 5), 1), recalled.current().get(1));
        assertEquals("A002", recalled.recent().get(0).number(), "a recall is the newest call");

        // a board shows at most 10 recent calls, and one current call per window
        for (int i = 0; i < 11; i++) {
            issue("GENERAL");
        }
        for (int i = 0; i < 11; i++) {
            clock.advanceMinutes(1);
            next(w2);
        }
        Board busy = queue.board(site.code());
        assertEquals(10, busy.recent().size());
        assertEquals("A013", busy.recent().get(0).number());
        assertEquals(List.of("B001", "A013"), busy.current().stream().map(Board.Call::number).toList());
        assertThrows(NotFound.class, () -> queue.board("NOWHERE"));
    }

    // ---- statistics (Q10)

    @ParameterizedTest
    @MethodSource("kinds")
    void statsCountWaitingServedNoShowsAndTheShareWithinTheWaitTarget_Q10(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        Ticket a2 = issue("GENERAL");
        issue("GENERAL");
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 5)));
        assertEquals(a1.id(), call(w1).id()); // waited 5 min: within the 10 min target
        queue.start(STAFF, a1.id());
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 8)));
        queue.finish(STAFF, a1.id()); // service 3 min
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 15)));
        assertEquals(a2.id(), call(w1).id()); // waited 15 min: over the target
        queue.recall(STAFF, a2.id());
        queue.recall(STAFF, a2.id());
        queue.noShow(STAFF, a2.id());

        QueueStats.ServiceStats general = stats("GENERAL");
        assertEquals("综合业务", general.serviceName());
        assertEquals(1, general.waiting());
        assertEquals(Duration.ofMinutes(15), general.longestWait());
        assertEquals(Duration.ofMinutes(10), general.averageWait(), "(5 + 15) / 2");
        assertEquals(Duration.ofMinutes(3), general.averageService());
        assertEquals(1, general.served());
        assertEquals(1, general.noShows());
        assertEquals(0.5, general.withinTarget(), 1e-9);
        assertEquals(Duration.ofMinutes(3), general.predictedWait(), "1 waiting, 2 windows, 3 min each");

        QueueStats.ServiceStats invoice = stats("INVOICE");
        assertEquals(0, invoice.waiting());
        assertEquals(Duration.ZERO, invoice.longestWait());
        assertEquals(Duration.ZERO, invoice.averageService());
        assertEquals(0, invoice.served());
        assertTrue(Double.isNaN(invoice.withinTarget()), "nobody called yet");
        assertEquals(3, queue.stats(site.id()).services().size());

        QueueStats.WindowStats one = stats(w1);
        assertEquals(1, one.number());
        assertEquals("综合窗口", one.name());
        assertTrue(one.open());
        assertEquals(1, one.served());
        assertNull(one.currentTicket());
        Ticket a3 = call(w2);
        assertEquals("A003", stats(w2).currentTicket());
        assertEquals(0, stats(w2).served());
        assertEquals(0, stats("GENERAL").waiting());
        assertEquals(a3.number(), stats(w2).currentTicket());
        assertEquals(3, queue.stats(site.id()).windows().size());
    }

    // ---- audit (S2) and events

    /** A1 is issued, called at window 1, started, transferred to INVOICE, called at 3, started and finished; A2 is a no-show. */
    private Ticket[] lifecycle() {
        Ticket a1 = issue("GENERAL");
        clock.advanceMinutes(1);
        call(w1);
        clock.advanceMinutes(1);
        queue.start(STAFF, a1.id());
        clock.advanceMinutes(1);
        queue.transfer(STAFF, a1.id(), "INVOICE", null, "发票窗口");
        clock.advanceMinutes(1);
        assertEquals(a1.id(), call(w3).id());
        clock.advanceMinutes(1);
        queue.start(STAFF, a1.id());
        clock.advanceMinutes(1);
        queue.finish(STAFF, a1.id());
        Ticket a2 = issue("GENERAL");
        assertEquals(a2.id(), call(w2).id());
        queue.recall(STAFF, a2.id());
        queue.recall(STAFF, a2.id());
        queue.noShow(STAFF, a2.id());
        return new Ticket[] { a1, a2 };
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyStateChangeHasAnAuditEntryWithWhoWhenBeforeAndAfter_S2(TestDatabase.Kind kind) {
        start(kind);
        Ticket[] t = lifecycle();
        List<AuditEntry> h = fx.security.history("ticket", t[0].id());
        assertEquals(List.of("issue", "call", "start", "transfer", "call", "start", "finish"), h.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("system", "s001", "s001", "s001", "s001", "s001", "s001"), h.stream().map(AuditEntry::actor).toList());
        assertEquals(List.of(at(9, 0), at(9, 1), at(9, 2), at(9, 3), at(9, 4), at(9, 5), at(9, 6)),
                h.stream().map(AuditEntry::at).toList());
        assertNull(h.get(0).before());
        assertEquals("A001 GENERAL WAITING", h.get(0).after());
        assertTrue(h.get(1).before().contains("WAITING"), h.get(1).before());
        assertEquals("A001 GENERAL CALLED @1", h.get(1).after());
        assertEquals("A001 GENERAL CALLED @1", h.get(2).before());
        assertEquals("A001 GENERAL SERVING @1", h.get(2).after());
        assertEquals("A001 GENERAL SERVING @1", h.get(3).before());
        assertEquals("A001 INVOICE WAITING", h.get(3).after());
        assertEquals("A001 INVOICE CALLED @3", h.get(4).after());
        assertEquals("A001 INVOICE SERVING @3", h.get(6).before());
        assertEquals("A001 INVOICE DONE @3", h.get(6).after());

        List<AuditEntry> h2 = fx.security.history("ticket", t[1].id());
        assertEquals(List.of("issue", "call", "recall", "recall", "no-show"), h2.stream().map(AuditEntry::action).toList());
        assertEquals("A002 GENERAL CALLED @2", h2.get(4).before());
        assertEquals("A002 GENERAL NO_SHOW @2", h2.get(4).after());
        // one entry per change of this site's tickets: 7 + 5
        assertEquals(12, fx.count("sh_audit_log WHERE entity_type = 'ticket' AND entity_id IN ('" + t[0].id() + "', '"
                + t[1].id() + "')"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eventsArePublishedForEveryChangeWithSiteNumberServiceAndWindow_Q7(TestDatabase.Kind kind) {
        start(kind);
        Ticket[] t = lifecycle();
        List<QueueChange> ticketEvents = changes.stream().filter(c -> !c.topic().equals(QueueEvents.QUEUE_ALERT)).toList();
        assertEquals(List.of(QueueEvents.TICKET_ISSUED, QueueEvents.TICKET_CALLED, QueueEvents.SERVICE_STARTED,
                QueueEvents.TICKET_TRANSFERRED, QueueEvents.TICKET_CALLED, QueueEvents.SERVICE_STARTED, QueueEvents.SERVICE_FINISHED,
                QueueEvents.TICKET_ISSUED, QueueEvents.TICKET_CALLED, QueueEvents.TICKET_CALLED, QueueEvents.TICKET_CALLED,
                QueueEvents.NO_SHOW), ticketEvents.stream().map(QueueChange::topic).toList());
        for (QueueChange c : ticketEvents) {
            assertEquals(site.id(), c.properties().get(QueueEvents.SITE), c.toString());
            assertTrue(c.properties().get(QueueEvents.NUMBER).equals("A001") || c.properties().get(QueueEvents.NUMBER).equals("A002"),
                    c.toString());
            long id = (Long) c.properties().get(QueueEvents.TICKET_ID);
            assertTrue(id == t[0].id() || id == t[1].id(), c.toString());
            assertTrue(c.properties().containsKey(QueueEvents.SERVICE), c.toString());
        }
        assertEquals(Map.of(QueueEvents.SITE, site.id(), QueueEvents.TICKET_ID, t[0].id(), QueueEvents.NUMBER, "A001",
                QueueEvents.SERVICE, "GENERAL"), ticketEvents.get(0).properties());
        assertEquals(Map.of(QueueEvents.SITE, site.id(), QueueEvents.TICKET_ID, t[0].id(), QueueEvents.NUMBER, "A001",
                QueueEvents.SERVICE, "GENERAL", QueueEvents.WINDOW, 1), ticketEvents.get(1).properties());
        assertEquals(Map.of(QueueEvents.SITE, site.id(), QueueEvents.TICKET_ID, t[0].id(), QueueEvents.NUMBER, "A001",
                QueueEvents.SERVICE, "INVOICE"), ticketEvents.get(3).properties(), "transferred: the new service, no window yet");
        assertEquals(3, ticketEvents.get(4).properties().get(QueueEvents.WINDOW));
        assertEquals("INVOICE", ticketEvents.get(6).properties().get(QueueEvents.SERVICE));
        assertEquals(3, ticketEvents.get(6).properties().get(QueueEvents.WINDOW));
        assertEquals(Map.of(QueueEvents.SITE, site.id(), QueueEvents.TICKET_ID, t[1].id(), QueueEvents.NUMBER, "A002",
                QueueEvents.SERVICE, "GENERAL", QueueEvents.WINDOW, 2), ticketEvents.get(11).properties());
    }

    // ---- errors

    @ParameterizedTest
    @MethodSource("kinds")
    void unknownServicesWindowsTicketsAndMissingRolesGiveClearErrorsAndChangeNothing_Q1_Q5_S1(TestDatabase.Kind kind) {
        start(kind);
        Ticket a1 = issue("GENERAL");
        long audit = auditRows();

        NotFound service = assertThrows(NotFound.class, () -> issue("NOPE"));
        assertEquals("Service of " + site.code() + " 'NOPE' does not exist", service.getMessage());
        NotFound siteCode = assertThrows(NotFound.class,
                () -> queue.issue(new IssueRequest("NOWHERE", "GENERAL", PriorityClass.NORMAL, Channel.API)));
        assertEquals("Site 'NOWHERE' does not exist", siteCode.getMessage());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> queue.issue(new IssueRequest(site.code(), " ", null, null)));
        assertTrue(missing.byField().containsKey("serviceCode"), missing.getMessage());

        NotFound window = assertThrows(NotFound.class, () -> queue.callNext(STAFF, 999_999));
        assertEquals("Window '999999' does not exist", window.getMessage());
        assertThrows(NotFound.class, () -> queue.setWindowOpen(SUPERVISOR, 999_999, false));
        assertThrows(NotFound.class, () -> queue.current(999_999));
        NotFound ticket = assertThrows(NotFound.class, () -> queue.recall(STAFF, 999_999));
        assertEquals("Ticket '999999' does not exist", ticket.getMessage());
        assertThrows(NotFound.class, () -> queue.ticket(999_999));
        assertThrows(NotFound.class, () -> queue.transfer(STAFF, 999_999, "GENERAL", null, null));
        NotFound number = assertThrows(NotFound.class, () -> queue.position(site.code(), "A999"));
        assertTrue(number.getMessage().contains("'A999' does not exist"), number.getMessage());

        AccessDenied supervisorOnly = assertThrows(AccessDenied.class, () -> queue.setWindowOpen(STAFF, w1.id(), false));
        assertTrue(supervisorOnly.getMessage().contains("Supervisor"), supervisorOnly.getMessage());
        List<Executable> staffOnly = List.of(() -> queue.callNext(KIOSK, w1.id()), () -> queue.recall(KIOSK, a1.id()),
                () -> queue.noShow(KIOSK, a1.id()), () -> queue.start(KIOSK, a1.id()), () -> queue.finish(KIOSK, a1.id()),
                () -> queue.transfer(KIOSK, a1.id(), "INVOICE", null, null), () -> queue.setWindowOpen(KIOSK, w1.id(), false));
        for (Executable op : staffOnly) {
            AccessDenied denied = assertThrows(AccessDenied.class, op);
            assertTrue(denied.getMessage().startsWith("kiosk may not "), denied.getMessage());
        }

        Window none = fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(4, "备用窗口", Set.of()));
        audit = auditRows();
        HallException empty = assertThrows(HallException.class, () -> queue.callNext(STAFF, none.id()));
        assertEquals("window 4 serves no service; an admin assigns its services", empty.getMessage());

        assertEquals(a1, queue.ticket(a1.id()));
        assertEquals(1, ticketRows());
        assertEquals(audit, auditRows());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aServiceWhoseSectorPluginIsGoneIsNeitherIssuedNorCalled_Q5(TestDatabase.Kind kind) {
        start(kind);
        Ticket t1 = issue("TX-REG-SETUP");
        Window taxOnly = fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(5, "税务窗口", Set.of("TX-REG-SETUP")));
        fx.catalogue.removed(QueueFixture.TAX);
        try {
            HallException e = assertThrows(HallException.class, () -> issue("TX-REG-SETUP"));
            assertEquals("the service '税务登记（设立）' is not offered now: its sector plugin is not installed", e.getMessage());
            assertEquals(Optional.empty(), tryCall(w3), "window 3 serves only INVOICE while the plugin is away");
            // a window that serves only the plugin's services calls nobody (it answered 500 before: sorting an empty List.of())
            assertEquals(Optional.empty(), tryCall(taxOnly), "nothing to call while the sector plugin is away");
            Ticket b1 = issue("INVOICE");
            assertEquals(b1.id(), call(w3).id());
        } finally {
            fx.catalogue.added(QueueFixture.TAX, List.of(fx.taxCatalogue));
        }
        assertEquals(t1.id(), next(w3).id(), "called again once the plugin is back");
    }

    // ---- hours (Q8)

    @ParameterizedTest
    @MethodSource("kinds")
    void issuingStopsAtClosingTimeButTicketsIssuedBeforeAreStillServed_Q8(TestDatabase.Kind kind) {
        start(kind);
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(16, 59)));
        Ticket last = issue("GENERAL");
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(17, 0)));
        HallException closed = assertThrows(HallException.class, () -> issue("GENERAL"));
        assertEquals("tickets are issued until 17:00; 办税服务厅 has stopped issuing for today. Tickets already issued are still served. "
                + "Issuing opens again on 2026-12-01 at 08:30.", closed.getMessage());
        assertEquals(1, ticketRows());
        assertEquals(Set.of(IssuingStatus.Reason.CLOSED_FOR_THE_DAY), queue.issuing(site.code()).stream().map(IssuingStatus::reason)
                .collect(Collectors.toSet()), "what kiosks are told is what issuing does");

        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(17, 40)));
        assertEquals(last.id(), call(w1).id(), "the window does not refuse it after hours");
        queue.start(STAFF, last.id());
        clock.advanceMinutes(10);
        assertEquals(TicketStatus.DONE, queue.finish(STAFF, last.id()).status());

        fx.sites.setCalendarDay(ADMIN, site.id(), new CalendarDay(LocalDate.of(2026, 12, 1), CalendarDay.Kind.HOLIDAY, "test holiday"));
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
        HallException holiday = assertThrows(HallException.class, () -> issue("GENERAL"));
        assertEquals("办税服务厅 is closed today (2026-12-01 is not a working day); no tickets are issued. "
                + "Issuing opens again on 2026-12-02 at 08:30.", holiday.getMessage());
        clock.set(LocalDateTime.of(2026, 12, 5, 10, 0));
        HallException saturday = assertThrows(HallException.class, () -> issue("GENERAL"));
        assertTrue(saturday.getMessage().contains("2026-12-05 is not a working day"), saturday.getMessage());
        assertEquals(1, ticketRows());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void issuingStartsHalfAnHourBeforeOpeningAndNeedsAnOpenWindowAsKiosksAreTold_Q1_Q8(TestDatabase.Kind kind) {
        start(kind);
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(8, 29)));
        HallException early = assertThrows(HallException.class, () -> issue("GENERAL"));
        assertEquals("办税服务厅 issues tickets from 08:30 (the windows open at 09:00); it is 08:29 now.", early.getMessage());
        IssuingStatus before = queue.issuing(site.code()).get(0);
        assertEquals(IssuingStatus.Reason.BEFORE_OPENING, before.reason());
        assertEquals(at(8, 30), before.opensAgainAt());
        assertEquals(0, ticketRows());
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(8, 30)));
        assertEquals("A001", issue("GENERAL").number(), "citizens may queue from half an hour before opening");

        // INVOICE is served at windows 1 and 3: with both closed nobody would call its tickets
        clock.set(LocalDateTime.of(MONDAY, LocalTime.of(10, 0)));
        queue.setWindowOpen(SUPERVISOR, w1.id(), false);
        assertEquals("B001", issue("INVOICE").number(), "window 3 still serves it");
        queue.setWindowOpen(SUPERVISOR, w3.id(), false);
        HallException noWindow = assertThrows(HallException.class, () -> issue("INVOICE"));
        assertEquals("no open window serves '发票业务' now; tickets are issued again when a supervisor opens one", noWindow.getMessage());
        assertEquals(2, ticketRows());
        Map<String, IssuingStatus> now = new HashMap<>();
        queue.issuing(site.code()).forEach(i -> now.put(i.serviceCode(), i));
        assertTrue(now.get("GENERAL").takingTickets(), "window 2 serves GENERAL");
        assertEquals(IssuingStatus.Reason.NO_OPEN_WINDOW, now.get("INVOICE").reason());
        assertNull(now.get("INVOICE").opensAgainAt());
        assertEquals(IssuingStatus.Reason.NO_OPEN_WINDOW, now.get("TX-REG-SETUP").reason(), "window 3 serves it alone");
        queue.setWindowOpen(SUPERVISOR, w3.id(), true);
        assertEquals("B002", issue("INVOICE").number());
        assertEquals(List.of("GENERAL", "INVOICE", "TX-REG-SETUP"), queue.issuing(site.code()).stream().filter(IssuingStatus::takingTickets)
                .map(IssuingStatus::serviceCode).toList());
    }

    // ---- alerts (Q3, Q4)

    private List<QueueChange> alerts(String kind) {
        return events(QueueEvents.QUEUE_ALERT).stream().filter(c -> kind.equals(c.properties().get(QueueEvents.ALERT_KIND))).toList();
    }

    private List<String> alertNumbers(String kind) {
        return alerts(kind).stream().map(c -> (String) c.properties().get(QueueEvents.NUMBER)).toList();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aServiceWithItsOwnThresholdsIsAlertedByThem_Q3_Q4(TestDatabase.Kind kind) {
        start(kind);
        assertEquals(new org.servicehall.queue.QueueSettings.Thresholds(10, Duration.ofMinutes(10), false), queue.thresholds(site.id(), "INVOICE"));
        assertThrows(org.servicehall.security.AccessDenied.class, () -> queue.setThresholds(STAFF, site.id(), "INVOICE", 3, 5));
        org.servicehall.common.ValidationException bad = assertThrows(org.servicehall.common.ValidationException.class,
                () -> queue.setThresholds(SUPERVISOR, site.id(), "INVOICE", 0, 500));
        assertEquals(Set.of("alertWaitingOver", "waitTargetMinutes"), bad.byField().keySet());
        assertThrows(org.servicehall.common.NotFound.class, () -> queue.setThresholds(SUPERVISOR, site.id(), "NOPE", 3, null));
        assertEquals(false, queue.thresholds(site.id(), "INVOICE").own(), "nothing changed");

        org.servicehall.queue.QueueSettings.Thresholds own = queue.setThresholds(SUPERVISOR, site.id(), "invoice", 3, null);
        assertEquals(new org.servicehall.queue.QueueSettings.Thresholds(3, Duration.ofMinutes(10), true), own, "target stays the default");
        for (int i = 0; i < 4; i++) {
            issue("INVOICE");
            issue("GENERAL");
        }
        assertEquals(List.of("INVOICE"), alerts("TOO_MANY_WAITING").stream().map(c -> c.properties().get(QueueEvents.SERVICE)).toList(),
                "4 waiting is more than INVOICE's 3, not more than GENERAL's default 10");
        assertTrue(((String) alerts("TOO_MANY_WAITING").get(0).properties().get(QueueEvents.MESSAGE)).contains("(more than 3)"));
        assertEquals(List.of("thresholds"), actions("service-queue", site.id() + "/INVOICE"));

        queue.setThresholds(SUPERVISOR, site.id(), "INVOICE", null, null);
        assertEquals(false, queue.thresholds(site.id(), "INVOICE").own(), "back to the defaults");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAdminTurnsOnEnglishAnnouncementsForASite_Q7(TestDatabase.Kind kind) {
        start(kind);
        assertFalse(queue.announceInEnglish(site.id()));
        assertThrows(org.servicehall.security.AccessDenied.class, () -> queue.setAnnounceInEnglish(SUPERVISOR, site.id(), true));
        queue.setAnnounceInEnglish(ADMIN, site.id(), true);
        assertTrue(queue.announceInEnglish(site.id()));
        queue.setAnnounceInEnglish(ADMIN, site.id(), false);
        assertFalse(queue.announceInEnglish(site.id()));
    }

    /** This test site's alerts standing now, newest first (as the dashboard and the REST API read them). */
    private List<QueueAlert> standing() {
        return queue.alerts(site.id(), null);
    }

    private List<QueueAlert> standing(QueueAlert.Kind kind) {
        return standing().stream().filter(a -> a.kind() == kind).toList();
    }

    private static List<String> ticketNumbers(List<QueueAlert> alerts) {
        return alerts.stream().map(QueueAlert::ticketNumber).sorted().toList();
    }

    private long alertRows(String where) {
        return fx.count("sh_queue_alert WHERE site_id = " + site.id() + " AND " + where);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void elevenWaitingIsOneStandingAlertKeptInTheDatabaseAndClearedWhenTheQueueIsBackToTen_Q3(TestDatabase.Kind kind) {
        start(kind);
        for (int i = 0; i < 10; i++) {
            issue("GENERAL");
        }
        assertEquals(List.of(), standing(QueueAlert.Kind.TOO_MANY_WAITING), "10 waiting is not more than 10");
        clock.advanceMinutes(1);
        Instant raisedAt = clock.instant();
        issue("GENERAL");
        List<QueueAlert> tooMany = standing(QueueAlert.Kind.TOO_MANY_WAITING);
        assertEquals(1, tooMany.size(), tooMany.toString());
        QueueAlert a = tooMany.get(0);
        assertEquals(site.id(), a.siteId());
        assertEquals("GENERAL", a.serviceCode());
        assertNull(a.ticketNumber(), "one alert for the service, not one per ticket");
        assertEquals(raisedAt, a.raisedAt());
        assertEquals(raisedAt, a.lastSeenAt());
        assertTrue(a.standing());
        assertNull(a.clearedAt());
        assertEquals(11, a.waiting());
        assertEquals(10, a.waitingOver());
        assertEquals(Duration.ofMinutes(10), a.waitTarget());
        assertNull(a.waited());
        assertTrue(a.message().startsWith("11 people wait for '综合业务' (more than 10)"), a.message());
        Map<String, Object> p = alerts("TOO_MANY_WAITING").get(0).properties();
        assertEquals(a.id(), p.get(QueueEvents.ALERT_ID));
        assertEquals(a.message(), p.get(QueueEvents.MESSAGE));

        // still over: the same alert, with the new count; no second row, no second event
        clock.advanceMinutes(1);
        issue("GENERAL");
        QueueAlert kept = standing(QueueAlert.Kind.TOO_MANY_WAITING).get(0);
        assertEquals(a.id(), kept.id());
        assertEquals(12, kept.waiting());
        assertEquals(raisedAt, kept.raisedAt());
        assertEquals(clock.instant(), kept.lastSeenAt());
        assertEquals(1, alertRows("kind = 'TOO_MANY_WAITING'"));
        assertEquals(1, alerts("TOO_MANY_WAITING").size());

        // a page opened now (another node, or after a restart) finds it in the database, and its checks keep it
        Queue later = newQueue(Queue.Settings.DEFAULTS);
        assertEquals(List.of(a.id()), later.alerts(site.id(), null).stream().filter(x -> x.kind() == QueueAlert.Kind.TOO_MANY_WAITING)
                .map(QueueAlert::id).toList());
        later.checkWaits();
        assertEquals(1, alertRows("kind = 'TOO_MANY_WAITING'"));
        assertEquals(1, alerts("TOO_MANY_WAITING").size());

        // back to 10 waiting: cleared, with the time; kept in the list of the day
        clock.advanceMinutes(1);
        call(w1);
        assertEquals(1, standing(QueueAlert.Kind.TOO_MANY_WAITING).size(), "11 still wait");
        call(w2);
        assertEquals(List.of(), standing(QueueAlert.Kind.TOO_MANY_WAITING));
        QueueAlert cleared = queue.alerts(site.id(), at(0, 0)).stream().filter(x -> x.id() == a.id()).findFirst().orElseThrow();
        assertFalse(cleared.standing());
        assertEquals(clock.instant(), cleared.clearedAt());
        assertEquals(raisedAt, cleared.raisedAt());
        List<QueueChange> clearedEvents = events(QueueEvents.QUEUE_ALERT_CLEARED).stream()
                .filter(c -> "TOO_MANY_WAITING".equals(c.properties().get(QueueEvents.ALERT_KIND))).toList();
        assertEquals(1, clearedEvents.size());
        assertEquals(a.id(), clearedEvents.get(0).properties().get(QueueEvents.ALERT_ID));

        // over again: a new alert; the cleared one stays as it was
        issue("GENERAL");
        QueueAlert again = standing(QueueAlert.Kind.TOO_MANY_WAITING).get(0);
        assertTrue(again.id() != a.id());
        assertEquals(2, alertRows("kind = 'TOO_MANY_WAITING'"));
        assertEquals(1, alertRows("kind = 'TOO_MANY_WAITING' AND standing = TRUE"));
        assertEquals(2, alerts("TOO_MANY_WAITING").size(), "raised again");
        issue("INVOICE");
        assertEquals(1, standing(QueueAlert.Kind.TOO_MANY_WAITING).size(), "another service with one waiting");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void waitsPredictedOverTheTargetStandUntilTheyEndAndBreachesUntilTheTicketIsCalled_Q4(TestDatabase.Kind kind) {
        start(kind);
        for (int i = 0; i < 12; i++) {
            issue("GENERAL");
        }
        // 2 windows, 5 min each: 5 or more ahead is ceil(5/2) x 5 = 15 min > 10; 3 or 4 ahead is 10 min, not over the target
        assertEquals(List.of("A006", "A007", "A008", "A009", "A010", "A011", "A012"), ticketNumbers(standing(QueueAlert.Kind.WAIT_AT_RISK)));
        QueueAlert a6 = standing(QueueAlert.Kind.WAIT_AT_RISK).stream().filter(x -> x.ticketNumber().equals("A006")).findFirst()
                .orElseThrow();
        assertEquals(Duration.ofMinutes(15), a6.predictedWait());
        assertEquals(Duration.ZERO, a6.waited());
        assertEquals(List.of("A006", "A007", "A008", "A009", "A010", "A011", "A012"), alertNumbers("WAIT_AT_RISK").stream().sorted().toList());

        call(w1);
        call(w2); // A006 and A007 now have 3 and 4 ahead: 10 min, under the target again
        assertEquals(List.of("A008", "A009", "A010", "A011", "A012"), ticketNumbers(standing(QueueAlert.Kind.WAIT_AT_RISK)));
        assertEquals(List.of("A006", "A007"), events(QueueEvents.QUEUE_ALERT_CLEARED).stream()
                .filter(c -> "WAIT_AT_RISK".equals(c.properties().get(QueueEvents.ALERT_KIND)))
                .map(c -> (String) c.properties().get(QueueEvents.NUMBER)).sorted().toList());
        issue("INVOICE");

        clock.advanceMinutes(11);
        queue.checkWaits();
        assertEquals(List.of(), standing(QueueAlert.Kind.WAIT_AT_RISK), "breached now, no longer at risk");
        List<String> waitingNumbers = List.of("A003", "A004", "A005", "A006", "A007", "A008", "A009", "A010", "A011", "A012", "B001");
        assertEquals(waitingNumbers, ticketNumbers(standing(QueueAlert.Kind.WAIT_BREACHED)));
        QueueAlert b1 = standing(QueueAlert.Kind.WAIT_BREACHED).stream().filter(x -> x.ticketNumber().equals("B001")).findFirst()
                .orElseThrow();
        assertEquals("INVOICE", b1.serviceCode());
        assertEquals(Duration.ofMinutes(11), b1.waited());
        assertEquals("ticket B001 has waited 11 min for '发票业务', over the target of 10 min", b1.message());
        queue.checkWaits();
        assertEquals(waitingNumbers, alertNumbers("WAIT_BREACHED").stream().sorted().toList(), "each breach is raised once");
        assertEquals(waitingNumbers.size(), alertRows("kind = 'WAIT_BREACHED'"));

        // the citizen is called: the ticket's breach ends
        Ticket a3 = next(w1);
        assertEquals("A003", a3.number());
        assertFalse(ticketNumbers(standing(QueueAlert.Kind.WAIT_BREACHED)).contains("A003"));
        QueueAlert over = queue.alerts(site.id(), at(0, 0)).stream()
                .filter(x -> x.kind() == QueueAlert.Kind.WAIT_BREACHED && x.ticketNumber().equals("A003")).findFirst().orElseThrow();
        assertEquals(clock.instant(), over.clearedAt());
        assertEquals(1, alertRows("kind = 'WAIT_BREACHED' AND ticket_number = 'A003'"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void openingAnotherWindowOrChangingTheThresholdsSettlesTheAlertsAtOnce_Q3_Q4_Q11(TestDatabase.Kind kind) {
        start(kind);
        for (int i = 0; i < 6; i++) {
            issue("GENERAL");
        }
        // windows 1 and 2 serve GENERAL: A006 has 5 ahead, ceil(5/2) x 5 = 15 min
        assertEquals(List.of("A006"), ticketNumbers(standing(QueueAlert.Kind.WAIT_AT_RISK)));
        queue.setWindowOpen(SUPERVISOR, w2.id(), false);
        // one window left: 3 or more ahead is 15 min or more
        assertEquals(List.of("A004", "A005", "A006"), ticketNumbers(standing(QueueAlert.Kind.WAIT_AT_RISK)), "without waiting for a check");
        queue.setWindowOpen(SUPERVISOR, w2.id(), true);
        assertEquals(List.of("A006"), ticketNumbers(standing(QueueAlert.Kind.WAIT_AT_RISK)), "the window opened: cleared at once");

        queue.setThresholds(SUPERVISOR, site.id(), "GENERAL", 5, null);
        QueueAlert over = standing(QueueAlert.Kind.TOO_MANY_WAITING).get(0);
        assertEquals(6, over.waiting());
        assertEquals(5, over.waitingOver());
        queue.setThresholds(SUPERVISOR, site.id(), "GENERAL", 6, null);
        assertEquals(List.of(), standing(QueueAlert.Kind.TOO_MANY_WAITING), "6 is not more than 6");
        queue.setThresholds(SUPERVISOR, site.id(), "GENERAL", null, 20);
        assertEquals(List.of(), standing(QueueAlert.Kind.WAIT_AT_RISK), "15 min is within a 20-minute target");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCheckSeesTheAlertsOfAnotherNodeAndTwoNodesCheckingAtOnceRaiseEachConditionOnce_Q3_Q4(TestDatabase.Kind kind)
            throws Exception {
        start(kind);
        // issued without checks (a node whose check is still to come)
        Queue quiet = Queue.create(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security, clock, Queue.Settings.DEFAULTS,
                () -> policies, () -> guards, changes::add, command -> { });
        for (int i = 0; i < 11; i++) {
            quiet.issue(new IssueRequest(site.code(), "GENERAL", PriorityClass.NORMAL, Channel.KIOSK));
        }
        clock.advanceMinutes(11);
        assertEquals(List.of(), standing());

        // two nodes, each on its own pool, four checks each at the same moment
        JdbcConnectionPool otherPool = fx.newPool(8);
        List<QueueChange> otherChanges = new CopyOnWriteArrayList<>();
        Queue other = Queue.create(new TicketStore(otherPool, fx.kind()), fx.sites, fx.security, clock, Queue.Settings.DEFAULTS,
                () -> policies, () -> guards, otherChanges::add);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 2; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> checks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Queue node = i % 2 == 0 ? queue : other;
                    checks.add(threads.submit(() -> {
                        go.await();
                        node.checkWaits();
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : checks) {
                    f.get(60, TimeUnit.SECONDS);
                }
                // the first round raises (then calls A001 without a check), the second clears A001's breach
                if (round == 0) {
                    assertEquals(1, standing(QueueAlert.Kind.TOO_MANY_WAITING).size());
                    assertEquals(11, standing(QueueAlert.Kind.WAIT_BREACHED).size());
                    assertEquals(12, alertRows("standing = TRUE"));
                    assertEquals(12, alertRows("1 = 1"), "no condition raised twice");
                    quiet.callNext(STAFF, w1.id());
                }
            }
        } finally {
            threads.shutdownNow();
            otherPool.dispose();
        }
        List<QueueChange> all = new ArrayList<>(changes);
        all.addAll(otherChanges);
        List<QueueChange> siteAlerts = all.stream().filter(c -> c.siteId() == site.id()).toList();
        assertEquals(12, siteAlerts.stream().filter(c -> c.topic().equals(QueueEvents.QUEUE_ALERT)).count(),
                "each raised alert is published once, by the node that raised it");
        assertEquals(List.of("TOO_MANY_WAITING", "WAIT_BREACHED A001"), siteAlerts.stream()
                .filter(c -> c.topic().equals(QueueEvents.QUEUE_ALERT_CLEARED))
                .map(c -> c.properties().get(QueueEvents.ALERT_KIND)
                        + (c.properties().containsKey(QueueEvents.NUMBER) ? " " + c.properties().get(QueueEvents.NUMBER) : ""))
                .sorted().toList(), "A001 called, 10 wait: each ended condition is cleared once");
        assertEquals(List.of(), standing(QueueAlert.Kind.TOO_MANY_WAITING));
        assertEquals(10, standing(QueueAlert.Kind.WAIT_BREACHED).size());
        assertEquals(12, alertRows("1 = 1"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void waitAtRiskFollowsTheCallingOrderWithPriorityTickets_Q4_Q2(TestDatabase.Kind kind) {
        start(kind);
        issue("GENERAL");
        for (int i = 0; i < 6; i++) {
            issue("GENERAL", PriorityClass.ELDERLY);
        }
        // in calling order: A002..A007 (elderly), then A001 with 6 ahead: ceil(6/2) x 5 min = 15 min > 10 min
        TicketPosition a1 = queue.position(site.code(), "A001");
        assertEquals(6, a1.peopleAhead());
        assertEquals(Duration.ofMinutes(15), a1.estimatedWait());
        assertEquals(List.of("A001", "A007"), ticketNumbers(standing(QueueAlert.Kind.WAIT_AT_RISK)),
                "at risk: the tickets predicted over 10 min (A007 has 5 ahead, A001 6)");
    }
}
