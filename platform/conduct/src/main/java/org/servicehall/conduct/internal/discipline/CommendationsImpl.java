package org.servicehall.conduct.internal.discipline;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Staff;

/** C5 the reward side of the ladder: commendations for clean months ({@link PenaltyLadder#commendationDue}), a supervisor's decision on each. */
@Component(service = Commendations.class)
public final class CommendationsImpl implements Commendations {
    static final String AUDITED = "Commendation";

    private final DisciplineContext context;
    private final DisciplineStore store;
    private final ProposalDecision<Commendation> decisions;

    @Activate
    public CommendationsImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
        this.decisions = new ProposalDecision<>(context, "commendation", "sh_commendation", AUDITED, store::commendation,
                Commendation::status, (out, after, to) -> out.add(DisciplineEvents.COMMENDATION_DECIDED, after.siteId(), after.id(),
                        DisciplineEvents.STAFF_NUMBER, after.staffNumber(), DisciplineEvents.STATUS, to), Commendation::siteId,
                "decideCommendation");
    }

    @Override
    public List<Commendation> reviewCommendations(Actor actor, long siteId) {
        actor.require(Role.SUPERVISOR, "review commendations");
        context.requireAt(actor, Role.SUPERVISOR, siteId, "reviewCommendations", "site", siteId);
        Instant now = context.clock().instant();
        ZoneId zone = context.clock(siteId).getZone();
        YearMonth lastFull = YearMonth.now(context.clock(siteId)).minusMonths(1);
        List<Staff> active = context.sites().staff(siteId).stream().filter(Staff::active).toList();
        return context.change((c, out) -> {
            PenaltyLadder ladder = new PenaltyLadder(context.thresholds(c, siteId));
            YearMonth first = lastFull.minusMonths(ladder.thresholds().commendationMonths() - 1L);
            Instant since = first.atDay(1).atStartOfDay(zone).toInstant().minusSeconds(1);
            List<Commendation> made = new ArrayList<>();
            for (Staff s : active) {
                List<YearMonth> months = store.confirmedSince(c, siteId, s.staffNumber(), since).stream()
                        .map(i -> YearMonth.from(i.atZone(zone))).toList();
                Optional<YearMonth[]> due = ladder.commendationDue(lastFull, months, store.commendedThrough(c, siteId, s.staffNumber()));
                if (due.isEmpty()) {
                    continue;
                }
                Optional<Long> id = store.insertCommendation(c, siteId, s.staffNumber(), due.get()[0], due.get()[1], now);
                if (id.isPresent()) {
                    Commendation proposed = store.commendation(c, id.get());
                    context.audit().record(c, actor, "propose", AUDITED, id.get(), null, proposed);
                    out.add(DisciplineEvents.COMMENDATION_PROPOSED, siteId, id.get(), DisciplineEvents.STAFF_NUMBER, s.staffNumber());
                    made.add(proposed);
                }
            }
            return made;
        });
    }

    @Override
    public List<Commendation> commendations(long siteId) {
        return store.read(c -> store.commendations(c, siteId));
    }

    @Override
    public Commendation decideCommendation(Actor actor, long commendationId, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, "decide a commendation");
        return decisions.decide(actor, commendationId, confirm, note);
    }
}
