package org.servicehall.conduct.internal.discipline;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.Sanctions;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** C5 the site's penalty ladder ({@link PenaltyLadder} checks it) and a supervisor's decision on each proposed sanction. */
@Component(service = Sanctions.class)
public final class SanctionsImpl implements Sanctions {
    static final String AUDITED = "Sanction";

    private final DisciplineContext context;
    private final DisciplineStore store;

    @Activate
    public SanctionsImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
    }

    @Override
    public DisciplineThresholds thresholds(long siteId) {
        return store.read(c -> context.thresholds(c, siteId));
    }

    @Override
    public DisciplineThresholds setThresholds(Actor actor, long siteId, DisciplineThresholds thresholds) {
        actor.require(Role.SUPERVISOR, "change the penalty ladder");
        PenaltyLadder.validate(thresholds);
        context.site(siteId);
        return store.inTransaction(c -> {
            DisciplineThresholds before = context.thresholds(c, siteId);
            store.saveThresholds(c, siteId, thresholds);
            context.audit().record(c, actor, "update", "DisciplineThresholds", siteId, before, thresholds);
            return thresholds;
        });
    }

    @Override
    public List<Sanction> sanctions(long siteId) {
        return store.read(c -> store.sanctions(c, siteId));
    }

    @Override
    public Sanction decideSanction(Actor actor, long sanctionId, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, "decide a sanction");
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            Sanction before = store.sanction(c, sanctionId);
            DisciplineRules.checkProposalDecision("sanction", sanctionId, before.status(), confirm, note);
            DisciplineStatus to = confirm ? DisciplineStatus.CONFIRMED : DisciplineStatus.REJECTED;
            if (!store.decide(c, "sh_sanction", sanctionId, to, actor.username(), now, DisciplineContext.trimmed(note))) {
                throw new Conflict("sanction " + sanctionId + " was decided by someone else just now");
            }
            Sanction after = store.sanction(c, sanctionId);
            context.audit().record(c, actor, confirm ? "confirm" : "reject", AUDITED, sanctionId, before, after);
            out.add(DisciplineEvents.SANCTION_DECIDED, after.siteId(), sanctionId, DisciplineEvents.STAFF_NUMBER, after.staffNumber(),
                    DisciplineEvents.LEVEL, after.level(), DisciplineEvents.STATUS, to);
            return after;
        });
    }
}
