package org.servicehall.conduct.internal.discipline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Function;

import org.servicehall.common.Conflict;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * C5: a supervisor confirms or rejects what the ladder proposed (a sanction, a commendation), the
 * same way for each kind: only a PROPOSED one, a rejection with its note, a conditional update so
 * that of two supervisors deciding at once (on any node) one wins and the other gets a
 * {@link Conflict}, the audit entry in the same transaction and the event after it committed.
 *
 * @param <T> the proposal's record
 */
final class ProposalDecision<T> {

    /** A proposal's row by id. */
    @FunctionalInterface
    interface Rows<T> {
        T load(Connection c, long id) throws SQLException;
    }

    /** The event of a decision, given the proposal after it and the status it moved to. */
    @FunctionalInterface
    interface Announce<T> {
        void to(Outbox out, T after, DisciplineStatus to);
    }

    private final DisciplineContext context;
    private final String kind;
    private final String table;
    private final String audited;
    private final Rows<T> rows;
    private final Function<T, DisciplineStatus> status;
    private final Announce<T> announce;
    private final java.util.function.ToLongFunction<T> siteOf;
    private final String operation;

    /**
     * @param kind how messages name the proposal ("sanction")
     * @param table its table
     * @param audited how the audit log names it
     */
    ProposalDecision(DisciplineContext context, String kind, String table, String audited, Rows<T> rows,
            Function<T, DisciplineStatus> status, Announce<T> announce, java.util.function.ToLongFunction<T> siteOf, String operation) {
        this.siteOf = siteOf;
        this.operation = operation;
        this.context = context;
        this.kind = kind;
        this.table = table;
        this.audited = audited;
        this.rows = rows;
        this.status = status;
        this.announce = announce;
    }

    /** Confirms ({@code confirm}) or rejects the proposal {@code id}, with the note (required for a rejection). */
    T decide(Actor actor, long id, boolean confirm, String note) {
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            T before = rows.load(c, id);
            context.requireAt(actor, Role.SUPERVISOR, siteOf.applyAsLong(before), operation, audited, id); // S1: a supervisor of its site
            DisciplineRules.checkProposalDecision(kind, id, status.apply(before), confirm, note);
            DisciplineStatus to = confirm ? DisciplineStatus.CONFIRMED : DisciplineStatus.REJECTED;
            if (!context.store().decide(c, table, id, to, actor.username(), now, DisciplineContext.trimmed(note))) {
                throw new Conflict(kind + " " + id + " was decided by someone else just now");
            }
            T after = rows.load(c, id);
            context.audit().record(c, actor, confirm ? "confirm" : "reject", audited, id, before, after);
            announce.to(out, after, to);
            return after;
        });
    }
}
