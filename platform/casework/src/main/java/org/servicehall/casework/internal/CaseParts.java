package org.servicehall.casework.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantPrivacy;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseEvents;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.Texts;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.SiteService;
import org.servicehall.site.WorkingDayCalendar;

/**
 * What casework's services share on a node: the stores, the site and queue services, the audit log,
 * the clock, the events and the light rule. {@link CaseworkComponent} is it in the container; a
 * test builds it with {@code new}.
 */
public class CaseParts {
    /** Casework's texts ({@code HALL-INF/i18n/casework*.properties}). */
    public static final Texts TEXTS = Texts.of(CaseParts.class, "casework");

    final CaseStore store;
    final SupervisionStore supervision = new SupervisionStore();
    final SiteService sites;
    final QueueReadModel queue;
    final AuditLog audit;
    final Clock clock;
    final DomainEvents events;
    final LightRule lights;
    final int holidayWarningDays;
    /** S4: the identity checks and fresh sign-ins a case's result needs before it is handed out. */
    final IdentityChecks identity;
    /** The sectors' privacy rules (S3), as their plugins come and go. */
    final List<ApplicantPrivacy> privacy = new CopyOnWriteArrayList<>();
    private final Map<String, String> sectors = new ConcurrentHashMap<>();

    CaseParts(CaseStore store, SiteService sites, QueueReadModel queue, AuditLog audit, Clock clock, DomainEvents events, LightRule lights,
            int holidayWarningDays, IdentityChecks identity) {
        this.identity = identity;
        this.store = store;
        this.sites = sites;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.lights = lights;
        this.holidayWarningDays = holidayWarningDays;
    }

    /** Today at the site, in its zone. */
    LocalDate today(long siteId) {
        return sites.today(siteId);
    }

    Instant now() {
        return clock.instant();
    }

    WorkingDayCalendar calendar(long siteId) {
        return sites.calendar(siteId);
    }

    /** S3: whether the reader sees the applicant unmasked: supervisors and administrators, and who handles it. */
    static boolean seesAll(Actor actor) {
        return actor.has(Role.SUPERVISOR);
    }

    /**
     * S3: the applicant as a reader who does not handle the case sees it: by the privacy rule of the
     * item's sector when one is registered, else {@link Applicant#masked()}.
     */
    Applicant masked(Applicant applicant, long siteId, String serviceCode) {
        if (!privacy.isEmpty()) {
            String sector = sectors.computeIfAbsent(siteId + "/" + serviceCode, k -> sites.serviceItems(siteId).stream()
                    .filter(i -> i.code().equals(serviceCode)).map(ServiceItem::sector).findFirst().orElse(""));
            for (ApplicantPrivacy p : privacy) {
                if (p.sector().equals(sector)) {
                    return p.masked(applicant);
                }
            }
        }
        return applicant.masked();
    }

    /** The case as the reader sees it on {@code today}. */
    Case toCase(CaseRow r, boolean handled, WorkingDayCalendar calendar, LocalDate today) {
        Applicant applicant = new Applicant(r.applicantKind(), r.applicantName(), r.applicantId(), r.applicantPhone());
        CaseClock clock = r.clock();
        int used;
        int left;
        if (r.isOpen()) {
            used = clock.used(calendar, today);
            left = clock.left(calendar, today);
        } else {
            used = clock.used(calendar, r.completedOn());
            left = clock.left(calendar, r.completedOn());
        }
        return new Case(r.id(), r.siteId(), r.number(), r.serviceCode(), r.serviceName(), r.timeLimit(), r.limitDays(), r.ticketId(),
                r.windowNumber(), r.staffNumber(), handled ? applicant : masked(applicant, r.siteId(), r.serviceCode()), r.stage(), r.unitName().isEmpty() ? null : r.unitName(),
                r.acceptedAt(), r.acceptedOn(), r.paused() ? null : r.due(), r.paused(), r.missing(), used, left, r.light(), r.visits(),
                r.legalReason(), r.decision(), r.completedAt());
    }

    /** The audit entry of a step: the case's state without personal data (S2, S3). */
    void audit(Connection c, Actor actor, String action, CaseRow before, CaseRow after) throws SQLException {
        audit.record(c, actor, action, "Case", after.id(), before == null ? null : summary(before), summary(after));
    }

    private static Map<String, Object> summary(CaseRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("service", r.serviceCode());
        m.put("stage", r.stage().name());
        m.put("unit", r.unitName());
        m.put("due", r.due().toString());
        m.put("paused", r.paused());
        m.put("visits", r.visits());
        if (r.legalReason() != null) {
            m.put("legalReason", r.legalReason());
        }
        return m;
    }

    /** An event of the case (no personal data). */
    static DomainEvent event(String topic, CaseRow r, String key, Object value) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(CaseEvents.SITE, r.siteId());
        p.put(CaseEvents.CASE_ID, r.id());
        p.put(CaseEvents.NUMBER, r.number());
        p.put(CaseEvents.STAGE, r.stage().name());
        p.put(CaseEvents.SERVICE, r.serviceCode());
        if (key != null) {
            p.put(key, value);
        }
        return new DomainEvent(topic, p);
    }
}
