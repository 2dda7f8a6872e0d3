package org.servicehall.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.persistence.Database;
import org.servicehall.queue.Appointments;
import org.servicehall.queue.Board;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue as an OSGi service: migrates its tables, publishes its events on EventAdmin and to the
 * screens of this node, consults priority policies and call guards that come and go, and checks
 * waits against the target every 30 seconds (Q4).
 */
@Component(service = { QueueService.class, Appointments.class, org.servicehall.queue.QueueReports.class,
        org.servicehall.queue.QueueSettings.class, QueueComponent.class },
        immediate = true,
        configurationPid = "org.servicehall.queue")
@Designate(ocd = QueueComponent.Config.class)
public final class QueueComponent implements QueueService, Appointments, org.servicehall.queue.QueueReports,
        org.servicehall.queue.QueueSettings {
    private static final Logger LOG = LoggerFactory.getLogger(QueueComponent.class);

    @ObjectClassDefinition(name = "ServiceHall queue")
    public @interface Config {
        @AttributeDefinition(description = "Q3: alert when more than this many wait for one service")
        int alertWaitingOver() default 10;

        @AttributeDefinition(description = "Q4: waiting-time target in minutes")
        int waitTargetMinutes() default 10;

        @AttributeDefinition(description = "Q2: no normal ticket is passed over by priority tickets for longer than this (minutes)")
        int fairnessCapMinutes() default 20;

        @AttributeDefinition(description = "Q6: recalls before a ticket may be marked as no-show")
        int recallsBeforeNoShow() default 2;

        @AttributeDefinition(description = "Q4: service time assumed (minutes) until a service has history today")
        int defaultServiceMinutes() default 5;

        @AttributeDefinition(description = "Q9: length of an appointment slot in minutes")
        int slotMinutes() default 30;

        @AttributeDefinition(description = "Q9: appointments per slot and service")
        int slotCapacity() default 4;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    // The extension points' services, got when first used (see Extension): binding one never activates its provider.
    private final Extension<PriorityPolicy> policies = new Extension<>("priority policy");
    private final Extension<CallGuard> guards = new Extension<>("call guard");
    private final Extension<org.servicehall.queue.CitizenTextCheck> textChecks = new Extension<>("text check");
    private final Extension<org.servicehall.queue.StepPhrases> phrases = new Extension<>("phrase source");
    private final Extension<org.servicehall.queue.DeskSection> deskSections = new Extension<>("desk section");
    private final Extension<org.servicehall.queue.WindowStaff> windowStaff = new Extension<>("window staff source");
    private final Extension<org.servicehall.queue.VisitFollowUp> followUps = new Extension<>("visit follow-up");
    private final Duration waitTarget;

    private final Queue queue;
    private final AppointmentBook appointments;
    private final Simulator simulator;
    private final SiteService sites;
    private final ChangeFeed feed;
    private final java.util.concurrent.ExecutorService alertRunner;
    private final List<Consumer<Queue.Change>> listeners = new CopyOnWriteArrayList<>();
    /**
     * This node's screens hear of changes on a thread of their own, in order: the request that made
     * a change (a desk's call) does not wait while 200 boards redraw and push.
     */
    private final java.util.concurrent.ExecutorService screens = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "servicehall-queue-screens");
        t.setDaemon(true);
        return t;
    });
    private final SharedBoards boards;
    private final Clock clock;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "servicehall-queue-alerts");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public QueueComponent(Config config, @Reference Database database, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference Clock clock) {
        database.migrate("queue", getClass().getClassLoader());
        Queue.Settings settings = new Queue.Settings(config.alertWaitingOver(), Duration.ofMinutes(config.waitTargetMinutes()),
                Duration.ofMinutes(config.fairnessCapMinutes()), config.recallsBeforeNoShow(),
                Duration.ofMinutes(config.defaultServiceMinutes()));
        this.alertRunner = Queue.alertRunner();
        TicketStore store = new TicketStore(database.dataSource(), database.kind());
        this.queue = new Queue(store, sites, audit, clock, settings, policies::services, guards::services, this::publish,
                alertRunner);
        this.waitTarget = settings.waitTarget();
        this.clock = clock;
        this.boards = new SharedBoards(queue::board, Duration.ofSeconds(1));
        queue.useWindowStaff(windowStaff::services);
        queue.useTextChecks(textChecks::services);
        this.appointments = new AppointmentBook(store, sites, audit, clock, queue, config.slotMinutes(), config.slotCapacity());
        this.sites = sites;
        this.simulator = new Simulator(this, sites);
        this.feed = database.kind() == org.servicehall.persistence.DatabaseKind.POSTGRESQL
                ? new PgChangeFeed(database.dataSource(), java.util.UUID.randomUUID().toString().substring(0, 8), this::deliver)
                : ChangeFeed.NONE;
        checker.scheduleWithFixedDelay(() -> {
            try {
                queue.checkWaits();
                int missed = appointments.recordNoShows();
                if (missed > 0) {
                    LOG.info("{} appointment(s) recorded as no-show", missed);
                }
            } catch (RuntimeException e) {
                LOG.warn("Wait check failed: {}", e.getMessage(), e);
            }
        }, 30, 30, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        checker.shutdownNow();
        simulator.close();
        alertRunner.shutdownNow();
        screens.shutdownNow();
        feed.close();
    }

    @Reference(name = "policies", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePolicy")
    void addPolicy(ComponentServiceObjects<PriorityPolicy> policy, Map<String, Object> properties) {
        policies.add(policy, properties);
    }

    void removePolicy(ComponentServiceObjects<PriorityPolicy> policy) {
        policies.remove(policy);
    }

    @Reference(name = "guards", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeGuard")
    void addGuard(ComponentServiceObjects<CallGuard> guard, Map<String, Object> properties) {
        guards.add(guard, properties);
    }

    void removeGuard(ComponentServiceObjects<CallGuard> guard) {
        guards.remove(guard);
    }

    @Reference(name = "textChecks", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeTextCheck")
    void addTextCheck(ComponentServiceObjects<org.servicehall.queue.CitizenTextCheck> check, Map<String, Object> properties) {
        textChecks.add(check, properties);
    }

    void removeTextCheck(ComponentServiceObjects<org.servicehall.queue.CitizenTextCheck> check) {
        textChecks.remove(check);
    }

    @Reference(name = "phrases", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePhrases")
    void addPhrases(ComponentServiceObjects<org.servicehall.queue.StepPhrases> source, Map<String, Object> properties) {
        phrases.add(source, properties);
    }

    void removePhrases(ComponentServiceObjects<org.servicehall.queue.StepPhrases> source) {
        phrases.remove(source);
    }

    @Reference(name = "deskSections", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeDeskSection")
    void addDeskSection(ComponentServiceObjects<org.servicehall.queue.DeskSection> section, Map<String, Object> properties) {
        deskSections.add(section, properties);
    }

    void removeDeskSection(ComponentServiceObjects<org.servicehall.queue.DeskSection> section) {
        deskSections.remove(section);
    }

    @Reference(name = "windowStaff", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeWindowStaff")
    void addWindowStaff(ComponentServiceObjects<org.servicehall.queue.WindowStaff> source, Map<String, Object> properties) {
        windowStaff.add(source, properties);
    }

    void removeWindowStaff(ComponentServiceObjects<org.servicehall.queue.WindowStaff> source) {
        windowStaff.remove(source);
    }

    @Reference(name = "followUps", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeFollowUp")
    void addFollowUp(ComponentServiceObjects<org.servicehall.queue.VisitFollowUp> followUp, Map<String, Object> properties) {
        followUps.add(followUp, properties);
    }

    void removeFollowUp(ComponentServiceObjects<org.servicehall.queue.VisitFollowUp> followUp) {
        followUps.remove(followUp);
    }

    /**
     * The services bound to one of the queue's extension points, each got from the framework the
     * first time the queue uses it, not when DS binds it. The areas above plug into the queue and
     * also use it (attendance's call guard, window staff and desk section, the complaint area's
     * rating follow-up): getting such a service while the queue is being activated activates its
     * provider in the middle of the queue's own activation, and when that provider's activation had
     * itself asked for the queue, the framework refuses the cycle and the reference stays unbound —
     * the rating links went away that way (issue 10 #6). At use time the queue is active, and a
     * provider activates like any other user of the queue. DS ungets what was got when it unbinds.
     */
    private static final class Extension<T> {
        private record Bound<T>(ComponentServiceObjects<T> objects, int ranking, long serviceId, AtomicReference<T> service) {
        }

        private static final Comparator<Bound<?>> HIGHEST_RANKING_FIRST = Comparator.<Bound<?>>comparingInt(Bound::ranking).reversed()
                .thenComparingLong(Bound::serviceId);

        private final String what;
        private final List<Bound<T>> bound = new CopyOnWriteArrayList<>();

        Extension(String what) {
            this.what = what;
        }

        void add(ComponentServiceObjects<T> objects, Map<String, Object> properties) {
            int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
            long id = properties.get(Constants.SERVICE_ID) instanceof Long i ? i : Long.MAX_VALUE;
            bound.add(new Bound<>(objects, ranking, id, new AtomicReference<>()));
        }

        void remove(ComponentServiceObjects<T> objects) {
            bound.removeIf(b -> b.objects() == objects);
        }

        /** The services, highest {@code service.ranking} first; one that cannot be had now (unbinding, failing) is left out. */
        List<T> services() {
            List<Bound<T>> order = new ArrayList<>(bound);
            order.sort(HIGHEST_RANKING_FIRST);
            List<T> services = new ArrayList<>(order.size());
            for (Bound<T> b : order) {
                T service = b.service().get();
                if (service == null) {
                    service = get(b);
                }
                if (service != null) {
                    services.add(service);
                }
            }
            return services;
        }

        private T get(Bound<T> b) {
            T service;
            try {
                service = b.objects().getService();
            } catch (IllegalStateException unbound) {
                return null;
            }
            if (service == null) {
                LOG.debug("A {} could not be had now and was left out", what);
                return null;
            }
            if (!b.service().compareAndSet(null, service)) {
                // another thread got it first: keep one use of it
                b.objects().ungetService(service);
                return b.service().get();
            }
            return service;
        }
    }

    /** The first answer of the services, highest ranking first; a service that throws is skipped and logged. */
    private static <T, R> Optional<R> firstAnswer(Extension<T> services, java.util.function.Function<T, Optional<R>> ask, String what) {
        for (T service : services.services()) {
            try {
                Optional<R> answer = ask.apply(service);
                if (answer.isPresent()) {
                    return answer;
                }
            } catch (RuntimeException e) {
                LOG.warn("A {} failed and was skipped: {}", what, e.toString());
            }
        }
        return Optional.empty();
    }

    /** C3: the findings of the registered checks in a text for citizens (the desk asks on every keystroke). */
    public List<org.servicehall.queue.TextFinding> checkText(long siteId, String text) {
        return queue.checkText(siteId, text);
    }

    /** C2: the site's phrase for a step from the highest-ranked {@link org.servicehall.queue.StepPhrases}, if any. */
    public Optional<String> phrase(long siteId, org.servicehall.queue.ServiceStep step) {
        return firstAnswer(phrases, p -> p.phrase(siteId, step), "phrase source");
    }

    /** P1: the link a finished ticket's status page offers (the rating page of the visit), if a follow-up gives one. */
    public Optional<String> followUpLink(Ticket finished) {
        if (finished.status() != org.servicehall.queue.TicketStatus.DONE) {
            return Optional.empty();
        }
        return firstAnswer(followUps, f -> f.linkFor(finished), "visit follow-up");
    }

    /** The desk sections of higher areas and plugins, highest ranking first. */
    public List<org.servicehall.queue.DeskSection> deskSections() {
        return deskSections.services();
    }

    /** A change of this node: to EventAdmin, this node's screens and the other nodes. */
    private void publish(Queue.Change change) {
        deliver(change);
        feed.published(change);
    }

    /** A change of this node or another: to EventAdmin and this node's screens. */
    private void deliver(Queue.Change change) {
        boards.changed();
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(change.topic(), change.properties()));
        }
        try {
            screens.execute(() -> {
                for (Consumer<Queue.Change> l : listeners) {
                    try {
                        l.accept(change);
                    } catch (RuntimeException e) {
                        LOG.warn("A queue screen failed to take an update", e);
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            LOG.debug("queue stopping: {} not shown on screens", change.topic());
        }
    }

    /** The platform clock: the hall's time and zone, for screens. */
    public Clock clock() {
        return clock;
    }

    /** Screens of this node follow the queue through this. */
    public void addListener(Consumer<Queue.Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Queue.Change> listener) {
        listeners.remove(listener);
    }

    @Override
    public List<org.servicehall.queue.Slot> slots(String siteCode, String serviceCode, java.time.LocalDate date) {
        return appointments.slots(siteCode, serviceCode, date);
    }

    @Override
    public org.servicehall.queue.Booking book(String siteCode, String serviceCode, java.time.LocalDate date, java.time.LocalTime slotStart) {
        return appointments.book(siteCode, serviceCode, date, slotStart);
    }

    @Override
    public TicketReceipt checkIn(String siteCode, String bookingCode) {
        return appointments.checkIn(siteCode, bookingCode);
    }

    @Override
    public org.servicehall.queue.Booking booking(String siteCode, String bookingCode) {
        return appointments.booking(siteCode, bookingCode);
    }

    @Override
    public int recordNoShows() {
        return appointments.recordNoShows();
    }

    @Override
    public TicketReceipt issue(IssueRequest request) {
        return queue.issue(request);
    }

    @Override
    public Optional<Ticket> callNext(Actor actor, long windowId) {
        return queue.callNext(actor, windowId);
    }

    @Override
    public Ticket recall(Actor actor, long ticketId) {
        return queue.recall(actor, ticketId);
    }

    @Override
    public Ticket noShow(Actor actor, long ticketId) {
        return queue.noShow(actor, ticketId);
    }

    @Override
    public Ticket start(Actor actor, long ticketId) {
        return queue.start(actor, ticketId);
    }

    @Override
    public Ticket finish(Actor actor, long ticketId) {
        return queue.finish(actor, ticketId);
    }

    @Override
    public Optional<String> servedBy(long ticketId) {
        return queue.servedBy(ticketId);
    }

    @Override
    public List<org.servicehall.queue.ServiceFigures> figures(long siteId, java.time.LocalDate from, java.time.LocalDate to,
            org.servicehall.queue.QueueReports.Grouping by, Duration target) {
        return queue.figures(siteId, from, to, by, target);
    }

    @Override
    public Duration waitTarget() {
        return waitTarget;
    }

    @Override
    public Thresholds thresholds(long siteId, String serviceCode) {
        return queue.thresholds(siteId, serviceCode);
    }

    @Override
    public Thresholds setThresholds(Actor actor, long siteId, String serviceCode, Integer alertWaitingOver, Integer waitTargetMinutes) {
        return queue.setThresholds(actor, siteId, serviceCode, alertWaitingOver, waitTargetMinutes);
    }

    @Override
    public boolean announceInEnglish(long siteId) {
        return queue.announceInEnglish(siteId);
    }

    @Override
    public void setAnnounceInEnglish(Actor actor, long siteId, boolean english) {
        queue.setAnnounceInEnglish(actor, siteId, english);
    }

    @Override
    public Ticket transfer(Actor actor, long ticketId, String toServiceCode, Integer toWindow, String note) {
        return queue.transfer(actor, ticketId, toServiceCode, toWindow, note);
    }

    @Override
    public Ticket ticket(long ticketId) {
        return queue.ticket(ticketId);
    }

    @Override
    public TicketPosition position(String siteCode, String number) {
        return queue.position(siteCode, number);
    }

    /** The demo simulator (hall:simulate). */
    public Simulator simulator() {
        return simulator;
    }

    /** A window by site code and window number. */
    public org.servicehall.site.Window windowOf(String siteCode, int number) {
        org.servicehall.site.Site site = siteOf(siteCode);
        return sites.windows(site.id()).stream().filter(w -> w.number() == number).findFirst()
                .orElseThrow(() -> new org.servicehall.common.NotFound("Window of " + site.code(), number));
    }

    /** Today in the halls' time zone, by the platform's clock. */
    public java.time.LocalDate businessDate() {
        return queue.businessDate();
    }

    /** A site by code, from the structure the queue keeps (no database read on a hot page). */
    public org.servicehall.site.Site siteOf(String code) {
        return queue.siteOf(code);
    }

    /** Every ticket's position at a site today (for the followers' status page). */
    public java.util.Map<Long, TicketPosition> positions(long siteId) {
        return queue.positions(siteId);
    }

    @Override
    public List<Ticket> current(long windowId) {
        return queue.current(windowId);
    }

    @Override
    public Board board(String siteCode) {
        return boards.board(siteCode);
    }

    @Override
    public QueueStats stats(long siteId) {
        return queue.stats(siteId);
    }

    @Override
    public void setWindowOpen(Actor actor, long windowId, boolean open) {
        queue.setWindowOpen(actor, windowId, open);
    }

    @Override
    public boolean isWindowOpen(long windowId) {
        return queue.isWindowOpen(windowId);
    }

    @Override
    public List<QueueAlert> alerts(long siteId, Instant raisedSince) {
        return queue.alerts(siteId, raisedSince);
    }

    @Override
    public List<IssuingStatus> issuing(String siteCode) {
        return queue.issuing(siteCode);
    }
}
