package org.servicehall.conduct.internal.discipline;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.Disputes;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Staff;

/** C8 disputes escalated to the supervision desk and settled there, never by the staff member involved. */
@Component(service = Disputes.class)
public final class DisputesImpl implements Disputes {
    static final String AUDITED = "Dispute";

    private final DisciplineContext context;
    private final DisciplineStore store;

    @Activate
    public DisputesImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
    }

    @Override
    public Dispute escalateDispute(Actor actor, long siteId, DisputeDraft draft) {
        actor.require(Role.STAFF, "escalate a dispute");
        DisciplineRules.checkDispute(draft);
        context.requireAt(actor, Role.STAFF, siteId, "escalateDispute", "site", siteId);
        context.window(siteId, draft.windowNumber());
        Staff staff = context.staff(siteId, draft.staffNumber());
        DisputeDraft d = new DisputeDraft(draft.windowNumber(), staff.staffNumber(), draft.description(), draft.escalatedTo());
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            long id = store.insertDispute(c, siteId, d, actor.username(), now);
            Dispute dispute = store.dispute(c, id);
            context.audit().record(c, actor, "escalate", AUDITED, id, null, dispute);
            out.add(DisciplineEvents.DISPUTE_ESCALATED, siteId, id, DisciplineEvents.STAFF_NUMBER, dispute.staffNumber(),
                    DisciplineEvents.WINDOW, dispute.windowNumber(), DisciplineEvents.ESCALATED_TO, dispute.escalatedTo());
            return dispute;
        });
    }

    @Override
    public Dispute resolveDispute(Actor actor, long disputeId, String resolution) {
        actor.require(Role.SUPERVISOR, "resolve a dispute");
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            Dispute before = store.dispute(c, disputeId);
            context.requireAt(actor, Role.SUPERVISOR, before.siteId(), "resolveDispute", "dispute", disputeId); // S1
            DisciplineRules.checkResolution(actor, context.staffNumberOf(actor, before.siteId()), disputeId, before.staffNumber(),
                    before.status(), resolution);
            if (!store.resolveDispute(c, disputeId, resolution.trim(), actor.username(), now)) {
                throw new Conflict(DisciplineRules.TEXTS.message("discipline.error.disputeMeanwhile", disputeId));
            }
            Dispute after = store.dispute(c, disputeId);
            context.audit().record(c, actor, "resolve", AUDITED, disputeId, before, after);
            out.add(DisciplineEvents.DISPUTE_RESOLVED, after.siteId(), disputeId, DisciplineEvents.STAFF_NUMBER, after.staffNumber(),
                    DisciplineEvents.WINDOW, after.windowNumber());
            return after;
        });
    }

    @Override
    public List<Dispute> disputes(long siteId) {
        return store.read(c -> store.disputes(c, siteId));
    }
}
