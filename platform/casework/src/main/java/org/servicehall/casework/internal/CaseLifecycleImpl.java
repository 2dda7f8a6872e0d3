package org.servicehall.casework.internal;

import static org.servicehall.casework.internal.CaseParts.TEXTS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseEvents;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CaseLifecycle;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.InvalidCaseStage;
import org.servicehall.casework.StepKind;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.Staff;
import org.servicehall.site.WorkingDayCalendar;

/**
 * T1/T3: a case's steps. Each runs in one transaction that locks the case, checks the step against
 * its stage ({@link CaseRules}), saves the case, its timeline step and the audit entry, and
 * publishes its event after the commit.
 */
@Component(service = CaseLifecycle.class)
public final class CaseLifecycleImpl implements CaseLifecycle {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final CaseParts parts;

    @Activate
    public CaseLifecycleImpl(@Reference CaseParts parts) {
        this.parts = parts;
    }

    /** What a step does to the locked case (already moved to the step's stage). */
    @FunctionalInterface
    private interface Change {
        CaseRow apply(Connection c, CaseRow row, LocalDate today, WorkingDayCalendar calendar) throws SQLException;
    }

    @Override
    public Case open(Actor actor, CaseIntake intake) {
        actor.require(Role.STAFF, "open a case");
        if (intake == null) {
            throw ValidationException.of("body", TEXTS.message("error.intake.missing"));
        }
        Ticket ticket;
        try {
            ticket = parts.queue.ticket(intake.ticketId());
        } catch (NotFound e) {
            throw new NotFound(TEXTS.message("error.ticket.unknown", intake.ticketId()));
        }
        if (ticket.status() != TicketStatus.CALLED && ticket.status() != TicketStatus.SERVING) {
            throw new Conflict(TEXTS.message("error.ticket.notAtWindow", ticket.number(), TEXTS.message("ticket." + ticket.status().name())));
        }
        String code = intake.serviceCode() == null || intake.serviceCode().isBlank() ? ticket.serviceCode() : intake.serviceCode().strip();
        ServiceItem item = parts.sites.serviceItems(ticket.siteId()).stream().filter(i -> i.code().equals(code) && parts.sites.isAvailable(i))
                .findFirst().orElseThrow(() -> ValidationException.of("serviceCode", TEXTS.message("error.intake.unknownItem", code)));
        CaseRules.checkIntake(intake, TEXTS);
        Site site = parts.sites.site(ticket.siteId());
        String staffNumber = parts.sites.staff(site.id()).stream().filter(s -> s.username().equals(actor.username())).map(Staff::staffNumber)
                .findFirst().orElse(actor.username());
        Instant now = parts.now();
        LocalDate today = parts.today(site.id());
        WorkingDayCalendar calendar = parts.calendar(site.id());
        int limit = item.timeLimit().workingDays();
        CaseClock clock = CaseClock.accepted(limit, today);
        LocalDate due = clock.due(calendar);
        LocalDate yellowFrom = parts.lights.yellowFrom(calendar, limit, due);
        CaseRow row = parts.store.inTransaction(c -> {
            String number = site.code() + "-" + today.format(DAY) + "-" + String.format("%04d", parts.store.nextSequence(c, site.id(), today));
            CaseRow draft = new CaseRow(0, site.id(), number, item.code(), item.name(), item.timeLimit().toString(), limit, ticket.id(),
                    ticket.windowNumber(), staffNumber, actor.username(), intake.applicantKind(), intake.applicantName().strip(),
                    intake.applicantId().strip().toUpperCase(), intake.applicantPhone().strip(), CaseStage.ACCEPTED, true, "", "", now, today,
                    today, 0, false, null, due, yellowFrom, LightRule.light(today, yellowFrom, due), 1, null, null, null, null, false, false);
            long id = parts.store.insert(c, draft);
            CaseRow saved = parts.store.find(c, id, false).orElseThrow();
            new Tallies().add(saved).apply(c, parts.store.kind());
            parts.store.addVisit(c, id, ticket.id(), now);
            parts.store.addStep(c, id, now, StepKind.ACCEPTED, CaseStage.ACCEPTED, actor.username(), null);
            parts.audit(c, actor, "case.open", null, saved);
            return saved;
        });
        parts.events.publish(CaseParts.event(CaseEvents.CASE_OPENED, row, CaseEvents.LIGHT, row.light().name()));
        return parts.toCase(row, true, calendar, today);
    }

