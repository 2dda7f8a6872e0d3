package org.servicehall.conduct.internal.discipline;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.conduct.DisciplineEvents;
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
    private final ProposalDecision<Sanction> decisions;

    @Activate
    public SanctionsImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
        this.decisions = new ProposalDecision<>(context, "sanction", "sh_sanction", AUDITED, store::sanction, Sanction::status,
                (out, after, to) -> out.add(DisciplineEvents.SANCTION_DECIDED, after.siteId(), after.id(), DisciplineEvents.STAFF_NUMBER,
                        after.staffNumber(), DisciplineEvents.LEVEL, after.level(), DisciplineEvents.STATUS, to), Sanction::siteId,
                "decideSanction");
    }

    @Override
    public DisciplineThresholds thresholds(long siteId) {
        return store.read(c -> context.thresholds(c, siteId));
    }

    @Override
    public DisciplineThresholds setThresholds(Actor actor, long siteId, DisciplineThresholds thresholds) {
        actor.require(Role.SUPERVISOR, "change the penalty ladder");
        PenaltyLadder.validate(thresholds);
        context.requireAt(actor, Role.SUPERVISOR, siteId, "changeLadder", "site", siteId);
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
        return decisions.decide(actor, sanctionId, confirm, note);
    }
}
