package org.servicehall.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.servicehall.common.Aggregate;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.queue.CallEligibility;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.QueueSettings;
import org.servicehall.queue.WindowStaff;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The whole queue in plain Java, for callers without a container (tools, the bench, other areas'
 * tests): its services built on a data source with the collaborators given, offered as the 1.x
 * {@link QueueService} together with {@link QueueSettings} and {@link QueueReports}, an
 * {@link Aggregate} of {@link TicketLifecycleImpl}, {@link QueueReadModelImpl},
 * {@link WindowStatesImpl}, {@link StandingAlertsImpl}, {@link QueueSettingsImpl} and
 * {@link QueueReportsImpl}, each call going to the service that holds its logic; in the container
 * those are components of their own, wired the same way ({@link QueueAggregate} registers the
 * 1.x aggregate).
 */
public interface Queue extends QueueService, QueueSettings, QueueReports, AutoCloseable {

    /** Settings of a hall's queue (defaults: REQUIREMENTS Q3, Q4, Q6). */
    record Settings(int alertWaitingOver, Duration waitTarget, Duration fairnessCap, int recallsBeforeNoShow,
            Duration defaultServiceTime) {
        public static final Settings DEFAULTS = new Settings(10, Duration.ofMinutes(10), Duration.ofMinutes(20), 2,
                Duration.ofMinutes(5));
    }

    /** Who tells the staff member at a window (attendance); none by default: the calling account is kept. */
    void useWindowStaff(Supplier<List<WindowStaff>> staff);

    /** Who may hold a single waiting ticket back from a call ({@link CallEligibility}); none by default. */
    void useCallEligibility(Supplier<List<CallEligibility>> eligibility);

    /** Where the checks of texts sent to citizens come from (C3); none by default. */
    void useTextChecks(Supplier<List<CitizenTextCheck>> checks);

    /** Q4: checks the alerts of every service of every site now (a node does it every 30 seconds). */
    void checkWaits();

    /**
     * Stops the alert worker of a queue made by {@link #onDataSource} (pending checks are dropped),
     * so a tool can close its data source without a check still reaching for it.
     */
    @Override
    void close();

    /**
     * For tools and benchmarks outside OSGi: the queue on a data source, with the other services
     * given; alerts are checked on a worker thread of its own ({@link #close} stops it).
     */
    static Queue onDataSource(DataSource dataSource, DatabaseKind kind, SiteService sites, AuditLog audit, Clock clock,
            Settings settings, Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards,
            Consumer<QueueChange> publisher) {
        return create(new TicketStore(dataSource, kind), sites, audit, clock, settings, policies, guards, publisher,
                StandingAlertsImpl.worker());
    }

    /** Checks alerts inline, on the thread of the change that asks for them (tests). */
    static Queue create(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards, Consumer<QueueChange> publisher) {
        return create(store, sites, audit, clock, settings, policies, guards, publisher, Runnable::run);
    }

    /**
     * The queue's services on one data source, built in the order they need each other.
     *
     * @param alertRunner where alert checks run after a change: inline (tests) or on a worker thread
     */
    static Queue create(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Supplier<List<PriorityPolicy>> policies, Supplier<List<CallGuard>> guards, Consumer<QueueChange> publisher,
            Executor alertRunner) {
        QueueParts parts = new QueueParts(store, sites, audit, clock, settings);
        QueueEventBus events = new QueuePublisher(publisher);
        ExtensionPoints extensions = new ExtensionPoints(policies, guards);
        StandingAlertsImpl alerts = new StandingAlertsImpl(parts, extensions, events, alertRunner);
        // every board is read when asked for: other queues on the database (other "nodes") publish nothing here
        QueueReadModelImpl reads = new QueueReadModelImpl(parts, extensions, events, Duration.ZERO);
        return Aggregate.of(Queue.class, new OwnCalls(extensions, alerts), new TicketLifecycleImpl(parts, extensions, events, alerts, reads),
                reads, new WindowStatesImpl(parts, events, alerts), alerts, new QueueSettingsImpl(parts, alerts),
                new QueueReportsImpl(parts));
    }

    /** The calls the plain-Java queue declares itself: its extension points, the alert checks, closing. */
    final class OwnCalls {
        private final ExtensionPoints extensions;
        private final StandingAlertsImpl alerts;

        OwnCalls(ExtensionPoints extensions, StandingAlertsImpl alerts) {
            this.extensions = extensions;
            this.alerts = alerts;
        }

        public void useWindowStaff(Supplier<List<WindowStaff>> staff) {
            extensions.useWindowStaff(staff);
        }

        public void useCallEligibility(Supplier<List<CallEligibility>> eligibility) {
            extensions.useCallEligibility(eligibility);
        }

        public void useTextChecks(Supplier<List<CitizenTextCheck>> checks) {
            extensions.useTextChecks(checks);
        }

        public void checkWaits() {
            alerts.checkWaits();
        }

        public void close() {
            alerts.close();
        }

        @Override
        public String toString() {
            return "extension points and alert checks";
        }
    }
}
