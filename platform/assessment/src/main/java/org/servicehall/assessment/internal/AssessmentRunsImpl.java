package org.servicehall.assessment.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentRuns;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.StaffScore;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.queue.QueueReports;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/**
 * M1/C5: a run gathers each staff member's figures ({@link InputGathering}), scores them with the
 * site's weights ({@link Scoring}), and stores the result with its audit entry and the proposals
 * the scores call for; an explicit re-run replaces the result and withdraws the undecided
 * proposals. Supervisors then confirm or reject the proposals.
 */
@Component(service = AssessmentRuns.class)
public final class AssessmentRunsImpl implements AssessmentRuns {
    private final AssessmentStore store;
    private final AssessmentWeights weights;
    private final SiteService sites;
    private final InputGathering gathering;
    private final FeedbackSource feedback;
    private final CaseworkSource casework;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    /** What a run stored: the result's id, whether it replaced a stored one, the proposals made. */
    private record Stored(long runId, boolean replaced, List<Proposal> made) {
    }

    @Activate
    public AssessmentRunsImpl(@Reference AssessmentStore store, @Reference AssessmentWeights weights, @Reference SiteService sites,
            @Reference QueueReports queue, @Reference AttendanceService attendance, @Reference ConfirmedViolations violations,
            @Reference FeedbackSource feedback, @Reference CaseworkSource casework, @Reference AuditLog audit, @Reference DomainEvents events,
            @Reference Clock clock) {
        this.store = store;
        this.weights = weights;
        this.sites = sites;
        this.gathering = new InputGathering(store, sites, queue, attendance, violations);
        this.feedback = feedback;
        this.casework = casework;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AssessmentResult assess(Actor actor, long siteId, Period period, boolean replace) {
        actor.require(Role.SUPERVISOR, "run an assessment");
        if (period == null) {
            throw ValidationException.of("period", "is required");
        }
        Site site = sites.site(siteId);
        if (period.from().isAfter(sites.today(siteId))) { // the site's day (issue 12)
            throw ValidationException.of("period", period + " has not begun yet");
        }
        AssessmentSettings settings = weights.settings(siteId);
        Optional<FeedbackReports> fb = feedback.current();
        List<StaffScore> scores = Scoring.score(gathering.inputs(actor, siteId, period, fb, casework.current()), settings);
        List<Scoring.ProposalDraft> drafts = Scoring.proposals(scores, settings);
        Instant now = AssessmentStore.now(clock);
        Stored stored = store.inTransaction(c -> {
            Optional<AssessmentResult> existing = RunTables.run(c, siteId, period);
            if (existing.isPresent()) {
                if (!replace) {
                    throw new Conflict(site.code() + " was already assessed for " + period + " (by " + existing.get().ranBy() + " at "
                            + existing.get().ranAt() + "); re-run it explicitly to replace the result");
                }
                RunTables.deleteRun(c, existing.get().id());
                withdrawUndecided(c, actor, siteId, period, now);
            }
            long id = RunTables.insertRun(c, siteId, period, settings, fb.isPresent(), now, actor.username(), scores);
            audit.record(c, actor, existing.isPresent() ? "reassess" : "assess", "assessment", site.code() + " " + period,
                    existing.map(r -> summary(r.scores(), r.settings())).orElse(null), summary(scores, settings));
            return new Stored(id, existing.isPresent(), propose(c, actor, siteId, period, drafts, now));
        });
        events.publish(AssessmentEvent.of(AssessmentEvents.ASSESSED, siteId, AssessmentEvents.PERIOD, period.toString(),
                AssessmentEvents.ID, stored.runId(), AssessmentEvents.REPLACED, stored.replaced(), AssessmentEvents.STAFF_COUNT,
                scores.size()));
        for (Proposal p : stored.made()) {
            events.publish(AssessmentEvent.of(AssessmentEvents.PROPOSAL_MADE, siteId, AssessmentEvents.ID, p.id(), AssessmentEvents.PERIOD,
                    period.toString(), AssessmentEvents.STAFF_NUMBER, p.staffNumber(), AssessmentEvents.KIND, p.kind().name(),
                    AssessmentEvents.SCORE, p.score(), AssessmentEvents.RANK, p.rank()));
        }
        return new AssessmentResult(stored.runId(), siteId, period, settings, now, actor.username(), fb.isPresent(), scores);
    }

    /** The stored result's proposals nobody decided yet are withdrawn with it. */
    private void withdrawUndecided(Connection c, Actor actor, long siteId, Period period, Instant now) throws SQLException {
        for (Proposal p : RunTables.proposals(c, siteId, period)) {
            if (p.status() == ProposalStatus.PROPOSED && RunTables.decideProposal(c, p.id(), ProposalStatus.PROPOSED,
                    ProposalStatus.WITHDRAWN, actor.username(), now, "replaced by a re-run of " + period)) {
                audit.record(c, actor, "withdraw", "assessment-proposal", p.id(), p.status(), ProposalStatus.WITHDRAWN);
            }
        }
    }

    /** Stores the proposals the scores call for, but none a supervisor already decided for the same staff member and period. */
    private List<Proposal> propose(Connection c, Actor actor, long siteId, Period period, List<Scoring.ProposalDraft> drafts, Instant now)
            throws SQLException {
        Set<String> decided = new HashSet<>();
        for (Proposal p : RunTables.proposals(c, siteId, period)) {
            if (p.status() == ProposalStatus.CONFIRMED || p.status() == ProposalStatus.REJECTED) {
                decided.add(p.staffNumber() + "/" + p.kind());
            }
        }
        List<Proposal> made = new ArrayList<>();
        for (Scoring.ProposalDraft d : drafts) {
            if (decided.contains(d.score().staffNumber() + "/" + d.kind())) {
                continue;
            }
            Proposal draft = Proposal.proposed(siteId, period, d.score(), d.kind(), now);
            Proposal p = draft.withId(RunTables.insertProposal(c, draft));
            audit.record(c, actor, "propose", "assessment-proposal", p.id(), null, p);
            made.add(p);
        }
        return made;
    }

    /** The audit's account of a result: the weights and each staff member's total. */
    private static String summary(List<StaffScore> scores, AssessmentSettings s) {
        String list = scores.stream().map(x -> x.staffNumber() + "=" + x.total()).collect(Collectors.joining(", "));
        String text = "weights " + s.weightsText() + ": " + list;
        return text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
    }

    @Override
    public Optional<AssessmentResult> result(long siteId, Period period) {
        return store.read(c -> RunTables.run(c, siteId, period));
    }

    @Override
    public List<Period> assessedPeriods(long siteId) {
        return store.read(c -> RunTables.periods(c, siteId));
    }

    @Override
    public List<Proposal> proposals(long siteId, ProposalStatus status) {
        return store.read(c -> RunTables.proposals(c, siteId, status));
    }

    @Override
    public Proposal decideProposal(Actor actor, long proposalId, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, "decide an assessment proposal");
        Validator v = new Validator().maxLength("note", note, 500);
        v.check(confirm || (note != null && !note.isBlank()), "note", "a rejection needs the reason");
        v.throwIfInvalid();
        String n = note == null || note.isBlank() ? null : note.trim();
        ProposalStatus to = confirm ? ProposalStatus.CONFIRMED : ProposalStatus.REJECTED;
        Instant now = AssessmentStore.now(clock);
        Proposal decided = store.inTransaction(c -> {
            Proposal p = RunTables.proposal(c, proposalId).orElseThrow(() -> new NotFound("Proposal", proposalId));
            if (p.status() != ProposalStatus.PROPOSED
                    || !RunTables.decideProposal(c, proposalId, ProposalStatus.PROPOSED, to, actor.username(), now, n)) {
                throw new Conflict("the proposal for " + p.staffName() + " (" + p.staffNumber() + ") is " + p.status()
                        + " already; only a PROPOSED one can be decided");
            }
            Proposal after = RunTables.proposal(c, proposalId).orElseThrow();
            audit.record(c, actor, confirm ? "confirm" : "reject", "assessment-proposal", proposalId, p.status(), to + (n == null ? "" : ": " + n));
            return after;
        });
        events.publish(AssessmentEvent.of(AssessmentEvents.PROPOSAL_DECIDED, decided.siteId(), AssessmentEvents.ID, proposalId,
                AssessmentEvents.STAFF_NUMBER, decided.staffNumber(), AssessmentEvents.KIND, decided.kind().name(), AssessmentEvents.STATUS,
                to.name()));
        return decided;
    }
}
