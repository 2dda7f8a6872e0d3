package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueSettings.Thresholds;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.queue.Ticket;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Q3, Q4: the queue's alerts as standing records. After a change that may start or end a condition
 * ({@link AlertChecks}) and every 30 seconds for every service, one check of the service runs on the
 * alert worker: the conditions that hold now ({@link QueueAlerts}) against the alerts that stand,
 * raised, refreshed or cleared in one transaction that first locks the service's check row, so the
 * checks of one service run one at a time on all nodes; raised and cleared alerts are published
 * after the commit.
 */
@Component(service = { StandingAlerts.class, AlertChecks.class }, immediate = true)
public final class StandingAlertsImpl implements StandingAlerts, AlertChecks, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandingAlertsImpl.class);

    private final QueueParts parts;
    private final CallOrder callOrder;
    private final QueueEventBus events;
    private final AlertStore alertStore;
    private final Executor runner;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService checker;

    /** On a node: checks run on a worker of their own, and every service is checked every 30 seconds (Q4). */
    @Activate
    public StandingAlertsImpl(@Reference QueueParts parts, @Reference QueueExtensions extensions, @Reference QueueEventBus events) {
        this(parts, extensions, events, worker());
        checker.scheduleWithFixedDelay(() -> {
            try {
                checkWaits();
            } catch (RuntimeException e) {
                LOG.warn("Wait check failed: {}", e.getMessage(), e);
            }
        }, 30, 30, TimeUnit.SECONDS);
    }

    /**
     * @param runner where a check runs after a change: inline (tests) or on a worker thread,
     *        coalesced per service, so issuing and calling do not wait for it
     */
    StandingAlertsImpl(QueueParts parts, QueueExtensions extensions, QueueEventBus events, Executor runner) {
        this.parts = parts;
        this.callOrder = parts.callOrder(extensions);
        this.events = events;
        this.alertStore = new AlertStore(parts.store.kind());
        this.runner = runner;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "servicehall-queue-alerts");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A worker thread for checks, for nodes and tools: each check starts a quarter of a second
     * after the change that asked for it, so a burst of changes costs one check.
     */
    static ExecutorService worker() {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "servicehall-queue-alert-check");
            t.setDaemon(true);
            return t;
        });
        return new AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
                worker.schedule(command, 250, TimeUnit.MILLISECONDS);
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
            public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
                return worker.awaitTermination(timeout, unit);
            }
        };
    }

    @Override
    public List<QueueAlert> alerts(long siteId, Instant raisedSince) {
        parts.sites.site(siteId);
        return parts.store.read(c -> alertStore.list(c, siteId, raisedSince, MAX_ALERTS));
    }

    /** Q3, Q4: checks the alerts of one service after a change (coalesced: one pending per service). */
    @Override
    public void check(Site site, String serviceCode) {
        String key = site.id() + "/" + serviceCode;
        if (pending.add(key)) {
            runner.execute(() -> {
                pending.remove(key);
                try {
                    evaluate(site, serviceCode, parts.now());
                } catch (RuntimeException e) {
                    LOG.warn("Queue alerts of {} could not be evaluated: {}", key, e.getMessage());
                }
            });
        }
    }

    /** Q4: checks every service of every site (run periodically), and clears the alerts of services gone. */
    void checkWaits() {
        for (Site site : parts.sites.sites()) {
            Set<String> services = new LinkedHashSet<>();
            parts.sites.serviceItems(site.id()).forEach(i -> services.add(i.code()));
            services.addAll(parts.store.read(c -> alertStore.servicesWithStanding(c, site.id())));
            for (String code : services) {
                check(site, code);
            }
        }
    }

    /** One check of a service's alerts. */
    private void evaluate(Site site, String serviceCode, Instant now) {
        if (parts.store.read(c -> parts.store.waitingCount(c, site.id(), parts.today(site.id()), serviceCode) == 0
                && alertStore.standing(c, site.id(), serviceCode).isEmpty())) {
            return; // nobody waits and nothing stands: nothing to raise or clear (a ticket issued now checks again)
        }
        String name = parts.sites.serviceItems(site.id()).stream().filter(i -> i.code().equals(serviceCode)).map(ServiceItem::name)
                .findFirst().orElse(serviceCode);
        Thresholds th = parts.settingsCache.thresholds(site.id(), serviceCode);
        List<Window> windows = parts.sites.windows(site.id());
        // in calling order, as the conditions expect: the prediction follows the priority policy
        Comparator<Ticket> order = callOrder.of(site.id(), Set.of(serviceCode), now);
        List<QueueChange> published = parts.store.inTransaction(c -> {
            alertStore.lockService(c, site.id(), serviceCode, now);
            List<Ticket> waiting = new ArrayList<>(parts.store.waiting(c, site.id(), parts.today(site.id()), Set.of(serviceCode), null));
            waiting.sort(order);
            int openWindows = parts.openWindows.serving(c, windows, serviceCode);
            Duration avg = parts.serviceTimes.average(c, site.id(), parts.today(site.id()), serviceCode);
            List<QueueAlerts.Condition> holding = QueueAlerts.conditions(name, waiting,
                    ahead -> parts.predictor.remainingWait(ahead, openWindows, avg), now, th.alertWaitingOver(), th.waitTarget());
            List<QueueChange> changes = new ArrayList<>();
            for (QueueAlerts.Step step : QueueAlerts.steps(alertStore.standing(c, site.id(), serviceCode), holding, now)) {
                if (step instanceof QueueAlerts.Raise raise) {
                    alertStore.raise(c, site.id(), serviceCode, raise.condition(), now)
                            .ifPresent(a -> changes.add(change(QueueEvents.QUEUE_ALERT, a)));
                } else if (step instanceof QueueAlerts.Refresh refresh) {
                    alertStore.refresh(c, site.id(), serviceCode, refresh.condition(), now);
                } else if (step instanceof QueueAlerts.Clear clear && alertStore.clear(c, clear.standing().alert().id(), now)) {
                    changes.add(change(QueueEvents.QUEUE_ALERT_CLEARED, clear.standing().alert()));
                }
            }
            return changes;
        });
        published.forEach(events::publish);
    }

    private static QueueChange change(String topic, QueueAlert alert) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(QueueEvents.SITE, alert.siteId());
        props.put(QueueEvents.SERVICE, alert.serviceCode());
        props.put(QueueEvents.ALERT_KIND, alert.kind().name());
        props.put(QueueEvents.ALERT_ID, alert.id());
        props.put(QueueEvents.MESSAGE, alert.message());
        if (alert.ticketNumber() != null) {
            props.put(QueueEvents.NUMBER, alert.ticketNumber());
        }
        return new QueueChange(topic, props);
    }

    /**
     * Stops the periodic check and the worker (pending checks are dropped), so a tool can close its
     * data source without a check still reaching for it.
     */
    @Override
    @Deactivate
    public void close() {
        checker.shutdownNow();
        if (runner instanceof ExecutorService own) {
            own.shutdownNow();
            try {
                own.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