    @Override
    public Case startReview(Actor actor, long caseId) {
        return step(actor, caseId, StepKind.REVIEW_STARTED, null, (c, r, today, cal) -> r);
    }

    @Override
    public Case decide(Actor actor, long caseId, String decision) {
        String text = CaseRules.required("decision", decision, CaseRules.MAX_TEXT, TEXTS);
        return step(actor, caseId, StepKind.DECIDED, text, (c, r, today, cal) -> notPaused(r).withDecision(null, text));
    }

    /** S4: what a result's hand-over needs, checked once the stage allows it (so a wrong stage is said first). */
    static final Message HAND_OUT = TEXTS.message("case.operation.handOut");
    /** The kind of the identity checks recorded for a case (S4). */
    public static final String CHECK_KIND = "case";

    @Override
    public Case complete(Actor actor, long caseId, String note) {
        String text = CaseRules.optional("note", note, CaseRules.MAX_TEXT, TEXTS);
        return step(actor, caseId, StepKind.COMPLETED, text, (c, r, today, cal) -> {
            notPaused(r);
            parts.identity.required(actor, CHECK_KIND, String.valueOf(r.id()), HAND_OUT);
            parts.identity.requireFreshSignIn(actor, HAND_OUT);
            return ended(c, r, today);
        });
    }

    @Override
    public IdentityCheck checkApplicant(Actor actor, long caseId, IdentityDocument document, String number) {
        actor.require(Role.STAFF, "check an applicant's identity");
        CaseRow row = parts.store.read(c -> parts.store.find(c, caseId, false))
                .orElseThrow(() -> new NotFound(TEXTS.message("error.case.unknown", caseId)));
        Site site = parts.sites.site(row.siteId());
        return parts.identity.record(actor, new IdentityCheckRequest(site.code(), CHECK_KIND, String.valueOf(row.id()), document, number,
                row.applicantId()));
    }

    @Override
    public Case notAccept(Actor actor, long caseId, String legalReason, String decision) {
        return ending(actor, caseId, StepKind.NOT_ACCEPTED, legalReason, decision);
    }

    @Override
    public Case refuse(Actor actor, long caseId, String legalReason, String decision) {
        return ending(actor, caseId, StepKind.REFUSED, legalReason, decision);
    }

    private Case ending(Actor actor, long caseId, StepKind kind, String legalReason, String decision) {
        String reason = CaseRules.required("legalReason", legalReason, CaseRules.MAX_REASON, TEXTS);
        String text = CaseRules.required("decision", decision, CaseRules.MAX_TEXT, TEXTS);
        return step(actor, caseId, kind, reason + "\n" + text, (c, r, today, cal) -> ended(c, r.withDecision(reason, text), today));
    }

    private CaseRow ended(Connection c, CaseRow r, LocalDate today) throws SQLException {
        parts.supervision.clearEscalation(c, r.id(), parts.now());
        return r.ended(parts.now(), today);
    }

    private static CaseRow notPaused(CaseRow r) {
        if (r.paused()) {
            throw new InvalidCaseStage(r.number(), r.stage(), TEXTS.message("error.case.paused", r.number()));
        }
        return r;
    }

    @Override
    public Case pause(Actor actor, long caseId, String missing) {
        String text = CaseRules.required("missing", missing, CaseRules.MAX_MISSING, TEXTS);
        return step(actor, caseId, StepKind.PAUSED, text, (c, r, today, cal) -> {
            notPaused(r);
            return r.withClock(r.clock().pause(cal, today), text, r.due(), r.yellowFrom(), r.light());
        });
    }

