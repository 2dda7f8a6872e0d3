package org.servicehall.conduct.internal.discipline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.SanctionLevel;
import org.servicehall.security.Actor;

/**
 * C5 the ladder's step after a violation was confirmed (in an inspection or by a supervisor's
 * decision): counts the staff member's confirmed violations in the site's window of months and
 * proposes the next step, if one is reached and was never proposed, in the same transaction.
 */
final class SanctionProposer {
    private final DisciplineContext context;

    SanctionProposer(DisciplineContext context) {
        this.context = context;
    }

    void climb(Connection c, Actor actor, long siteId, String staffNumber, Instant now, Outbox out) throws SQLException {
        DisciplineStore store = context.store();
        PenaltyLadder ladder = new PenaltyLadder(context.thresholds(c, siteId));
        Instant since = ZonedDateTime.ofInstant(now, context.clock(siteId).getZone()).minusMonths(ladder.thresholds().windowMonths())
                .toInstant();
        int count = store.confirmedSince(c, siteId, staffNumber, since).size();
        Optional<SanctionLevel> next = ladder.nextProposal(count, store.proposedLevels(c, siteId, staffNumber));
        if (next.isEmpty()) {
            return;
        }
        Optional<Long> id = store.insertSanction(c, siteId, staffNumber, next.get(), count, now);
        if (id.isPresent()) {
            context.audit().record(c, actor, "propose", SanctionsImpl.AUDITED, id.get(), null, store.sanction(c, id.get()));
            out.add(DisciplineEvents.SANCTION_PROPOSED, siteId, id.get(), DisciplineEvents.STAFF_NUMBER, staffNumber,
                    DisciplineEvents.LEVEL, next.get());
        }
    }
}
