package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.queue.Board;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.QueueSettings.Thresholds;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;

/**
 * The queue's behaviour on the shared database, free of OSGi: the DS component and the tests
 * build it with their collaborators. Each operation is one transaction including its audit entry;
 * events are published after the commit.
 */
public final class Queue implements QueueService, AutoCloseable {

    /** Settings of a hall's queue (defaults: REQUIREMENTS Q3, Q4, Q6). */
    public record Settings(int alertWaitingOver, Duration waitTarget, Duration fairnessCap, int recallsBeforeNoShow,
            Duration defaultServiceTime) {
        public static final Settings DEFAULTS = new Settings(10, Duration.ofMinutes(10), Duration.ofMinutes(20), 2,
                Duration.ofMinutes(5));
    }

    /** A domain event, published after commit to EventAdmin and to listeners in this node. */
    public record Change(String topic, Map<String, Object> properties) {
        public long siteId() {
            return (Long) properties.get(QueueEvents.SITE);
        }
    }

    /** How many of the longest-waiting tickets a call considers (besides every priority ticket). */
    static final int CANDIDATES = 50;

    private final TicketStore store;
    private final CachedSites sites;
    private final java.util.concurrent.Executor alertRunner;
    private final Set<String> alertsPending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Windows closed by a supervisor (Q11), read at most once a second on the hot path. */
    private final java.util.concurrent.atomic.AtomicReference<ClosedWindows> closedWindows = new java.util.concurrent.atomic.AtomicReference<>();

    private record ClosedWindows(Set<Long> ids, long loadedNanos) {
    }

    private final Map<String, RecentTimes> serviceTimes = new java.util.concurrent.ConcurrentHashMap<>();
    private final AuditLog audit;
    private final Clock clock;
    private final Settings settings;
    private final Supplier<List<PriorityPolicy>> policies;
    private final Supplier<List<CallGuard>> guards;
    private final Consumer<Change> publisher;
    private final WaitPredictor predictor;
    private final AlertStore alertStore;
    private volatile Supplier<List<org.servicehall.queue.CitizenTextCheck>> textChecks = List::of;
    private volatile Supplier<List<org.servicehall.queue.WindowStaff>> windowStaff = List::of;

    /** For tools and benchmarks outside OSGi: the queue on a data source, with the other services given. */
    public static Queue onDataSource(javax.sql.DataSource dataSource, org.servicehall.persistence.DatabaseKind kind, SiteService sites,
            AuditLog audit, Clock clock, Settings settings, Supplier<List<PriorityPolicy>> policies,
            Supplier<List<CallGuard>> guards, Consumer<Change> publisher) {
        return new Queue(new TicketStore(dataSource, kind), sites, audit, clock, settings, policies, guards, publisher, alertRunner());
    }

