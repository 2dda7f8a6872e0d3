package org.servicehall.complaint.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.Validator;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.complaint.DeadlineStage;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Urgency;
import org.servicehall.site.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * P2 on the shared database: the sites' deadline settings, and the watch over open cases, every
 * {@code checkMinutes} on a timer of its own (or when asked): a reminder once per stage one working
 * day before its deadline, the escalation of an overdue case once per level, each recorded with a
 * conditional update so that several nodes remind and escalate once ({@link Deadlines}).
 */
@Component(service = { ComplaintDeadlines.class, CaseUrgency.class }, immediate = true, configurationPid = ComplaintConfig.PID)
public final class DeadlineWatch implements ComplaintDeadlines, CaseUrgency {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);

    private final ComplaintParts parts;
    private final ComplaintStore store;
    private final SiteService sites;
    private ScheduledExecutorService timer;

    @Activate
    public DeadlineWatch(ComplaintConfig config, @Reference ComplaintParts parts) {
        this(parts);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "servicehall-complaint-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkAll, 1, Math.max(1, config.checkMinutes()), TimeUnit.MINUTES);
    }

    /** Without the timer: checks when asked. */
    DeadlineWatch(ComplaintParts parts) {
        this.parts = parts;
        this.store = parts.store;
        this.sites = parts.sites;
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private DeadlineSettings settingsOf(long siteId) {
        return store.read(c -> store.deadlineSettings(c, siteId)).orElse(DeadlineSettings.DEFAULTS);
    }

    @Override
    public DeadlineSettings deadlineSettings(long siteId) {
        sites.site(siteId);
        return settingsOf(siteId);
    }

    @Override
    public DeadlineSettings setDeadlineSettings(Actor actor, long siteId, DeadlineSettings s) {
        ComplaintTexts.require(actor, Role.ADMIN, "complaint.operation.changeDeadlines");
        parts.requireAt(actor, Role.ADMIN, siteId, "complaint.operation.changeDeadlines", "site", siteId); // S1: that site's administrator
        Validator v = new Validator();
        if (s == null) {
            v.error("acceptanceDays", ComplaintTexts.text("complaint.error.deadlines.required"));
            v.throwIfInvalid();
        }
        v.range("acceptanceDays", s.acceptanceDays(), 1, 60).range("resolutionDays", s.resolutionDays(), 1, 120)
                .range("feedbackDays", s.feedbackDays(), 1, 120).range("adminEscalationDays", s.adminEscalationDays(), 0, 60);
        v.check(s.resolutionDays() >= s.acceptanceDays(), "resolutionDays", ComplaintTexts.text("complaint.error.deadlines.resolutionShort"));
        v.check(s.feedbackDays() >= s.resolutionDays(), "feedbackDays", ComplaintTexts.text("complaint.error.deadlines.feedbackShort"));
        v.throwIfInvalid();
        DeadlineSettings before = settingsOf(siteId);
        store.inTransaction(c -> {
            store.putDeadlineSettings(c, siteId, s);
            parts.audit.record(c, actor, "update", "complaint-deadlines", siteId, before, s);
            return null;
        });
        return s;
    }

    /** Every site's deadlines, on the timer: one site's failure is logged and the others are still checked. */
    private void checkAll() {
        for (Site site : sites.sites()) {
            try {
                checkDeadlines(site.id());
            } catch (RuntimeException e) {
                LOG.warn("Complaint deadline check failed for site {}: {}", site.code(), e.toString(), e);
            }
        }
    }

    @Override
    public int checkDeadlines(long siteId) {
        WorkingDayCalendar calendar = sites.calendar(siteId);
        int adminAfter = settingsOf(siteId).adminEscalationDays();
        LocalDate today = parts.today(siteId);
        int changed = 0;
        for (ComplaintStore.Row row : store.read(c -> store.complaints(c, siteId, true))) {
            Complaint k = row.complaint();
            DeadlineStage stage = k.stage();
            if (stage == null) {
                continue;
            }
            List<DomainEvent> out = new ArrayList<>();
            Urgency urgency = Deadlines.urgency(calendar, today, k.due());
            if (urgency == Urgency.DUE_SOON && row.remindedStage() != stage) {
                remind(k, stage, out);
            } else if (urgency == Urgency.OVERDUE) {
                escalate(k, stage, Deadlines.escalationLevel(calendar, today, k.due(), adminAfter), out);
            }
            if (!out.isEmpty()) {
                changed++;
                parts.publish(out);
            }
        }
        return changed;
    }

    /** The reminder of a stage, once across nodes. */
    private void remind(Complaint k, DeadlineStage stage, List<DomainEvent> out) {
        if (store.inTransaction(c -> store.markReminded(c, k.id(), k.status(), stage))) {
            out.add(AreaEvents.ofCase(ComplaintEvents.DEADLINE_NEAR, k, ComplaintEvents.STAGE, stage.name(), ComplaintEvents.DUE,
                    k.due().toString(), ComplaintEvents.OWNER, k.owner()));
        }
    }

    /** The escalation to a level, once per stage and level across nodes, with its audit entry. */
    private void escalate(Complaint k, DeadlineStage stage, int level, List<DomainEvent> out) {
        if (k.escalationStage() == stage && k.escalationLevel() >= level) {
            return;
        }
        Role to = Deadlines.escalatedTo(level);
        boolean first = store.inTransaction(c -> {
            boolean raised = store.escalate(c, k.id(), k.status(), stage, level);
            if (raised) {
                parts.audit.record(c, Actor.SYSTEM, "escalate", "complaint", k.id(),
                        k.escalationStage() == null ? null : k.escalationStage() + " level " + k.escalationLevel(),
                        stage + " level " + level + " → " + to);
            }
            return raised;
        });
        if (first) {
            out.add(AreaEvents.ofCase(ComplaintEvents.COMPLAINT_OVERDUE, k, ComplaintEvents.STAGE, stage.name(), ComplaintEvents.DUE,
                    k.due().toString(), ComplaintEvents.ESCALATION_LEVEL, level, ComplaintEvents.ESCALATED_TO, to.name(),
                    ComplaintEvents.OWNER, k.owner()));
        }
    }

    @Override
    public Urgency urgency(Complaint k) {
        if (k.due() == null) {
            return null;
        }
        return Deadlines.urgency(sites.calendar(k.siteId()), parts.today(k.siteId()), k.due());
    }
}
