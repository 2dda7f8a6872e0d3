package org.servicehall.conduct.internal.discipline;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.conduct.Violations;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Staff;

/**
 * C4 violation candidates from other areas and a supervisor's decision on each; a confirmed one may
 * take the staff member up the ladder ({@link SanctionProposer}).
 */
@Component(service = Violations.class)
public final class ViolationsImpl implements Violations {
    static final String AUDITED = "Violation";

    private final DisciplineContext context;
    private final DisciplineStore store;
    private final SanctionProposer ladder;

    @Activate
    public ViolationsImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
        this.ladder = new SanctionProposer(context);
    }

    @Override
    public Violation proposeViolation(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode,
            ViolationSource source, Instant occurredAt, String note) {
        actor.require(Role.STAFF, "propose a violation");
        Instant now = context.clock().instant();
        DisciplineRules.checkCandidate(staffNumber, windowNumber, ruleCode, source, occurredAt, note, now);
        if (source == ViolationSource.INSPECTION) {
            throw ValidationException.of("source", DisciplineRules.TEXTS.message("discipline.error.inspectionSource"));
        }
        context.requireAt(actor, Role.STAFF, siteId, "proposeViolation", "site", siteId);
        Staff staff = context.staff(siteId, staffNumber);
        if (windowNumber != null) {
            context.window(siteId, windowNumber);
        }
        String code = ruleCode.trim();
        if (!context.knownRule(siteId, code)) {
            throw ValidationException.of("ruleCode", DisciplineRules.TEXTS.message("discipline.error.unknownRule", code));
        }
        return context.change((c, out) -> {
            long id = store.insertViolation(c, siteId, staff.staffNumber(), windowNumber, code, source, ViolationStatus.CANDIDATE,
                    occurredAt == null ? now : occurredAt, DisciplineContext.trimmed(note), null, actor.username(), now);
            Violation v = store.violation(c, id);
            context.audit().record(c, actor, "propose", AUDITED, id, null, v);
            out.add(DisciplineEvents.VIOLATION_RECORDED, siteId, id, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                    DisciplineEvents.WINDOW, windowNumber, DisciplineEvents.RULE, code, DisciplineEvents.SOURCE, source,
                    DisciplineEvents.STATUS, ViolationStatus.CANDIDATE);
            return v;
        });
    }

    @Override
    public Violation confirmViolation(Actor actor, long violationId, String note) {
        return decide(actor, violationId, true, note);
    }

    @Override
    public Violation dismissViolation(Actor actor, long violationId, String reason) {
        return decide(actor, violationId, false, reason);
    }

    private Violation decide(Actor actor, long id, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, confirm ? "confirm a violation" : "dismiss a violation");
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            Violation before = store.violation(c, id);
            context.requireAt(actor, Role.SUPERVISOR, before.siteId(), confirm ? "confirmViolation" : "dismissViolation", "violation", id);
            DisciplineRules.checkDecision(id, before.status(), confirm, note);
            ViolationStatus to = confirm ? ViolationStatus.CONFIRMED : ViolationStatus.DISMISSED;
            if (!store.decideViolation(c, id, ViolationStatus.CANDIDATE, to, actor.username(), now, DisciplineContext.trimmed(note))) {
                throw new Conflict(DisciplineRules.TEXTS.message("discipline.error.decidedMeanwhile", id));
            }
            Violation after = store.violation(c, id);
            context.audit().record(c, actor, confirm ? "confirm" : "dismiss", AUDITED, id, before, after);
            out.add(confirm ? DisciplineEvents.VIOLATION_CONFIRMED : DisciplineEvents.VIOLATION_DISMISSED, after.siteId(), id,
                    DisciplineEvents.STAFF_NUMBER, after.staffNumber(), DisciplineEvents.RULE, after.ruleCode(),
                    DisciplineEvents.STATUS, to);
            if (confirm) {
                ladder.climb(c, actor, after.siteId(), after.staffNumber(), now, out);
            }
            return after;
        });
    }

    @Override
    public List<Violation> violations(long siteId, ViolationStatus status) {
        return store.read(c -> store.violations(c, siteId, status));
    }

    @Override
    public List<Violation> violationsOf(long siteId, String staffNumber) {
        return store.read(c -> store.violationsOf(c, siteId, staffNumber == null ? "" : staffNumber.trim()));
    }
}