    @Override
    public Case resume(Actor actor, long caseId) {
        return step(actor, caseId, StepKind.RESUMED, null, (c, r, today, cal) -> {
            if (!r.paused()) {
                throw new InvalidCaseStage(r.number(), r.stage(), TEXTS.message("error.case.notPaused", r.number()));
            }
            CaseClock clock = r.clock().resume(today);
            LocalDate due = clock.due(cal);
            LocalDate yellowFrom = parts.lights.yellowFrom(cal, r.limitDays(), due);
            return r.withClock(clock, null, due, yellowFrom, LightRule.light(today, yellowFrom, due));
        });
    }

    @Override
    public Case handOver(Actor actor, long caseId, String toUnit, String note) {
        String to = CaseRules.optional("unit", toUnit, CaseRules.MAX_UNIT, TEXTS);
        String text = CaseRules.optional("note", note, CaseRules.MAX_TEXT, TEXTS);
        String target = to == null ? "" : to;
        return step(actor, caseId, StepKind.HANDED_OVER, text, (c, r, today, cal) -> {
            if (r.unitName().equals(target)) {
                throw new Conflict(TEXTS.message("error.handOver.same", r.number(), target.isEmpty() ? TEXTS.message("unit.front") : target));
            }
            parts.store.addHandOver(c, r.id(), parts.now(), r.unitName(), target, actor.username(), text);
            return r.withUnit(target, target.isEmpty() ? r.reviewUnit() : target);
        });
    }

    @Override
    public Case returnVisit(Actor actor, long caseId, long ticketId) {
        Ticket ticket;
        try {
            ticket = parts.queue.ticket(ticketId);
        } catch (NotFound e) {
            throw new NotFound(TEXTS.message("error.ticket.unknown", ticketId));
        }
        return step(actor, caseId, StepKind.RETURN_VISIT, ticket.number(), (c, r, today, cal) -> {
            if (ticket.siteId() != r.siteId()) {
                throw ValidationException.of("ticketId", TEXTS.message("error.visit.otherSite", ticket.number(), r.number()));
            }
            if (!parts.store.addVisit(c, r.id(), ticket.id(), parts.now())) {
                throw new Conflict(TEXTS.message("error.visit.twice", ticket.number(), r.number()));
            }
            return r.withVisits(r.visits() + 1);
        });
    }

    private Case step(Actor actor, long caseId, StepKind kind, String note, Change change) {
        actor.require(Role.STAFF, "change a case");
        List<DomainEvent> out = new ArrayList<>();
        LocalDate[] today = new LocalDate[1];
        WorkingDayCalendar[] calendar = new WorkingDayCalendar[1];
        CaseRow after = parts.store.inTransaction(c -> {
            CaseRow before = parts.store.find(c, caseId, true).orElseThrow(() -> new NotFound(TEXTS.message("error.case.unknown", caseId)));
            CaseStage next = CaseRules.next(before.number(), before.stage(), kind, TEXTS);
            calendar[0] = parts.calendar(before.siteId());
            today[0] = parts.today(before.siteId());
            CaseRow changed = change.apply(c, next == before.stage() ? before : before.withStage(next), today[0], calendar[0]);
            parts.store.update(c, changed);
            new Tallies().remove(before).add(changed).apply(c, parts.store.kind());
            parts.store.addStep(c, caseId, parts.now(), kind, changed.stage(), actor.username(), note);
            parts.audit(c, actor, "case." + kind.name().toLowerCase(), before, changed);
            out.add(CaseParts.event(CaseEvents.CASE_CHANGED, changed, CaseEvents.STEP, kind.name()));
            if (changed.light() != before.light() && changed.isOpen()) {
                out.add(CaseParts.event(CaseEvents.LIGHT_CHANGED, changed, CaseEvents.LIGHT, changed.light().name())
                        .with(CaseEvents.PREVIOUS_LIGHT, before.light().name()));
            }
            return changed;
        });
        parts.events.publishAll(out);
        return parts.toCase(after, true, calendar[0], today[0]);
    }
}
