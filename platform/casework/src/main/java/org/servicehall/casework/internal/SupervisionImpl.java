package org.servicehall.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.CaseEvents;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.Light;
import org.servicehall.casework.StepKind;
import org.servicehall.casework.Supervision;
import org.servicehall.common.DomainEvent;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * T3 electronic supervision: the board's counts from the open cases' indexes, the standing
 * escalations of red cases, the monthly report, and the sweep that turns lights as the days pass
 * (every {@code sweepMinutes} on a node), in batches of {@value #BATCH} cases per transaction;
 * events after each commit.
 */
@Component(service = Supervision.class, immediate = true, configurationPid = CaseworkConfig.PID)
public final class SupervisionImpl implements Supervision {
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionImpl.class);
    static final int BATCH = 1000;

    private final CaseParts parts;
    private final ScheduledExecutorService sweeper;

    @Activate
    public SupervisionImpl(CaseworkConfig config, @Reference CaseParts parts) {
        this(parts);
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                LOG.warn("Casework supervision sweep failed: {}", e.getMessage(), e);
            }
        }, 5, Math.max(1, config.sweepMinutes()) * 60L, TimeUnit.SECONDS);
    }

    /** Without the periodic sweep (tests call {@link #sweep}). */
    SupervisionImpl(CaseParts parts) {
        this.parts = parts;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "servicehall-casework-sweep");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void stop() {
        sweeper.shutdownNow();
    }

    @Override
    public Counts counts(Actor actor, long siteId, Dimension by) {
        actor.require(Role.STAFF, "read the supervision counts");
        parts.sites.site(siteId);
        Dimension dimension = by == null ? Dimension.SERVICE : by;
        List<Tally> rows = parts.store.read(c -> parts.supervision.counts(c, siteId, dimension));
        long g = 0;
        long y = 0;
        long r = 0;
        for (Tally t : rows) {
            g += t.green();
            y += t.yellow();
            r += t.red();
        }
        return new Counts(siteId, new Tally("", g, y, r), dimension, rows);
    }

    @Override
    public List<Escalation> escalations(Actor actor, long siteId) {
        actor.require(Role.SUPERVISOR, "read the escalated cases");
        parts.sites.site(siteId);
        return parts.store.read(c -> parts.supervision.escalations(c, siteId));
    }

    @Override
    public List<MonthlyRow> monthly(Actor actor, long siteId, YearMonth month) {
        actor.require(Role.SUPERVISOR, "read the monthly casework report");
        parts.sites.site(siteId);
        return parts.store.read(c -> parts.supervision.monthly(c, siteId, month.atDay(1), month.atEndOfMonth()));
    }

    @Override
    public synchronized int sweep() {
        int changed = 0;
        for (Site site : parts.sites.sites()) {
            LocalDate today = parts.today(site.id());
            for (Light light : List.of(Light.RED, Light.YELLOW, Light.GREEN)) {
                int n;
                do {
                    n = turn(site.id(), today, light);
                    changed += n;
                } while (n == BATCH);
            }
        }
        while (escalate() == BATCH) {
            // next batch
        }
        return changed;
    }

    private int turn(long siteId, LocalDate today, Light light) {
        List<DomainEvent> out = new ArrayList<>();
        int n = parts.store.inTransaction(c -> {
            List<SupervisionStore.Change> changes = parts.supervision.changes(c, siteId, today, light, BATCH);
            Tallies tallies = new Tallies();
            for (SupervisionStore.Change ch : changes) {
                parts.supervision.setLight(c, ch.id(), light);
                tallies.move(ch.siteId(), ch.serviceCode(), ch.unitName(), ch.windowNumber(), ch.staffNumber(), ch.light(), -1);
                tallies.move(ch.siteId(), ch.serviceCode(), ch.unitName(), ch.windowNumber(), ch.staffNumber(), light, 1);
                out.add(event(CaseEvents.LIGHT_CHANGED, ch).with(CaseEvents.LIGHT, light.name())
                        .with(CaseEvents.PREVIOUS_LIGHT, ch.light().name()));
            }
            tallies.apply(c, parts.store.kind());
            return changes.size();
        });
        parts.events.publishAll(out);
        return n;
    }

    private int escalate() {
        List<DomainEvent> out = new ArrayList<>();
        Instant now = parts.now();
        int n = parts.store.inTransaction(c -> {
            List<SupervisionStore.Change> red = parts.supervision.redNotEscalated(c, BATCH);
            for (SupervisionStore.Change ch : red) {
                if (parts.supervision.escalate(c, ch.siteId(), ch.id(), now)) {
                    parts.store.addStep(c, ch.id(), now, StepKind.ESCALATED,
                            CaseStage.valueOf(ch.stage()), Actor.SYSTEM.username(), null);
                    out.add(event(CaseEvents.ESCALATED, ch));
                }
            }
            return red.size();
        });
        parts.events.publishAll(out);
        return n;
    }

    private static DomainEvent event(String topic, SupervisionStore.Change ch) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(CaseEvents.SITE, ch.siteId());
        p.put(CaseEvents.CASE_ID, ch.id());
        p.put(CaseEvents.NUMBER, ch.number());
        p.put(CaseEvents.STAGE, ch.stage());
        p.put(CaseEvents.SERVICE, ch.serviceCode());
        return new DomainEvent(topic, p);
    }
}
