package org.servicehall.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.servicehall.persistence.DatabaseKind;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.QueueSettings;
import org.servicehall.queue.ServiceFigures;
import org.servicehall.queue.WindowStaff;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The whole queue in plain Java, for callers without a container (tools, the bench, other areas'
 * tests): its services built on a data source with the collaborators given, offered as the 1.x
 * {@link QueueService} ({@link QueueAggregate}) together with {@link QueueSettings} and
 * {@link QueueReports}. Each call goes to the service that holds its logic
 * ({@link TicketLifecycleImpl}, {@link QueueReadModelImpl}, {@link WindowStatesImpl},
 * {@link StandingAlertsImpl}, {@link QueueSettingsImpl}, {@link QueueReportsImpl}); in the
 * container those are components of their own, wired the same way.
 */
public final class Queue extends QueueAggregate implements QueueSettings, QueueReports, AutoCloseable {

    /** Settings of a hall's queue (defaults: REQUIREMENTS Q3, Q4, Q6). */
    public record Settings(int alertWaitingOver, Duration waitTarget, Duration fairnessCap, int recallsBeforeNoShow,
            Duration defaultServiceTime) {
        public static final Settings DEFAULTS = new Settings(10, Duration.ofMinutes(10), Duration.ofMinutes(20), 2,
                Duration.ofMinutes(5));
    }

    /** The queue's services on one data source, built in the order they need each other. */
    private record Services(ExtensionPoints extensions, StandingAlertsImpl alerts, QueueReadModelImpl reads, TicketLifecycleImpl tickets,
            WindowStatesImpl windows, QueueSettingsImpl settings, QueueReportsImpl reports) {

        static Services of(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Settings settings,
                Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards, Consumer<QueueChange> publisher,
                Executor alertRunner) {
            QueueParts parts = new QueueParts(store, sites, audit, clock, settings);
            QueueEventBus events = new QueuePublisher(publisher);
            ExtensionPoints extensions = new ExtensionPoints(policies, guards);
            StandingAlertsImpl alerts = new StandingAlertsImpl(parts, extensions, events, alertRunner);
            // every board is read when asked for: other queues on the database (other "nodes") publish nothing here
            QueueReadModelImpl reads = new QueueReadModelImpl(parts, extensions, events, Duration.ZERO);
            return new Services(extensions, alerts, reads, new TicketLifecycleImpl(parts, extensions, events, alerts, reads),
                    new WindowStatesImpl(parts, events, alerts), new QueueSettingsImpl(parts, alerts), new QueueReportsImpl(parts));
        }
    }

    private final Services services;

    /**
     * For tools and benchmarks outside OSGi: the queue on a data source, with the other services
     * given; alerts are checked on a worker thread of its own ({@link #close} stops it).
     */
    public static Queue onDataSource(DataSource dataSource, DatabaseKind kind, SiteService sites, AuditLog audit, Clock clock,
            Settings settings, Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards,
            Consumer<QueueChange> publisher) {
        return new Queue(new TicketStore(dataSource, kind), sites, audit, clock, settings, policies, guards, publisher,
                StandingAlertsImpl.worker());
    }

    /** Checks alerts inline, on the thread of the change that asks for them (tests). */
    Queue(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Settings settings, Supplier<List<PriorityPolicy>> policies,
            Supplier<List<CallGuard>> guards, Consumer<QueueChange> publisher) {
        this(store, sites, audit, clock, settings, policies, guards, publisher, Runnable::run);
    }

    /** @param alertRunner where alert checks run after a change: inline (tests) or on a worker thread */
    Queue(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Settings settings, Supplier<List<PriorityPolicy>> policies,
            Supplier<List<CallGuard>> guards, Consumer<QueueChange> publisher, Executor alertRunner) {
        this(Services.of(store, sites, audit, clock, settings, policies, guards, publisher, alertRunner));
    }

    private Queue(Services services) {
        super(services.tickets(), services.reads(), services.windows(), services.alerts());
        this.services = services;
    }

    /** Who tells the staff member at a window (attendance); none by default: the calling account is kept. */
    public void useWindowStaff(Supplier<List<WindowStaff>> staff) {
        services.extensions().useWindowStaff(staff);
    }

    /** Where the checks of texts sent to citizens come from (C3); none by default. */
    public void useTextChecks(Supplier<List<CitizenTextCheck>> checks) {
        services.extensions().useTextChecks(checks);
    }

    /** Q4: checks the alerts of every service of every site now (a node does it every 30 seconds). */
    public void checkWaits() {
        services.alerts().checkWaits();
    }

    @Override
    public Thresholds thresholds(long siteId, String serviceCode) {
        return services.settings().thresholds(siteId, serviceCode);
    }

    @Override
    public Thresholds setThresholds(Actor actor, long siteId, String serviceCode, Integer alertWaitingOver, Integer waitTargetMinutes) {
        return services.settings().setThresholds(actor, siteId, serviceCode, alertWaitingOver, waitTargetMinutes);
    }

    @Override
    public boolean announceInEnglish(long siteId) {
        return services.settings().announceInEnglish(siteId);
    }

    @Override
    public void setAnnounceInEnglish(Actor actor, long siteId, boolean english) {
        services.settings().setAnnounceInEnglish(actor, siteId, english);
    }

    @Override
    public List<ServiceFigures> figures(long siteId, LocalDate from, LocalDate to, Grouping by, Duration waitTarget) {
        return services.reports().figures(siteId, from, to, by, waitTarget);
    }

    @Override
    public Duration waitTarget() {
        return services.reports().waitTarget();
    }

    /**
     * Stops the alert worker of a queue made by {@link #onDataSource} (pending checks are dropped),
     * so a tool can close its data source without a check still reaching for it.
     */
    @Override
    public void close() {
        services.alerts().close();
    }
}
