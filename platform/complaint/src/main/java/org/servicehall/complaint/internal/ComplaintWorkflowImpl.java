package org.servicehall.complaint.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.servicehall.common.Conflict;
import org.servicehall.common.Message;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintStep;
import org.servicehall.complaint.ComplaintTracking;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.InvalidComplaintState;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.Resolution;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.TextChecks;
import org.servicehall.queue.Ticket;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * P2/P3 on the shared database: cases registered from the web, the kiosk and phone records (bad
 * ratings open theirs in {@link RatingsImpl}), read as the reader may see them ({@link MaskedViews}),
 * and taken through the workflow of {@link WorkflowRules}, each step one conditional update with its
 * audit entry. Resolving a confirmed case opens its rectification task (P4) in the same
 * transaction; a staff member at fault is proposed to the conduct area as a violation candidate.
 * Events are published after the commit.
 */
@Component(service = ComplaintWorkflow.class, configurationPid = ComplaintConfig.PID)
public final class ComplaintWorkflowImpl implements ComplaintWorkflow {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintWorkflowImpl.class);

    private final ComplaintParts parts;
    private final ComplaintStore store;
    private final SiteService sites;
    private final QueueReadModel queue;
    private final ComplaintSettings settings;
    private final Supplier<List<ComplaintCategory>> categories;
    private final CaseIntake intake;

    /** C3: the checks every text staff send to citizens passes (the conduct area's forbidden phrases, and any plugin's). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CitizenTextCheck> textChecks = List.of();
    /** P4: the conduct area, while it runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ViolationProposer violations;
    /** S4: the citizen's identity checks and the staff member's fresh re-authentication (the security area's). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile IdentityChecks identityChecks;

    @Activate
    public ComplaintWorkflowImpl(ComplaintConfig config, @Reference ComplaintParts parts, @Reference QueueReadModel queue,
            @Reference CategoryHandler categories) {
        this(parts, queue, ComplaintSettings.of(config), () -> categories.registry().all(), new SecureRandom());
    }

    /** @param random for tracking numbers */
    ComplaintWorkflowImpl(ComplaintParts parts, QueueReadModel queue, ComplaintSettings settings,
            Supplier<List<ComplaintCategory>> categories, Random random) {
        this.parts = parts;
        this.store = parts.store;
        this.sites = parts.sites;
        this.queue = queue;
        this.settings = settings;
        this.categories = categories;
        this.intake = new CaseIntake(parts, random);
    }

    /** C3: the checks of texts sent to citizens, when built in plain Java (the container binds them). */
    void useTextChecks(List<CitizenTextCheck> checks) {
        this.textChecks = List.copyOf(checks);
    }

    /** S4: the identity checks, when built in plain Java (the container binds the security area's). */
    void useIdentityChecks(IdentityChecks checks) {
        this.identityChecks = checks;
    }

    /** P4: the conduct area, when built in plain Java (the container binds it while conduct runs). */
    void useViolations(ViolationProposer proposer) {
        this.violations = proposer;
    }

    @Override
    public List<ComplaintCategory> categories() {
        return categories.get();
    }

    private boolean knownCategory(String code) {
        return categories.get().stream().anyMatch(c -> c.code().equals(code));
    }

    private Complaint stored(long complaintId) {
        return store.read(c -> store.complaint(c, complaintId)).orElseThrow(() -> unknown(complaintId)).complaint();
    }

    static NotFound unknown(long complaintId) {
        return new NotFound(ComplaintTexts.text("complaint.error.complaint.unknown", complaintId));
    }

    // ---- P3 registration

    @Override
    public Complaint register(Actor actor, long siteId, ComplaintDraft draft) {
        ComplaintRules.check(draft, this::knownCategory);
        if (draft.source() == ComplaintSource.RATING) {
            throw ValidationException.of("source", ComplaintTexts.text("complaint.error.source.rating"));
        }
        Site site = sites.site(siteId);
        if (draft.source() == ComplaintSource.PHONE) {
            parts.requireAt(actor, Role.STAFF, siteId, "complaint.operation.recordPhone", "site", siteId); // S1: at the site's desk
        }
        if (draft.windowNumber() != null && sites.windows(siteId).stream().noneMatch(w -> w.number() == draft.windowNumber())) {
            throw ValidationException.of("windowNumber", ComplaintTexts.text("complaint.error.window.unknown", draft.windowNumber(), site.name()));
        }
        Optional<Ticket> visit = todaysTicket(site.code(), draft.ticketNumber());
        // today's ticket links the case to that visit, to its window when the citizen named none, and to who served it
        ComplaintDraft toSave = visit.map(t -> draft.toBuilder().ticketNumber(t.number())
                .windowNumber(draft.windowNumber() != null ? draft.windowNumber() : t.windowNumber())
                .staffNumber(ComplaintRules.clean(draft.staffNumber()) != null ? draft.staffNumber() : queue.servedBy(t.id()).orElse(null))
                .build()).orElse(draft);
        Long ticketId = visit.map(Ticket::id).orElse(null);
        List<DomainEvent> out = new ArrayList<>();
        Complaint saved = store.inTransaction(c -> intake.open(c, actor, siteId, toSave, ticketId, null, out));
        parts.publish(out);
        return MaskedViews.of(parts.at(actor, saved.siteId()), saved);
    }

    /** The ticket of that number issued today at the site; empty for none given or an earlier day's number (kept as written). */
    private Optional<Ticket> todaysTicket(String siteCode, String ticketNumber) {
        String number = ComplaintRules.clean(ticketNumber);
        if (number == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(queue.position(siteCode, number).ticket());
        } catch (NotFound notToday) {
            return Optional.empty();
        }
    }

    // ---- P2 reading

    @Override
    public Complaint complaint(Actor actor, long complaintId) {
        ComplaintTexts.require(actor, Role.STAFF, "complaint.operation.readComplaints");
        Complaint k = stored(complaintId);
        parts.requireAt(actor, Role.STAFF, k.siteId(), "complaint.operation.readComplaints", "complaint", complaintId); // S1
        return MaskedViews.of(parts.at(actor, k.siteId()), k);
    }

    @Override
    public List<Complaint> complaints(Actor actor, long siteId, boolean openOnly) {
        parts.requireAt(actor, Role.STAFF, siteId, "complaint.operation.readComplaints", "site", siteId);
        Actor there = parts.at(actor, siteId); // S3: contact data for the handlers at this site, not a supervisor of another
        return store.read(c -> store.complaints(c, siteId, openOnly)).stream().map(r -> MaskedViews.of(there, r.complaint())).toList();
    }

    @Override
    public ComplaintTracking track(String trackingNumber) {
        String n = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase();
        if (!ComplaintRules.looksLikeTrackingNumber(n)) {
            throw ValidationException.of("trackingNumber", ComplaintTexts.text("complaint.error.tracking.invalid", n));
        }
        Complaint k = store.read(c -> store.complaintByTracking(c, n)).orElseThrow(() -> new NotFound(ComplaintTexts.text("complaint.error.tracking.unknown", n))).complaint();
        // a public page: the answers' personal data masked for everyone (S3)
        return new ComplaintTracking(k.trackingNumber(), sites.site(k.siteId()).code(), k.source(), k.category(), k.status(),
                k.registeredOn(), k.due(), MaskedViews.masked(k, k.feedback()), MaskedViews.masked(k, k.rejectionReason()), k.stage(),
                k.acceptanceDue(), k.resolutionDue(), k.feedbackDue());
    }

    // ---- P2 workflow steps

    /** What a step adds in its transaction, after the case was changed. */
    private interface AfterStep {
        void run(Connection c, Complaint after, List<DomainEvent> out) throws SQLException;
    }

    /**
     * One workflow step: checks the actor and the state, then one conditional UPDATE on the state the
     * case was read in, its audit entry and whatever the step adds, in one transaction.
     */
    private Complaint step(Actor actor, long complaintId, ComplaintStep step, UnaryOperator<Complaint> change, AfterStep also) {
        ComplaintTexts.require(actor, Role.STAFF, "complaint.operation.handleComplaints");
        // S1: the role on the case's site, not on some site
        Complaint current = stored(complaintId);
        parts.requireAt(actor, WorkflowRules.supervisorOnly(step) ? Role.SUPERVISOR : Role.STAFF, current.siteId(),
                WorkflowRules.supervisorOnly(step) ? "complaint.operation.step." + step.name() : "complaint.operation.handleComplaints",
                "complaint", complaintId);
        List<DomainEvent> out = new ArrayList<>();
        Complaint saved = store.inTransaction(c -> {
            Complaint before = store.complaint(c, complaintId).orElseThrow(() -> unknown(complaintId)).complaint();
            if (WorkflowRules.supervisorOnly(step)) {
                ComplaintTexts.require(actor, Role.SUPERVISOR, "complaint.operation.step." + step.name());
            } else if (!MaskedViews.handles(parts.at(actor, before.siteId()), before)) {
                throw new AccessDenied(ComplaintTexts.text("complaint.error.step.notHandler", actor.username(), ComplaintTexts.name("complaint.step", step),
                        before.trackingNumber(), before.owner() == null ? ComplaintTexts.text("complaint.owner.none") : before.owner()));
            }
            WorkflowRules.check(before.trackingNumber(), before.status(), step);
            Complaint after = change.apply(before);
            if (!store.step(c, before, after)) {
                ComplaintStatus now = store.complaint(c, complaintId).map(r -> r.complaint().status()).orElse(before.status());
                throw WorkflowRules.refusal(before.trackingNumber(), now, step, true);
            }
            parts.audit.record(c, actor, step.name().toLowerCase(), "complaint", complaintId, CaseIntake.describe(before),
                    CaseIntake.describe(after));
            out.add(AreaEvents.ofCase(ComplaintEvents.COMPLAINT_STEP_TAKEN, after, ComplaintEvents.STEP, step.name(),
                    ComplaintEvents.PREVIOUS_STATUS, before.status().name(), ComplaintEvents.OWNER, after.owner()));
            if (also != null) {
                also.run(c, after, out);
            }
            return after;
        });
        parts.publish(out);
        return MaskedViews.of(parts.at(actor, saved.siteId()), saved);
    }

    @Override
    public Complaint assign(Actor actor, long complaintId, String ownerUsername) {
        new Validator().required("owner", ownerUsername).throwIfInvalid();
        Complaint current = stored(complaintId);
        String owner = ownerUsername.strip();
        Staff staff = SiteStaff.find(sites, current.siteId(), owner).orElseThrow(() -> ValidationException.of("owner", ComplaintTexts.text("complaint.error.staff.unknown", owner)));
        return step(actor, complaintId, ComplaintStep.ASSIGN,
                k -> k.toBuilder().status(ComplaintStatus.ASSIGNED).owner(staff.username()).build(), null);
    }

    @Override
    public Complaint startInvestigation(Actor actor, long complaintId) {
        return step(actor, complaintId, ComplaintStep.INVESTIGATE, k -> k.toBuilder().status(ComplaintStatus.INVESTIGATING).build(), null);
    }

    @Override
    public Complaint resolve(Actor actor, long complaintId, Resolution r) {
        ComplaintRules.check(r);
        Complaint current = stored(complaintId);
        String atFault = staffAtFault(current, r);
        LocalDate today = parts.today(current.siteId());
        WorkingDayCalendar calendar = sites.calendar(current.siteId());
        LocalDate due = r.rectificationDue() != null ? r.rectificationDue() : calendar.addWorkingDays(today, settings.rectificationDays());
        if (r.confirmed() && due.isBefore(today)) {
            throw ValidationException.of("rectificationDue", ComplaintTexts.text("complaint.error.rectificationDue.past", ComplaintTexts.day(due),
                    ComplaintTexts.day(today)));
        }
        String rectOwner = ComplaintRules.clean(r.rectificationOwner());
        if (rectOwner != null && sites.staff(current.siteId()).stream().noneMatch(s -> rectOwner.equalsIgnoreCase(s.username()))) {
            throw ValidationException.of("rectificationOwner", ComplaintTexts.text("complaint.error.staff.unknown", rectOwner));
        }
        Complaint resolved = step(actor, complaintId, ComplaintStep.RESOLVE, k -> k.toBuilder().status(ComplaintStatus.RESOLVED)
                .finding(r.finding().strip()).action(r.action().strip()).confirmed(r.confirmed()).staffAtFault(r.staffAtFault())
                .staffNumber(atFault).build(),
                (c, k, out) -> {
                    if (k.confirmed()) {
                        String what = ComplaintRules.clean(r.rectification()) == null ? k.action() : r.rectification().strip();
                        String owner = rectOwner != null ? rectOwner.toLowerCase() : k.owner() != null ? k.owner() : actor.username();
                        openRectification(c, actor, k, what, owner, due, out);
                    }
                });
        if (r.staffAtFault()) {
            proposeViolation(actor, resolved, r);
        }
        return resolved;
    }

    /**
     * P2/P4: the staff member a resolution finds at fault: the one the handler picked from the site's
     * staff (by staff number or account), else the one the case names; the case's own otherwise.
     */
    private String staffAtFault(Complaint current, Resolution r) {
        String picked = ComplaintRules.clean(r.staffNumber());
        if (picked != null) {
            return SiteStaff.find(sites, current.siteId(), picked).map(Staff::staffNumber)
                    .orElseThrow(() -> ValidationException.of("staffNumber", ComplaintTexts.text("complaint.error.staff.unknown", picked)));
        }
        if (r.staffAtFault() && current.staffNumber() == null) {
            throw ValidationException.of("staffNumber", ComplaintTexts.text("complaint.error.staffAtFault.none", current.trackingNumber()));
        }
        return current.staffNumber();
    }

    /** P4: the task of a confirmed case, in the resolving step's transaction. */
    private void openRectification(Connection c, Actor actor, Complaint k, String what, String owner, LocalDate due, List<DomainEvent> out)
            throws SQLException {
        Rectification draft = Rectification.builder().siteId(k.siteId()).complaintId(k.id()).trackingNumber(k.trackingNumber()).what(what)
                .owner(owner).due(due).openedAt(parts.now()).build();
        long id = store.insertRectification(c, draft);
        parts.audit.record(c, actor, "create", "rectification", id, null, k.trackingNumber() + " " + owner + " due " + due);
        out.add(AreaEvents.ofCase(ComplaintEvents.RECTIFICATION_OPENED, k, ComplaintEvents.RECTIFICATION_ID, id, ComplaintEvents.OWNER,
                owner, ComplaintEvents.DUE, due.toString()));
    }

    /** P4: a candidate only, for a supervisor to confirm or dismiss in conduct; without conduct it is logged. */
    private void proposeViolation(Actor actor, Complaint k, Resolution r) {
        String rule = ComplaintRules.clean(r.ruleCode()) == null ? settings.violationRule() : r.ruleCode().strip();
        ViolationProposer proposer = violations;
        if (proposer == null) {
            LOG.warn("Complaint {} finds {} at fault, but the conduct area is not running: no violation candidate was made",
                    k.trackingNumber(), k.staffNumber());
            return;
        }
        try {
            // the candidate's note reaches conduct's pages, the staff member's own among them: personal data masked (S3)
            String made = proposer.propose(actor, k.siteId(), k.staffNumber(), k.windowNumber(), rule,
                    "投诉 " + k.trackingNumber() + "：" + MaskedViews.masked(k, k.finding()));
            LOG.info("Complaint {}: violation candidate {}", k.trackingNumber(), made);
        } catch (HallException e) {
            LOG.warn("Complaint {}: the violation candidate for {} was refused: {}", k.trackingNumber(), k.staffNumber(), e.getMessage());
        }
    }

    @Override
    public Complaint giveFeedback(Actor actor, long complaintId, String feedback) {
        new Validator().required("feedback", feedback).maxLength("feedback", feedback, ComplaintRules.MAX_NOTE).throwIfInvalid();
        long siteId = stored(complaintId).siteId();
        // C3: the feedback to a complainant is a text staff send to a citizen
        TextChecks.requireAcceptable(textChecks, actor, siteId, "feedback", feedback);
        return step(actor, complaintId, ComplaintStep.GIVE_FEEDBACK,
                k -> k.toBuilder().status(ComplaintStatus.FEEDBACK_GIVEN).feedback(feedback.strip()).build(), null);
    }

    @Override
    public Complaint close(Actor actor, long complaintId) {
        return step(actor, complaintId, ComplaintStep.CLOSE,
                k -> k.toBuilder().status(ComplaintStatus.CLOSED).closedAt(parts.now()).build(), null);
    }

    @Override
    public Complaint reject(Actor actor, long complaintId, String reason) {
        new Validator().required("reason", reason).maxLength("reason", reason, ComplaintRules.MAX_NOTE)
                .citizenText("reason", reason, true).throwIfInvalid();
        return step(actor, complaintId, ComplaintStep.REJECT, k -> k.toBuilder().status(ComplaintStatus.REJECTED)
                .rejectionReason(reason.strip()).closedAt(parts.now()).build(), null);
    }

    // ---- S4 contact data

    @Override
    public Complaint changeContact(Actor actor, long complaintId, String contactName, String contactPhone) {
        String name = ComplaintRules.clean(contactName);
        String phone = ComplaintRules.clean(contactPhone);
        ComplaintRules.checkContact(name, phone);
        Complaint current = stored(complaintId);
        parts.requireAt(actor, Role.STAFF, current.siteId(), "complaint.operation.changeContact", "complaint", complaintId); // S1
        Message operation = ComplaintTexts.text("complaint.operation.changeContact"); // S4: named in the reader's language
        IdentityChecks checks = identityChecks;
        if (checks == null) {
            // fail closed: without the security area's checks nobody changes contact data
            throw new IdentityCheckNeeded(ComplaintTexts.text("complaint.error.identityChecks.unavailable"), false);
        }
        checks.requireFreshSignIn(actor, operation);
        checks.required(actor, IDENTITY_KIND, current.trackingNumber(), operation);
        Complaint saved = store.inTransaction(c -> {
            Complaint before = store.complaint(c, complaintId).orElseThrow(() -> unknown(complaintId)).complaint();
            if (!store.changeContact(c, before, name, phone)) {
                throw new Conflict(ComplaintTexts.text("complaint.error.contact.raced", before.trackingNumber()));
            }
            // S3: the audit log names what changed, never the values
            parts.audit.record(c, actor, "change-contact", "complaint", complaintId, CaseIntake.describe(before),
                    "contact changed after identity check (name " + (name == null ? "cleared" : "set") + ", phone "
                            + (phone == null ? "cleared" : "set") + ")");
            return before.toBuilder().contactName(name).contactPhone(phone).build();
        });
        return MaskedViews.of(parts.at(actor, saved.siteId()), saved);
    }

    @Override
    public IdentityCheck checkComplainant(Actor actor, long complaintId, IdentityDocument document, String number) {
        Complaint current = stored(complaintId);
        parts.requireAt(actor, Role.STAFF, current.siteId(), "complaint.operation.changeContact", "complaint", complaintId); // S1
        IdentityChecks checks = identityChecks;
        if (checks == null) {
            throw new IdentityCheckNeeded(ComplaintTexts.text("complaint.error.identityChecks.unavailable"), false);
        }
        return checks.record(actor, new IdentityCheckRequest(parts.sites.site(current.siteId()).code(), IDENTITY_KIND, current.trackingNumber(),
                document, number, null));
    }

    /** The kind of object a complaint's identity checks are recorded for (S4). */
    static final String IDENTITY_KIND = "complaint";
}