    /**
     * A worker thread for alert evaluation, for nodes and tools: each evaluation starts a quarter of
     * a second after the change that asked for it, so a burst of changes costs one evaluation.
     */
    static java.util.concurrent.ExecutorService alertRunner() {
        java.util.concurrent.ScheduledExecutorService worker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "servicehall-queue-alert-check");
            t.setDaemon(true);
            return t;
        });
        return new java.util.concurrent.AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
                worker.schedule(command, 250, java.util.concurrent.TimeUnit.MILLISECONDS);
            }

            @Override
            public void shutdown() {
                worker.shutdown();
            }

            @Override
            public List<Runnable> shutdownNow() {
                return worker.shutdownNow();
            }

            @Override
            public boolean isShutdown() {
                return worker.isShutdown();
            }

            @Override
            public boolean isTerminated() {
                return worker.isTerminated();
            }

            @Override
            public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
                return worker.awaitTermination(timeout, unit);
            }
        };
    }

    Queue(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards, Consumer<Change> publisher) {
        this(store, sites, audit, clock, settings, policies, guards, publisher, Runnable::run);
    }

    /**
     * @param alertRunner where alert evaluation runs after a change: inline (tests) or on a worker
     *        thread, coalesced per service, so issuing and calling do not wait for it
     */
    Queue(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards, Consumer<Change> publisher,
            java.util.concurrent.Executor alertRunner) {
        this.store = store;
        this.sites = sites instanceof CachedSites cached ? cached : new CachedSites(sites);
        this.alertRunner = alertRunner;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.policies = policies;
        this.guards = guards;
        this.publisher = publisher;
        this.predictor = new WaitPredictor(settings.defaultServiceTime());
        this.alertStore = new AlertStore(store.kind());
    }

    // ---- settings per site and service (Q3, Q4, Q7)

    /** A site's settings as read from the database, kept two seconds (other nodes' changes arrive within that). */
    private record SiteSettings(long readAt, java.util.Map<String, Integer[]> services, boolean english) {
    }

    private final Map<Long, SiteSettings> siteSettings = new java.util.concurrent.ConcurrentHashMap<>();

    private SiteSettings siteSettings(long siteId) {
        long now = System.nanoTime();
        SiteSettings s = siteSettings.get(siteId);
        if (s == null || now - s.readAt() > 2_000_000_000L) {
            s = store.read(c -> new SiteSettings(now, store.serviceSettings(c, siteId), store.announceEnglish(c, siteId)));
            siteSettings.put(siteId, s);
        }
        return s;
    }

    /** Q3/Q4: the service's thresholds, its own where set, else the installation's. */
    public org.servicehall.queue.QueueSettings.Thresholds thresholds(long siteId, String serviceCode) {
        Integer[] own = siteSettings(siteId).services().get(serviceCode);
        if (own == null) {
            return new org.servicehall.queue.QueueSettings.Thresholds(settings.alertWaitingOver(), settings.waitTarget(), false);
        }
        return new org.servicehall.queue.QueueSettings.Thresholds(own[0] == null ? settings.alertWaitingOver() : own[0],
                own[1] == null ? settings.waitTarget() : Duration.ofMinutes(own[1]), true);
    }

    public org.servicehall.queue.QueueSettings.Thresholds setThresholds(Actor actor, long siteId, String serviceCode, Integer over,
            Integer targetMinutes) {
        actor.require(Role.SUPERVISOR, "change queue thresholds");
        String code = serviceCode == null ? "" : serviceCode.trim().toUpperCase();
        Validator v = new Validator();
        v.required("service", code);
        if (over != null) {
            v.range("alertWaitingOver", over, 1, 500);
        }
        if (targetMinutes != null) {
            v.range("waitTargetMinutes", targetMinutes, 1, 240);
        }
        v.throwIfInvalid();
        item(siteId, code).orElseThrow(() -> new NotFound("Service", code));
        org.servicehall.queue.QueueSettings.Thresholds before = thresholds(siteId, code);
        store.inTransaction(c -> {
            store.putServiceSetting(c, siteId, code, over, targetMinutes);
            audit.record(c, actor, "thresholds", "service-queue", siteId + "/" + code, before, "over " + over + ", target " + targetMinutes);
            return null;
        });
        siteSettings.remove(siteId);
        afterChange(sites.site(siteId), code, now()); // Q3, Q4: alerts follow the new thresholds at once
        return thresholds(siteId, code);
    }

    public boolean announceInEnglish(long siteId) {
        return siteSettings(siteId).english();
    }

    public void setAnnounceInEnglish(Actor actor, long siteId, boolean english) {
        actor.require(Role.ADMIN, "change the board's languages");
        sites.site(siteId);
        boolean before = announceInEnglish(siteId);
        store.inTransaction(c -> {
            store.putAnnounceEnglish(c, siteId, english);
            audit.record(c, actor, "announce-english", "site-queue", siteId, before, english);
            return null;
        });
        siteSettings.remove(siteId);
    }

    /** Who tells the staff member at a window (attendance); none by default: the calling account is kept. */
    public void useWindowStaff(Supplier<List<org.servicehall.queue.WindowStaff>> staff) {
        this.windowStaff = staff;
    }

    /** The staff number of whoever is at the window now, else the calling account's name (P1, M1). */
    private String servedBy(Actor actor, long siteId, int windowNumber) {
        for (org.servicehall.queue.WindowStaff ws : windowStaff.get()) {
            try {
                Optional<String> s = ws.staffAt(siteId, windowNumber);
                if (s.isPresent()) {
                    return s.get();
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Queue.class).warn("A window-staff source failed and was skipped: {}", e.toString());
            }
        }
        return actor.username();
    }

    @Override
    public Optional<String> servedBy(long ticketId) {
        return store.read(c -> store.servedBy(c, ticketId));
    }

    /** Q10/M1: figures per group over a period. */
    public List<org.servicehall.queue.ServiceFigures> figures(long siteId, LocalDate from, LocalDate to,
            org.servicehall.queue.QueueReports.Grouping by, java.time.Duration target) {
        if (from == null || to == null || to.isBefore(from)) {
            throw org.servicehall.common.ValidationException.of("to", "the period must end on or after its start");
        }
        return store.read(c -> store.figures(c, siteId, from, to, by, target));
    }

    /** Where the checks of texts sent to citizens come from (C3); none by default. */
    public void useTextChecks(Supplier<List<org.servicehall.queue.CitizenTextCheck>> checks) {
        this.textChecks = checks;
    }

    /** C3: the findings of every registered check in a text staff are about to send to a citizen. */
    public List<org.servicehall.queue.TextFinding> checkText(long siteId, String text) {
        return org.servicehall.queue.TextChecks.findings(textChecks.get(), siteId, text);
    }

    /** The time stored with tickets: microseconds, as the database keeps them. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today in the halls' time zone, by the platform's clock. */
    public LocalDate businessDate() {
        return today();
    }

    /** A site by code from the kept site structure (for light pages that many phones open at once). */
    public Site siteOf(String code) {
        return site(code);
    }

    private Site site(String code) {
        Optional<Site> site = sites.siteByCode(code);
        if (site.isEmpty()) {
            sites.invalidate(); // created a moment ago?
            site = sites.siteByCode(code);
        }
        return site.orElseThrow(() -> new NotFound("Site", code));
    }

    private Window window(long windowId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            for (Site s : sites.sites()) {
                for (Window w : sites.windows(s.id())) {
                    if (w.id() == windowId) {
                        return w;
                    }
                }
            }
            sites.invalidate(); // created a moment ago?
        }
        throw new NotFound("Window", windowId);
    }

    private Optional<ServiceItem> item(long siteId, String code) {
        Optional<ServiceItem> item = sites.serviceItems(siteId).stream().filter(i -> i.code().equals(code)).findFirst();
        if (item.isEmpty()) {
            sites.invalidate();
            item = sites.serviceItems(siteId).stream().filter(i -> i.code().equals(code)).findFirst();
        }
        return item;
    }

    // ---- issuing (Q1, Q8)

    @Override
    public TicketReceipt issue(IssueRequest request) {
        Validator v = new Validator();
        v.required("siteCode", request.siteCode()).required("serviceCode", request.serviceCode()).throwIfInvalid();
        Site site = site(request.siteCode());
        String code = request.serviceCode().trim().toUpperCase();
        ServiceItem item = item(site.id(), code).orElseThrow(() -> new NotFound("Service of " + site.code(), code));
        Instant now = now();
        IssuingRules.Hall hall = hall(site);
        List<Window> windows = sites.windows(site.id());
        LocalDate day = today();
        Ticket ticket = store.inTransaction(c -> {
            // Q1, Q8: the answer a kiosk is given (IssuingRules), here with the windows open now
            IssuingStatus issuing = IssuingRules.status(hall, service(c, item, windows), now, clock.getZone());
            if (!issuing.takingTickets()) {
                throw new HallException(issuing.message());
            }
            int seq = store.nextSequence(c, site.id(), code, day);
            String number = QueueRules.number(item.ticketPrefix(), seq);
            long id = store.insert(c, site.id(), code, number, seq, day, request.priority(), request.channel(), now);
            Ticket t = new Ticket(id, site.id(), code, number, seq, day, request.priority(), request.channel(), TicketStatus.WAITING,
                    now, null, null, null, null, null, 0, 0, null);
            audit.record(c, Actor.SYSTEM, "issue", "ticket", id, null, describe(t));
            return t;
        });
        publish(QueueEvents.TICKET_ISSUED, ticket, null);
        TicketPosition position = position(ticket, true);
        afterChange(site, code, now);
        return new TicketReceipt(ticket, site.name(), item.name(), position.peopleAhead(), position.estimatedWait());
    }

    /** Q1, Q8: whether each of the site's services takes tickets now, and if not why and from when. */
    @Override
    public List<IssuingStatus> issuing(String siteCode) {
        Site site = site(siteCode);
        IssuingRules.Hall hall = hall(site);
        List<ServiceItem> items = sites.serviceItems(site.id());
        List<Window> windows = sites.windows(site.id());
        Instant now = now();
        return store.read(c -> {
            List<IssuingStatus> out = new ArrayList<>();
            for (ServiceItem item : items) {
                out.add(IssuingRules.status(hall, service(c, item, windows), now, clock.getZone()));
            }
            return out;
        });
    }

    /** The site's name, hours and calendar, read before a statement's connection is taken. */
    private IssuingRules.Hall hall(Site site) {
        return new IssuingRules.Hall(site.name(), site.opensAt(), site.closesAt(), sites.calendar(site.id()));
    }

    /** A service as the issuing rule sees it: whether its plugin runs, the windows serving it and how many are open. */
    private IssuingRules.Service service(Connection c, ServiceItem item, List<Window> windows) throws SQLException {
        int serving = 0;
        int open = 0;
        for (Window w : windows) {
            if (w.serviceCodes().contains(item.code())) {
                serving++;
                if (isOpen(c, w.id())) {
                    open++;
                }
            }
        }
        return new IssuingRules.Service(item.code(), item.name(), sites.isAvailable(item), serving, open);
    }

    // ---- calling (Q5, Q6)

    @Override
    public Optional<Ticket> callNext(Actor actor, long windowId) {
        actor.require(Role.STAFF, "call tickets");
        Window window = window(windowId);
        if (!store.read(c -> isOpen(c, windowId))) {
            throw new HallException("window " + window.number() + " is closed; a supervisor opens it for calling");
        }
        if (window.serviceCodes().isEmpty()) {
            throw new HallException("window " + window.number() + " serves no service; an admin assigns its services");
        }
        for (CallGuard guard : guards.get()) {
            guard.check(actor, window.siteId(), windowId, window.number());
        }
        Site site = sites.site(window.siteId());
        Set<String> served = servedNow(site.id(), window);
        Instant now = now();
        Comparator<Ticket> order = policyFor(site.id(), served).order(now);
        String servedBy = servedBy(actor, site.id(), window.number());
        Optional<Ticket> called = store.inTransaction(c -> {
            List<Ticket> candidates = store.candidates(c, site.id(), today(), served, window.number(), CANDIDATES);
            candidates.sort(order);
            for (Ticket candidate : candidates) {
                if (store.claim(c, candidate.id(), window.number(), now, servedBy)) {
                    Ticket t = with(candidate, TicketStatus.CALLED, now, null, null, candidate.recalls());
                    t = new Ticket(t.id(), t.siteId(), t.serviceCode(), t.number(), t.sequence(), t.businessDate(), t.priority(),
                            t.channel(), t.status(), t.issuedAt(), t.calledAt(), t.startedAt(), t.finishedAt(), window.number(),
                            t.targetWindow(), t.recalls(), t.transfers(), t.handoffNote());
                    audit.record(c, actor, "call", "ticket", t.id(), candidate.status(), describe(t));
                    return Optional.of(t);
                }
            }
            return Optional.<Ticket>empty();
        });
        called.ifPresent(t -> {
            publish(QueueEvents.TICKET_CALLED, t, window);
            afterChange(site, t.serviceCode(), now);
        });
        return called;
    }

    /** The window's services that are available now (their sector plugin runs). */
    private Set<String> servedNow(long siteId, Window window) {
        Set<String> available = sites.serviceItems(siteId).stream().filter(sites::isAvailable).map(ServiceItem::code)
                .collect(Collectors.toSet());
        Set<String> served = new HashSet<>(window.serviceCodes());
        served.retainAll(available);
        return served;
    }

    private PriorityPolicy policyFor(long siteId, Set<String> services) {
        Set<String> sectors = sites.serviceItems(siteId).stream().filter(i -> services.contains(i.code())).map(ServiceItem::sector)
                .collect(Collectors.toSet());
        for (PriorityPolicy p : policies.get()) {
            for (String sector : sectors) {
                if (p.appliesTo(sector, services)) {
                    return p;
                }
            }
        }
        return new DefaultPriorityPolicy(settings.fairnessCap());
    }

    @Override
    public Ticket recall(Actor actor, long ticketId) {
        actor.require(Role.STAFF, "recall tickets");
        Instant now = now();
        Ticket t = change(actor, ticketId, "recall", before -> {
            QueueRules.checkRecall(before);
            return with(before, TicketStatus.CALLED, now, before.startedAt(), null, before.recalls() + 1);
        });
        publish(QueueEvents.TICKET_CALLED, t, null);
        return t;
    }

    @Override
    public Ticket noShow(Actor actor, long ticketId) {
        actor.require(Role.STAFF, "mark no-shows");
        Ticket t = change(actor, ticketId, "no-show", before -> {
            QueueRules.checkNoShow(before, settings.recallsBeforeNoShow());
            return with(before, TicketStatus.NO_SHOW, before.calledAt(), null, now(), before.recalls());
        });
        publish(QueueEvents.NO_SHOW, t, null);
        return t;
    }

    @Override
    public Ticket start(Actor actor, long ticketId) {
        actor.require(Role.STAFF, "serve tickets");
        Ticket t = change(actor, ticketId, "start", before -> {
            QueueRules.checkStart(before);
            return with(before, TicketStatus.SERVING, before.calledAt(), now(), null, before.recalls());
        });
        publish(QueueEvents.SERVICE_STARTED, t, null);
        return t;
    }

    @Override
    public Ticket finish(Actor actor, long ticketId) {
        actor.require(Role.STAFF, "finish tickets");
        Ticket t = change(actor, ticketId, "finish", before -> {
            QueueRules.checkFinish(before);
            return with(before, TicketStatus.DONE, before.calledAt(), before.startedAt(), now(), before.recalls());
        });
        // a new service time on this node: predictions use it at once (other nodes within 30 seconds)
        RecentTimes recent = serviceTimes.get(t.siteId() + "/" + t.businessDate() + "/" + t.serviceCode());
        if (recent != null && t.calledAt() != null && t.finishedAt() != null) {
            recent.add(Duration.between(t.calledAt(), t.finishedAt()));
        }
        publish(QueueEvents.SERVICE_FINISHED, t, null);
        return t;
    }

    @Override
    public Ticket transfer(Actor actor, long ticketId, String toServiceCode, Integer toWindow, String note) {
        actor.require(Role.STAFF, "transfer tickets");
        Validator v = new Validator();
        v.required("service", toServiceCode).maxLength("note", note, 500).throwIfInvalid();
        Ticket current = ticket(ticketId);
        String code = toServiceCode.trim().toUpperCase();
        ServiceItem item = item(current.siteId(), code).orElseThrow(() -> new NotFound("Service", code));
        if (!sites.isAvailable(item)) {
            throw new HallException("the service '" + item.name() + "' is not offered now: its sector plugin is not installed");
        }
        if (toWindow != null && sites.windows(current.siteId()).stream()
                .noneMatch(w -> w.number() == toWindow && w.serviceCodes().contains(code))) {
            throw new HallException("window " + toWindow + " does not serve '" + item.name() + "'");
        }
        org.servicehall.queue.TextChecks.requireAcceptable(textChecks.get(), actor, current.siteId(), "note", note);
        Ticket t = change(actor, ticketId, "transfer", before -> {
            QueueRules.checkTransfer(before);
            // Q6: back into the queue of the new service with its original issue time, so it keeps its place
            return new Ticket(before.id(), before.siteId(), code, before.number(), before.sequence(), before.businessDate(),
                    before.priority(), before.channel(), TicketStatus.WAITING, before.issuedAt(), null, null, null, null, toWindow,
                    0, before.transfers() + 1, note == null || note.isBlank() ? null : note.trim());
        });
        publish(QueueEvents.TICKET_TRANSFERRED, t, null);
        return t;
    }

    private interface Step {
        Ticket apply(Ticket before);
    }

    private Ticket change(Actor actor, long ticketId, String action, Step step) {
        return store.inTransaction(c -> {
            Ticket before = store.find(c, ticketId).orElseThrow(() -> new NotFound("Ticket", ticketId));
            Ticket after = step.apply(before);
            if (!store.update(c, before, after)) {
                throw new org.servicehall.common.Conflict("ticket " + before.number() + " was changed at another window a moment ago; "
                        + "reload and try again");
            }
            audit.record(c, actor, action, "ticket", ticketId, describe(before), describe(after));
            return after;
        });
    }

    private static Ticket with(Ticket t, TicketStatus status, Instant calledAt, Instant startedAt, Instant finishedAt, int recalls) {
        return new Ticket(t.id(), t.siteId(), t.serviceCode(), t.number(), t.sequence(), t.businessDate(), t.priority(), t.channel(),
                status, t.issuedAt(), calledAt, startedAt, finishedAt, t.windowNumber(), t.targetWindow(), recalls, t.transfers(),
                t.handoffNote());
    }

    private static String describe(Ticket t) {
        return t.number() + " " + t.serviceCode() + " " + t.status() + (t.windowNumber() == null ? "" : " @" + t.windowNumber());
    }

    // ---- reading

    @Override
    public Ticket ticket(long ticketId) {
        return store.read(c -> store.find(c, ticketId)).orElseThrow(() -> new NotFound("Ticket", ticketId));
    }

    @Override
    public TicketPosition position(String siteCode, String number) {
        Site site = site(siteCode);
        String n = number == null ? "" : number.trim().toUpperCase();
        Ticket t = store.read(c -> store.findByNumber(c, site.id(), today(), n))
                .orElseThrow(() -> new NotFound("Ticket of " + site.code() + " today", n));
        return position(t);
    }

    TicketPosition position(Ticket t) {
        return position(t, false);
    }

    /**
     * @param newest the ticket was issued a moment ago: a normal one then has everyone waiting for
     *        its service ahead of it (normal tickets keep their order), which one count tells
     */
    private TicketPosition position(Ticket t, boolean newest) {
        if (t.status() != TicketStatus.WAITING) {
            return new TicketPosition(t, 0, Duration.ZERO);
        }
        return store.read(c -> {
            List<Window> windows = sites.windows(t.siteId()).stream().filter(w -> w.serviceCodes().contains(t.serviceCode())).toList();
            Set<String> services = Set.of(t.serviceCode());
            int ahead = 0;
            if (newest && !t.priority().isPriority()) {
                ahead = Math.max(0, store.waitingCount(c, t.siteId(), t.businessDate(), t.serviceCode()) - 1);
            } else {
                // the head of the line in calling order; a ticket further back has everyone in it ahead, plus the
                // normal tickets issued before it that are not in it (normal tickets keep their order)
                List<Ticket> head = store.candidates(c, t.siteId(), t.businessDate(), services, null, CANDIDATES);
                head.sort(policyFor(t.siteId(), services).order(now()));
                boolean inHead = false;
                for (Ticket w : head) {
                    if (w.id() == t.id()) {
                        inHead = true;
                        break;
                    }
                    ahead++;
                }
                if (!inHead) {
                    long normalInHead = head.stream().filter(w -> !w.priority().isPriority()).count();
                    ahead = head.size() + (int) Math.max(0, store.normalWaitingBefore(c, t) - normalInHead);
                }
            }
            int open = 0;
            for (Window w : windows) {
                if (isOpen(c, w.id())) {
                    open++;
                }
            }
            Duration avg = averageServiceTime(c, t.siteId(), t.businessDate(), t.serviceCode());
            return new TicketPosition(t, ahead, predictor.remainingWait(ahead, open, avg));
        });
    }

    /**
     * The position of every ticket of a site today, in one read: for the followers of tickets
     * (the light public status page), recomputed once per change rather than once per follower.
     */
    public Map<Long, TicketPosition> positions(long siteId) {
        Instant now = now();
        List<Window> windows = sites.windows(siteId);
        return store.read(c -> {
            List<Ticket> today = store.today(c, siteId, today());
            Map<Long, TicketPosition> positions = new java.util.HashMap<>();
            Map<String, List<Ticket>> waiting = new LinkedHashMap<>();
            for (Ticket t : today) {
                if (t.status() == TicketStatus.WAITING) {
                    waiting.computeIfAbsent(t.serviceCode(), k -> new ArrayList<>()).add(t);
                } else {
                    positions.put(t.id(), new TicketPosition(t, 0, Duration.ZERO));
                }
            }
            for (Map.Entry<String, List<Ticket>> e : waiting.entrySet()) {
                List<Ticket> line = e.getValue();
                line.sort(policyFor(siteId, Set.of(e.getKey())).order(now));
                int open = 0;
                for (Window w : windows) {
                    if (w.serviceCodes().contains(e.getKey()) && isOpen(c, w.id())) {
                        open++;
                    }
                }
                Duration avg = averageServiceTime(c, siteId, today(), e.getKey());
                for (int ahead = 0; ahead < line.size(); ahead++) {
                    Ticket t = line.get(ahead);
                    positions.put(t.id(), new TicketPosition(t, ahead, predictor.remainingWait(ahead, open, avg)));
                }
            }
            return positions;
        });
    }

    @Override
    public List<Ticket> current(long windowId) {
        Window w = window(windowId);
        return store.read(c -> store.today(c, w.siteId(), today())).stream()
                .filter(t -> t.windowNumber() != null && t.windowNumber() == w.number()
                        && EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING).contains(t.status()))
                .sorted(Comparator.comparing(Ticket::calledAt).reversed()).toList();
    }

    @Override
    public Board board(String siteCode) {
        Site site = site(siteCode);
        Map<Integer, Window> windows = sites.windows(site.id()).stream().collect(Collectors.toMap(Window::number, w -> w));
        Map<String, String> names = sites.serviceItems(site.id()).stream().collect(Collectors.toMap(ServiceItem::code, ServiceItem::name));
        List<Ticket> today = store.read(c -> store.today(c, site.id(), today()));
        List<Board.Call> calls = today.stream().filter(t -> t.calledAt() != null && t.windowNumber() != null)
                .sorted(Comparator.comparing(Ticket::calledAt).reversed())
                .map(t -> new Board.Call(t.number(), t.windowNumber(),
                        windows.containsKey(t.windowNumber()) ? windows.get(t.windowNumber()).name() : "",
                        names.getOrDefault(t.serviceCode(), t.serviceCode()), t.calledAt(), t.recalls()))
                .toList();
        Map<Integer, Board.Call> current = new LinkedHashMap<>();
        today.stream().filter(t -> EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING).contains(t.status()) && t.windowNumber() != null)
                .sorted(Comparator.comparing(Ticket::calledAt).reversed())
                .forEach(t -> current.putIfAbsent(t.windowNumber(), calls.stream().filter(x -> x.number().equals(t.number())).findFirst()
                        .orElseThrow()));
        List<Board.Call> currentList = new ArrayList<>(current.values());
        currentList.sort(Comparator.comparingInt(Board.Call::windowNumber));
        return new Board(site.code(), site.name(), currentList, calls.subList(0, Math.min(10, calls.size())), now());
    }

    @Override
    public QueueStats stats(long siteId) {
        Site site = sites.site(siteId);
        Instant now = now();
        List<Window> windows = sites.windows(site.id());
        List<ServiceItem> items = sites.serviceItems(site.id());
        // read before the statement's connection is taken: one connection per caller, never two (pools stay deadlock-free)
        Map<String, Duration> targets = new java.util.HashMap<>();
        items.forEach(i -> targets.put(i.code(), thresholds(site.id(), i.code()).waitTarget()));
        return store.read(c -> {
            List<Ticket> today = store.today(c, site.id(), today());
            Map<Long, Instant> firstCalls = store.firstCalls(c, site.id(), today());
            Map<Long, Boolean> open = new LinkedHashMap<>();
            for (Window w : windows) {
                open.put(w.id(), isOpen(c, w.id()));
            }
            List<QueueStats.ServiceStats> services = new ArrayList<>();
            for (ServiceItem item : items) {
                List<Ticket> mine = today.stream().filter(t -> t.serviceCode().equals(item.code())).toList();
                List<Ticket> waiting = mine.stream().filter(t -> t.status() == TicketStatus.WAITING).toList();
                Duration longest = waiting.stream().map(t -> Duration.between(t.issuedAt(), now)).max(Comparator.naturalOrder())
                        .orElse(Duration.ZERO);
                List<Duration> waits = mine.stream().filter(t -> firstCalls.containsKey(t.id()))
                        .map(t -> Duration.between(t.issuedAt(), firstCalls.get(t.id()))).toList();
                List<Duration> serviceTimes = mine.stream().filter(t -> t.status() == TicketStatus.DONE && t.calledAt() != null)
                        .map(t -> Duration.between(t.calledAt(), t.finishedAt())).toList();
                Duration target = targets.get(item.code());
                long within = waits.stream().filter(d -> d.compareTo(target) <= 0).count();
                int openServing = (int) windows.stream().filter(w -> open.get(w.id()) && w.serviceCodes().contains(item.code())).count();
                Duration avgService = predictor.averageServiceTime(serviceTimes);
                services.add(new QueueStats.ServiceStats(item.code(), item.name(), waiting.size(), longest, average(waits),
                        serviceTimes.isEmpty() ? Duration.ZERO : avgService,
                        (int) mine.stream().filter(t -> t.status() == TicketStatus.DONE).count(),
                        (int) mine.stream().filter(t -> t.status() == TicketStatus.NO_SHOW).count(),
                        waits.isEmpty() ? Double.NaN : within / (double) waits.size(),
                        predictor.remainingWait(waiting.size(), openServing, avgService)));
            }
            List<QueueStats.WindowStats> windowStats = new ArrayList<>();
            for (Window w : windows) {
                String currentTicket = today.stream().filter(t -> t.windowNumber() != null && t.windowNumber() == w.number()
                        && EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING).contains(t.status())).map(Ticket::number)
                        .findFirst().orElse(null);
                int served = (int) today.stream().filter(t -> t.windowNumber() != null && t.windowNumber() == w.number()
                        && t.status() == TicketStatus.DONE).count();
                windowStats.add(new QueueStats.WindowStats(w.id(), w.number(), w.name(), open.get(w.id()), currentTicket, served));
            }
            return new QueueStats(services, windowStats);
        });
    }

    private static Duration average(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(durations.stream().mapToLong(Duration::toMillis).sum() / durations.size());
    }

    /** Q3, Q4: evaluates the alerts of one service after a change (coalesced: one pending per service). */
    private void afterChange(Site site, String serviceCode, Instant now) {
        String key = site.id() + "/" + serviceCode;
        if (alertsPending.add(key)) {
            alertRunner.execute(() -> {
                alertsPending.remove(key);
                try {
                    evaluateAlerts(site, serviceCode, now());
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(Queue.class).warn("Queue alerts of {} could not be evaluated: {}", key,
                            e.getMessage());
                }
            });
        }
    }

    /**
     * Q3, Q4: one check of a service's alerts, in one transaction that first locks the service's check
     * row (so checks of one service run one at a time on all nodes): the conditions that hold now
     * against the alerts that stand, raised, refreshed or cleared; raised and cleared alerts are
     * published after the commit.
     */
    private void evaluateAlerts(Site site, String serviceCode, Instant now) {
        if (store.read(c -> store.waitingCount(c, site.id(), today(), serviceCode) == 0
                && alertStore.standing(c, site.id(), serviceCode).isEmpty())) {
            return; // nobody waits and nothing stands: nothing to raise or clear (a ticket issued now checks again)
        }
        String name = sites.serviceItems(site.id()).stream().filter(i -> i.code().equals(serviceCode)).map(ServiceItem::name)
                .findFirst().orElse(serviceCode);
        Thresholds th = thresholds(site.id(), serviceCode);
        List<Window> serving = sites.windows(site.id()).stream().filter(w -> w.serviceCodes().contains(serviceCode)).toList();
        // in calling order, as the conditions expect: the prediction follows the priority policy
        Comparator<Ticket> order = policyFor(site.id(), Set.of(serviceCode)).order(now);
        List<Change> published = store.inTransaction(c -> {
            alertStore.lockService(c, site.id(), serviceCode, now);
            List<Ticket> waiting = new ArrayList<>(store.waiting(c, site.id(), today(), Set.of(serviceCode), null));
            waiting.sort(order);
            int open = 0;
            for (Window w : serving) {
                if (isOpen(c, w.id())) {
                    open++;
                }
            }
            int openWindows = open;
            Duration avg = averageServiceTime(c, site.id(), today(), serviceCode);
            List<QueueAlerts.Condition> holding = QueueAlerts.conditions(name, waiting,
                    ahead -> predictor.remainingWait(ahead, openWindows, avg), now, th.alertWaitingOver(), th.waitTarget());
            List<Change> changes = new ArrayList<>();
            for (QueueAlerts.Step step : QueueAlerts.steps(alertStore.standing(c, site.id(), serviceCode), holding, now)) {
                if (step instanceof QueueAlerts.Raise raise) {
                    alertStore.raise(c, site.id(), serviceCode, raise.condition(), now)
                            .ifPresent(a -> changes.add(alertChange(QueueEvents.QUEUE_ALERT, a)));
                } else if (step instanceof QueueAlerts.Refresh refresh) {
                    alertStore.refresh(c, site.id(), serviceCode, refresh.condition(), now);
                } else if (step instanceof QueueAlerts.Clear clear && alertStore.clear(c, clear.standing().alert().id(), now)) {
                    changes.add(alertChange(QueueEvents.QUEUE_ALERT_CLEARED, clear.standing().alert()));
                }
            }
            return changes;
        });
        published.forEach(publisher);
    }

    /** Q4: checks every waiting ticket of the site against the wait target (run periodically), and clears the alerts of services gone. */
    public void checkWaits() {
        Instant now = now();
        for (Site site : sites.sites()) {
            Set<String> services = new LinkedHashSet<>();
            sites.serviceItems(site.id()).forEach(i -> services.add(i.code()));
            services.addAll(store.read(c -> alertStore.servicesWithStanding(c, site.id())));
            for (String code : services) {
                afterChange(site, code, now);
            }
        }
    }

    @Override
    public List<QueueAlert> alerts(long siteId, Instant raisedSince) {
        sites.site(siteId);
        return store.read(c -> alertStore.list(c, siteId, raisedSince, MAX_ALERTS));
    }

    // ---- windows (Q11)

    @Override
    public void setWindowOpen(Actor actor, long windowId, boolean open) {
        actor.require(Role.SUPERVISOR, "open or close windows");
        Window w = window(windowId);
        closedWindows.set(null);
        store.inTransaction(c -> {
            boolean before = store.isWindowOpen(c, windowId);
            store.setWindowOpen(c, windowId, open);
            audit.record(c, actor, open ? "open" : "close", "window", windowId, before ? "open" : "closed", open ? "open" : "closed");
            return null;
        });
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(QueueEvents.SITE, w.siteId());
        props.put(QueueEvents.WINDOW, w.number());
        publisher.accept(new Change(QueueEvents.PREFIX + (open ? "WindowOpened" : "WindowClosed"), props));
        // Q3, Q4: another window changes the predictions of its services (opening one is the remedy an alert asks for)
        Site site = sites.site(w.siteId());
        Instant now = now();
        w.serviceCodes().forEach(code -> afterChange(site, code, now));
    }

    /**
     * The recent average service time of a service: the last 20 service times, read from the
     * database at most every 30 seconds (to take in other nodes' finishes) and extended at once by
     * every finish on this node — so the hot path does not query the day's finished tickets.
     */
    private Duration averageServiceTime(java.sql.Connection c, long siteId, LocalDate day, String service) throws java.sql.SQLException {
        String key = siteId + "/" + day + "/" + service;
        RecentTimes recent = serviceTimes.get(key);
        if (recent == null || System.nanoTime() - recent.loadedNanos > 30_000_000_000L) {
            recent = new RecentTimes(store.recentServiceTimes(c, siteId, day, service, RecentTimes.KEEP), System.nanoTime());
            serviceTimes.put(key, recent);
        }
        return predictor.averageServiceTime(recent.snapshot());
    }

    /** The latest service times of one service, newest first. */
    private static final class RecentTimes {
        static final int KEEP = 20;
        private final java.util.ArrayDeque<Duration> times;
        final long loadedNanos;

        RecentTimes(List<Duration> newestFirst, long loadedNanos) {
            this.times = new java.util.ArrayDeque<>(newestFirst);
            this.loadedNanos = loadedNanos;
        }

        synchronized void add(Duration d) {
            times.addFirst(d);
            while (times.size() > KEEP) {
                times.removeLast();
            }
        }

        synchronized List<Duration> snapshot() {
            return List.copyOf(times);
        }
    }

    private boolean isOpen(java.sql.Connection c, long windowId) throws java.sql.SQLException {
        ClosedWindows closed = closedWindows.get();
        if (closed == null || System.nanoTime() - closed.loadedNanos() > 1_000_000_000L) {
            closed = new ClosedWindows(store.closedWindows(c), System.nanoTime());
            closedWindows.set(closed);
        }
        return !closed.ids().contains(windowId);
    }

    @Override
    public boolean isWindowOpen(long windowId) {
        return store.read(c -> store.isWindowOpen(c, windowId));
    }

    // ---- events

    private void publish(String topic, Ticket t, Window window) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(QueueEvents.SITE, t.siteId());
        props.put(QueueEvents.TICKET_ID, t.id());
        props.put(QueueEvents.NUMBER, t.number());
        props.put(QueueEvents.SERVICE, t.serviceCode());
        if (t.windowNumber() != null) {
            props.put(QueueEvents.WINDOW, t.windowNumber());
        } else if (window != null) {
            props.put(QueueEvents.WINDOW, window.number());
        }
        publisher.accept(new Change(topic, props));
    }

    private static Change alertChange(String topic, QueueAlert alert) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(QueueEvents.SITE, alert.siteId());
        props.put(QueueEvents.SERVICE, alert.serviceCode());
        props.put(QueueEvents.ALERT_KIND, alert.kind().name());
        props.put(QueueEvents.ALERT_ID, alert.id());
        props.put(QueueEvents.MESSAGE, alert.message());
        if (alert.ticketNumber() != null) {
            props.put(QueueEvents.NUMBER, alert.ticketNumber());
        }
        return new Change(topic, props);
    }

    /**
     * Stops the alert worker of a queue made by {@link #onDataSource} (pending evaluations are
     * dropped), so a tool can close its data source without alerts still reaching for it. A node's
     * queue component stops its own worker.
     */
    @Override
    public void close() {
        if (alertRunner instanceof java.util.concurrent.ExecutorService own) {
            own.shutdownNow();
            try {
                own.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** For tests: settings in force. */
    Settings settings() {
        return settings;
    }

}
