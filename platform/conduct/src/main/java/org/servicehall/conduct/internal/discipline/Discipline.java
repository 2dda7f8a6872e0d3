package org.servicehall.conduct.internal.discipline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryHandOver;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.SanctionLevel;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationFinding;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;

/**
 * Discipline (C4-C8) in plain Java over {@link DisciplineStore}: role checks, validation, the
 * existence of sites, windows and staff, state rules, the audit entry in the same transaction, and
 * events published once the transaction has committed. The DS component is a thin adapter.
 */
public final class Discipline implements DisciplineService {
    static final String INSPECTION = "Inspection";
    static final String VIOLATION = "Violation";
    static final String SANCTION = "Sanction";
    static final String COMMENDATION = "Commendation";
    static final String GIFT = "GiftDeclaration";
    static final String ENQUIRY = "Enquiry";
    static final String DISPUTE = "Dispute";

    private final DisciplineStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final BiConsumer<String, Map<String, Object>> publisher;
    private final BiPredicate<Long, String> knownRule;

    /**
     * @param publisher receives each event (topic, properties) after its transaction committed
     * @param knownRule whether a rule code is in the site's conduct catalogue (when a catalogue is
     *        present; otherwise any well-formed code is accepted)
     */
    public Discipline(DisciplineStore store, SiteService sites, AuditLog audit, Clock clock,
            BiConsumer<String, Map<String, Object>> publisher, BiPredicate<Long, String> knownRule) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.publisher = publisher;
        this.knownRule = knownRule;
    }

    /** For tools and benchmarks outside OSGi: the service on a data source, with every rule code accepted. */
    public static Discipline onDataSource(javax.sql.DataSource dataSource, org.servicehall.persistence.DatabaseKind kind, SiteService sites,
            AuditLog audit, Clock clock, BiConsumer<String, Map<String, Object>> publisher) {
        return new Discipline(new DisciplineStore(dataSource, kind), sites, audit, clock, publisher, (site, code) -> true);
    }

    /** Events gathered during a transaction, published after it committed. */
    private final class Outbox {
        private final List<Map.Entry<String, Map<String, Object>>> events = new ArrayList<>();

        void add(String topic, long siteId, long id, Object... keyValues) {
            Map<String, Object> props = new HashMap<>();
            props.put(DisciplineEvents.SITE, siteId);
            props.put(DisciplineEvents.ID, id);
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                if (keyValues[i + 1] != null) {
                    props.put((String) keyValues[i], keyValues[i + 1] instanceof Enum<?> e ? e.name() : keyValues[i + 1]);
                }
            }
            events.add(Map.entry(topic, Map.copyOf(props)));
        }

        void publish() {
            events.forEach(e -> publisher.accept(e.getKey(), e.getValue()));
        }
    }

    // ---- lookups

    private Site site(long siteId) {
        return sites.site(siteId);
    }

    private Staff staff(long siteId, String staffNumber) {
        String n = staffNumber == null ? "" : staffNumber.trim();
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new NotFound("Staff member", n));
    }

    private Window window(long siteId, int number) {
        return sites.windows(siteId).stream().filter(w -> w.number() == number).findFirst()
                .orElseThrow(() -> new NotFound("Window", number));
    }

    /** The actor's staff number at the site, when the account belongs to a staff member there. */
    Optional<String> staffNumberOf(Actor actor, long siteId) {
        return sites.staff(siteId).stream().filter(s -> s.username() != null && s.username().equalsIgnoreCase(actor.username()))
                .map(Staff::staffNumber).findFirst();
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- C4 inspections and violations

    @Override
    public Inspection recordInspection(Actor actor, long siteId, InspectionDraft draft) {
        actor.require(Role.SUPERVISOR, "record an inspection");
        Instant now = clock.instant();
        Optional<String> photoType = DisciplineRules.checkInspection(draft, now);
        site(siteId);
        Window window = window(siteId, draft.windowNumber());
        Staff staff = staff(siteId, draft.staffNumber());
        Validator v = new Validator();
        for (int i = 0; i < draft.findings().size(); i++) {
            String code = draft.findings().get(i).ruleCode().trim();
            v.check(knownRule.test(siteId, code), "findings[" + i + "].ruleCode", "'" + code
                    + "' is not a rule of the site's conduct catalogue");
        }
        v.throwIfInvalid();
        Instant at = draft.at() == null ? now : draft.at();
        Outbox out = new Outbox();
        Inspection saved = store.inTransaction(c -> {
            if (draft.slotId() != null) {
                InspectionSlot slot = store.slot(c, draft.slotId()).filter(s -> s.siteId() == siteId)
                        .orElseThrow(() -> new NotFound("Inspection slot", draft.slotId()));
                if (slot.done()) {
                    throw new Conflict("inspection slot " + slot.id() + " was already carried out by inspection " + slot.inspectionId());
                }
            }
            long id = store.insertInspection(c, siteId, window.number(), staff.staffNumber(), at, actor.username(),
                    trimmed(draft.note()), photoType.orElse(null), draft.slotId(), now);
            if (draft.photo() != null) {
                store.insertPhoto(c, id, draft.photo());
            }
            if (draft.slotId() != null && !store.markSlotDone(c, draft.slotId(), id)) {
                throw new Conflict("inspection slot " + draft.slotId() + " was carried out by another inspection just now");
            }
            for (ViolationFinding f : draft.findings()) {
                long vid = store.insertViolation(c, siteId, staff.staffNumber(), window.number(), f.ruleCode().trim(),
                        ViolationSource.INSPECTION, ViolationStatus.CONFIRMED, at, trimmed(f.note()), id, actor.username(), now);
                out.add(DisciplineEvents.VIOLATION_RECORDED, siteId, vid, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                        DisciplineEvents.WINDOW, window.number(), DisciplineEvents.RULE, f.ruleCode().trim(),
                        DisciplineEvents.SOURCE, ViolationSource.INSPECTION, DisciplineEvents.STATUS, ViolationStatus.CONFIRMED);
            }
            Inspection inspection = store.inspection(c, id).orElseThrow();
            audit.record(c, actor, "create", INSPECTION, id, null, inspection);
            if (!draft.findings().isEmpty()) {
                climbLadder(c, actor, siteId, staff.staffNumber(), now, out);
            }
            out.add(DisciplineEvents.INSPECTION_RECORDED, siteId, id, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                    DisciplineEvents.WINDOW, window.number(), DisciplineEvents.CLEAN, inspection.clean());
            return inspection;
        });
        out.publish();
        return saved;
    }

    @Override
    public List<Inspection> inspections(long siteId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return store.read(c -> store.inspections(c, siteId, start, end));
    }

    @Override
    public Inspection inspection(long inspectionId) {
        return store.read(c -> store.inspection(c, inspectionId)).orElseThrow(() -> new NotFound(INSPECTION, inspectionId));
    }

    @Override
    public Optional<byte[]> inspectionPhoto(long inspectionId) {
        return store.read(c -> store.photo(c, inspectionId));
    }

    @Override
    public Violation proposeViolation(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode,
            ViolationSource source, Instant occurredAt, String note) {
        actor.require(Role.STAFF, "propose a violation");
        Instant now = clock.instant();
        DisciplineRules.checkCandidate(staffNumber, windowNumber, ruleCode, source, occurredAt, note, now);
        if (source == ViolationSource.INSPECTION) {
            throw ValidationException.of("source", "violations seen in an inspection are recorded with the inspection");
        }
        site(siteId);
        Staff staff = staff(siteId, staffNumber);
        if (windowNumber != null) {
            window(siteId, windowNumber);
        }
        String code = ruleCode.trim();
        if (!knownRule.test(siteId, code)) {
            throw ValidationException.of("ruleCode", "'" + code + "' is not a rule of the site's conduct catalogue");
        }
        Outbox out = new Outbox();
        Violation saved = store.inTransaction(c -> {
            long id = store.insertViolation(c, siteId, staff.staffNumber(), windowNumber, code, source, ViolationStatus.CANDIDATE,
                    occurredAt == null ? now : occurredAt, trimmed(note), null, actor.username(), now);
            Violation v = store.violation(c, id);
            audit.record(c, actor, "propose", VIOLATION, id, null, v);
            out.add(DisciplineEvents.VIOLATION_RECORDED, siteId, id, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                    DisciplineEvents.WINDOW, windowNumber, DisciplineEvents.RULE, code, DisciplineEvents.SOURCE, source,
                    DisciplineEvents.STATUS, ViolationStatus.CANDIDATE);
            return v;
        });
        out.publish();
        return saved;
    }

    @Override
    public Violation confirmViolation(Actor actor, long violationId, String note) {
        return decideViolation(actor, violationId, true, note);
    }

    @Override
    public Violation dismissViolation(Actor actor, long violationId, String reason) {
        return decideViolation(actor, violationId, false, reason);
    }

    private Violation decideViolation(Actor actor, long id, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, confirm ? "confirm a violation" : "dismiss a violation");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Violation saved = store.inTransaction(c -> {
            Violation before = store.violation(c, id);
            DisciplineRules.checkDecision(id, before.status(), confirm, note);
            ViolationStatus to = confirm ? ViolationStatus.CONFIRMED : ViolationStatus.DISMISSED;
            if (!store.decideViolation(c, id, ViolationStatus.CANDIDATE, to, actor.username(), now, trimmed(note))) {
                throw new Conflict("violation " + id + " was decided by someone else just now");
            }
            Violation after = store.violation(c, id);
            audit.record(c, actor, confirm ? "confirm" : "dismiss", VIOLATION, id, before, after);
            out.add(confirm ? DisciplineEvents.VIOLATION_CONFIRMED : DisciplineEvents.VIOLATION_DISMISSED, after.siteId(), id,
                    DisciplineEvents.STAFF_NUMBER, after.staffNumber(), DisciplineEvents.RULE, after.ruleCode(),
                    DisciplineEvents.STATUS, to);
            if (confirm) {
                climbLadder(c, actor, after.siteId(), after.staffNumber(), now, out);
            }
            return after;
        });
        out.publish();
        return saved;
    }

    @Override
    public List<Violation> violations(long siteId, ViolationStatus status) {
        return store.read(c -> store.violations(c, siteId, status));
    }

    @Override
    public List<Violation> violationsOf(long siteId, String staffNumber) {
        return store.read(c -> store.violationsOf(c, siteId, staffNumber == null ? "" : staffNumber.trim()));
    }

    @Override
    public List<InspectionSlot> planInspections(Actor actor, long siteId, String isoWeek, int count, long seed) {
        actor.require(Role.SUPERVISOR, "plan inspections");
        Site site = site(siteId);
        Set<Integer> windows = sites.windows(siteId).stream().map(Window::number).collect(Collectors.toSet());
        var calendar = sites.calendar(siteId);
        String week = isoWeek == null ? null : isoWeek.trim();
        List<InspectionPlanner.PlannedSlot> plan = InspectionPlanner.plan(week, count, seed, calendar::isWorkingDay, site.opensAt(),
                site.closesAt(), windows);
        List<InspectionSlot> saved = store.inTransaction(c -> {
            List<InspectionSlot> before = store.slots(c, siteId, week);
            store.deleteOpenSlots(c, siteId, week);
            for (InspectionPlanner.PlannedSlot p : plan) {
                store.insertSlot(c, siteId, week, seed, p.at(), p.windowNumber());
            }
            List<InspectionSlot> after = store.slots(c, siteId, week);
            audit.record(c, actor, "plan", "InspectionPlan", siteId + "/" + week, before.size() + " slots",
                    "seed " + seed + ": " + plan.size() + " new slots " + plan);
            return after;
        });
        return saved;
    }

    @Override
    public List<InspectionSlot> inspectionPlan(long siteId, String isoWeek) {
        String week = isoWeek == null ? "" : isoWeek.trim();
        InspectionPlanner.mondayOf(week);
        return store.read(c -> store.slots(c, siteId, week));
    }

    // ---- C5 penalty ladder and commendations

    @Override
    public DisciplineThresholds thresholds(long siteId) {
        return store.read(c -> store.thresholds(c, siteId)).orElse(DisciplineThresholds.DEFAULTS);
    }

    @Override
    public DisciplineThresholds setThresholds(Actor actor, long siteId, DisciplineThresholds thresholds) {
        actor.require(Role.SUPERVISOR, "change the penalty ladder");
        PenaltyLadder.validate(thresholds);
        site(siteId);
        return store.inTransaction(c -> {
            DisciplineThresholds before = store.thresholds(c, siteId).orElse(DisciplineThresholds.DEFAULTS);
            store.saveThresholds(c, siteId, thresholds);
            audit.record(c, actor, "update", "DisciplineThresholds", siteId, before, thresholds);
            return thresholds;
        });
    }

    /**
     * C5: counts the staff member's confirmed violations in the site's window and proposes the next
     * step, if one is reached and was never proposed.
     */
    private void climbLadder(Connection c, Actor actor, long siteId, String staffNumber, Instant now, Outbox out)
            throws SQLException {
        PenaltyLadder ladder = new PenaltyLadder(store.thresholds(c, siteId).orElse(DisciplineThresholds.DEFAULTS));
        Instant since = ZonedDateTime.ofInstant(now, clock.getZone()).minusMonths(ladder.thresholds().windowMonths()).toInstant();
        int count = store.confirmedSince(c, siteId, staffNumber, since).size();
        Optional<SanctionLevel> next = ladder.nextProposal(count, store.proposedLevels(c, siteId, staffNumber));
        if (next.isEmpty()) {
            return;
        }
        Optional<Long> id = store.insertSanction(c, siteId, staffNumber, next.get(), count, now);
        if (id.isPresent()) {
            audit.record(c, actor, "propose", SANCTION, id.get(), null, store.sanction(c, id.get()));
            out.add(DisciplineEvents.SANCTION_PROPOSED, siteId, id.get(), DisciplineEvents.STAFF_NUMBER, staffNumber,
                    DisciplineEvents.LEVEL, next.get());
        }
    }

    @Override
    public List<Sanction> sanctions(long siteId) {
        return store.read(c -> store.sanctions(c, siteId));
    }

    @Override
    public Sanction decideSanction(Actor actor, long sanctionId, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, "decide a sanction");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Sanction saved = store.inTransaction(c -> {
            Sanction before = store.sanction(c, sanctionId);
            DisciplineRules.checkProposalDecision("sanction", sanctionId, before.status(), confirm, note);
            DisciplineStatus to = confirm ? DisciplineStatus.CONFIRMED : DisciplineStatus.REJECTED;
            if (!store.decide(c, "sh_sanction", sanctionId, to, actor.username(), now, trimmed(note))) {
                throw new Conflict("sanction " + sanctionId + " was decided by someone else just now");
            }
            Sanction after = store.sanction(c, sanctionId);
            audit.record(c, actor, confirm ? "confirm" : "reject", SANCTION, sanctionId, before, after);
            out.add(DisciplineEvents.SANCTION_DECIDED, after.siteId(), sanctionId, DisciplineEvents.STAFF_NUMBER, after.staffNumber(),
                    DisciplineEvents.LEVEL, after.level(), DisciplineEvents.STATUS, to);
            return after;
        });
        out.publish();
        return saved;
    }

    @Override
    public List<Commendation> reviewCommendations(Actor actor, long siteId) {
        actor.require(Role.SUPERVISOR, "review commendations");
        site(siteId);
        Instant now = clock.instant();
        YearMonth lastFull = YearMonth.now(clock).minusMonths(1);
        List<Staff> active = sites.staff(siteId).stream().filter(Staff::active).toList();
        Outbox out = new Outbox();
        List<Commendation> saved = store.inTransaction(c -> {
            PenaltyLadder ladder = new PenaltyLadder(store.thresholds(c, siteId).orElse(DisciplineThresholds.DEFAULTS));
            YearMonth first = lastFull.minusMonths(ladder.thresholds().commendationMonths() - 1L);
            Instant since = first.atDay(1).atStartOfDay(clock.getZone()).toInstant().minusSeconds(1);
            List<Commendation> made = new ArrayList<>();
            for (Staff s : active) {
                List<YearMonth> months = store.confirmedSince(c, siteId, s.staffNumber(), since).stream()
                        .map(i -> YearMonth.from(i.atZone(clock.getZone()))).toList();
                Optional<YearMonth[]> due = ladder.commendationDue(lastFull, months, store.commendedThrough(c, siteId, s.staffNumber()));
                if (due.isEmpty()) {
                    continue;
                }
                Optional<Long> id = store.insertCommendation(c, siteId, s.staffNumber(), due.get()[0], due.get()[1], now);
                if (id.isPresent()) {
                    Commendation made1 = store.commendation(c, id.get());
                    audit.record(c, actor, "propose", COMMENDATION, id.get(), null, made1);
                    out.add(DisciplineEvents.COMMENDATION_PROPOSED, siteId, id.get(), DisciplineEvents.STAFF_NUMBER, s.staffNumber());
                    made.add(made1);
                }
            }
            return made;
        });
        out.publish();
        return saved;
    }

    @Override
    public List<Commendation> commendations(long siteId) {
        return store.read(c -> store.commendations(c, siteId));
    }

    @Override
    public Commendation decideCommendation(Actor actor, long commendationId, boolean confirm, String note) {
        actor.require(Role.SUPERVISOR, "decide a commendation");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Commendation saved = store.inTransaction(c -> {
            Commendation before = store.commendation(c, commendationId);
            DisciplineRules.checkProposalDecision("commendation", commendationId, before.status(), confirm, note);
            DisciplineStatus to = confirm ? DisciplineStatus.CONFIRMED : DisciplineStatus.REJECTED;
            if (!store.decide(c, "sh_commendation", commendationId, to, actor.username(), now, trimmed(note))) {
                throw new Conflict("commendation " + commendationId + " was decided by someone else just now");
            }
            Commendation after = store.commendation(c, commendationId);
            audit.record(c, actor, confirm ? "confirm" : "reject", COMMENDATION, commendationId, before, after);
            out.add(DisciplineEvents.COMMENDATION_DECIDED, after.siteId(), commendationId, DisciplineEvents.STAFF_NUMBER,
                    after.staffNumber(), DisciplineEvents.STATUS, to);
            return after;
        });
        out.publish();
        return saved;
    }

    // ---- C6 gifts

    @Override
    public GiftDeclaration declareGift(Actor actor, long siteId, GiftDeclarationDraft draft) {
        actor.require(Role.STAFF, "declare a gift");
        DisciplineRules.checkGift(draft, LocalDate.now(clock));
        site(siteId);
        Staff staff = staff(siteId, draft.staffNumber());
        DisciplineRules.requireSelfOrSupervisor(actor, staffNumberOf(actor, siteId), staff.staffNumber(), "declare a gift");
        GiftDeclarationDraft d = new GiftDeclarationDraft(staff.staffNumber(), draft.item(), draft.estimatedValue(), draft.giver(),
                draft.receivedOn(), draft.circumstances(), draft.handedTo());
        Instant now = clock.instant();
        Outbox out = new Outbox();
        GiftDeclaration saved = store.inTransaction(c -> {
            long id = store.insertGift(c, siteId, d, actor.username(), now);
            GiftDeclaration g = store.gift(c, id);
            audit.record(c, actor, "create", GIFT, id, null, g);
            out.add(DisciplineEvents.GIFT_DECLARED, siteId, id, DisciplineEvents.STAFF_NUMBER, g.staffNumber());
            return g;
        });
        out.publish();
        return saved;
    }

    @Override
    public GiftDeclaration reviewGift(Actor actor, long giftId, GiftStatus outcome, String note) {
        actor.require(Role.SUPERVISOR, "review a gift declaration");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        GiftDeclaration saved = store.inTransaction(c -> {
            GiftDeclaration before = store.gift(c, giftId);
            DisciplineRules.checkGiftReview(giftId, before.status(), outcome, note);
            if (!store.reviewGift(c, giftId, outcome, actor.username(), now, trimmed(note))) {
                throw new Conflict("gift declaration " + giftId + " was reviewed by someone else just now");
            }
            GiftDeclaration after = store.gift(c, giftId);
            audit.record(c, actor, "review", GIFT, giftId, before, after);
            out.add(DisciplineEvents.GIFT_REVIEWED, after.siteId(), giftId, DisciplineEvents.STAFF_NUMBER, after.staffNumber(),
                    DisciplineEvents.STATUS, outcome);
            return after;
        });
        out.publish();
        return saved;
    }

    @Override
    public List<GiftDeclaration> gifts(Actor actor, long siteId) {
        actor.require(Role.STAFF, "see gift declarations");
        if (actor.has(Role.SUPERVISOR)) {
            return store.read(c -> store.gifts(c, siteId, null));
        }
        Optional<String> own = staffNumberOf(actor, siteId);
        return own.isEmpty() ? List.of() : store.read(c -> store.gifts(c, siteId, own.get()));
    }

    // ---- C7 enquiries

    @Override
    public Enquiry openEnquiry(Actor actor, long siteId, EnquiryDraft draft) {
        actor.require(Role.STAFF, "open an enquiry");
        DisciplineRules.checkEnquiry(draft);
        site(siteId);
        Window window = window(siteId, draft.windowNumber());
        Staff staff = staff(siteId, draft.staffNumber());
        DisciplineRules.requireSelfOrSupervisor(actor, staffNumberOf(actor, siteId), staff.staffNumber(), "open an enquiry");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Enquiry saved = store.inTransaction(c -> {
            long id = store.insertEnquiry(c, siteId, window.number(), staff.staffNumber(), draft.citizen().trim(),
                    draft.question().trim(), now);
            Enquiry e = store.enquiry(c, id, false);
            audit.record(c, actor, "create", ENQUIRY, id, null, e);
            out.add(DisciplineEvents.ENQUIRY_OPENED, siteId, id, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                    DisciplineEvents.WINDOW, window.number());
            return e;
        });
        out.publish();
        return saved;
    }

    @Override
    public Enquiry handOverEnquiry(Actor actor, long enquiryId, int toWindow, String toStaff, String note) {
        actor.require(Role.STAFF, "hand over an enquiry");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Enquiry saved = store.inTransaction(c -> {
            Enquiry before = store.enquiry(c, enquiryId, true);
            EnquiryRules.requireOwner(actor, staffNumberOf(actor, before.siteId()), before, "hand over");
            EnquiryRules.checkHandOver(before, toWindow, toStaff == null ? null : toStaff.trim(), note);
            Window window = window(before.siteId(), toWindow);
            Staff staff = staff(before.siteId(), toStaff);
            if (window.number() == before.ownerWindow() && staff.staffNumber().equals(before.ownerStaff())) {
                throw ValidationException.of("toStaff", "is the current owner; hand over to someone else");
            }
            if (!store.moveEnquiry(c, enquiryId, before.ownerWindow(), before.ownerStaff(), window.number(), staff.staffNumber())) {
                throw new Conflict("enquiry " + enquiryId + " changed hands just now");
            }
            store.insertHandOver(c, enquiryId, new EnquiryHandOver(now, before.ownerWindow(), before.ownerStaff(), window.number(),
                    staff.staffNumber(), note.trim(), actor.username()));
            Enquiry after = store.enquiry(c, enquiryId, false);
            audit.record(c, actor, "hand-over", ENQUIRY, enquiryId, before, after);
            out.add(DisciplineEvents.ENQUIRY_HANDED_OVER, before.siteId(), enquiryId, DisciplineEvents.STAFF_NUMBER,
                    staff.staffNumber(), DisciplineEvents.WINDOW, window.number(), DisciplineEvents.FROM_WINDOW, before.ownerWindow());
            return after;
        });
        out.publish();
        return saved;
    }

    @Override
    public Enquiry answerEnquiry(Actor actor, long enquiryId, String answer) {
        actor.require(Role.STAFF, "answer an enquiry");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Enquiry saved = store.inTransaction(c -> {
            Enquiry before = store.enquiry(c, enquiryId, true);
            EnquiryRules.requireOwner(actor, staffNumberOf(actor, before.siteId()), before, "answer");
            EnquiryRules.checkAnswer(answer);
            if (!store.answerEnquiry(c, enquiryId, answer.trim(), actor.username(), now)) {
                throw new Conflict("enquiry " + enquiryId + " was answered by someone else just now");
            }
            Enquiry after = store.enquiry(c, enquiryId, false);
            audit.record(c, actor, "answer", ENQUIRY, enquiryId, before, after);
            out.add(DisciplineEvents.ENQUIRY_ANSWERED, after.siteId(), enquiryId, DisciplineEvents.STAFF_NUMBER, after.ownerStaff(),
                    DisciplineEvents.WINDOW, after.ownerWindow());
            return after;
        });
        out.publish();
        return saved;
    }

    @Override
    public Enquiry enquiry(long enquiryId) {
        return store.read(c -> store.enquiry(c, enquiryId, false));
    }

    @Override
    public List<Enquiry> enquiries(long siteId, EnquiryStatus status) {
        return store.read(c -> store.enquiries(c, siteId, status));
    }

    // ---- C8 disputes

    @Override
    public Dispute escalateDispute(Actor actor, long siteId, DisputeDraft draft) {
        actor.require(Role.STAFF, "escalate a dispute");
        DisciplineRules.checkDispute(draft);
        site(siteId);
        window(siteId, draft.windowNumber());
        Staff staff = staff(siteId, draft.staffNumber());
        DisputeDraft d = new DisputeDraft(draft.windowNumber(), staff.staffNumber(), draft.description(), draft.escalatedTo());
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Dispute saved = store.inTransaction(c -> {
            long id = store.insertDispute(c, siteId, d, actor.username(), now);
            Dispute dispute = store.dispute(c, id);
            audit.record(c, actor, "escalate", DISPUTE, id, null, dispute);
            out.add(DisciplineEvents.DISPUTE_ESCALATED, siteId, id, DisciplineEvents.STAFF_NUMBER, dispute.staffNumber(),
                    DisciplineEvents.WINDOW, dispute.windowNumber(), DisciplineEvents.ESCALATED_TO, dispute.escalatedTo());
            return dispute;
        });
        out.publish();
        return saved;
    }

    @Override
    public Dispute resolveDispute(Actor actor, long disputeId, String resolution) {
        actor.require(Role.SUPERVISOR, "resolve a dispute");
        Instant now = clock.instant();
        Outbox out = new Outbox();
        Dispute saved = store.inTransaction(c -> {
            Dispute before = store.dispute(c, disputeId);
            DisciplineRules.checkResolution(actor, staffNumberOf(actor, before.siteId()), disputeId, before.staffNumber(),
                    before.status(), resolution);
            if (!store.resolveDispute(c, disputeId, resolution.trim(), actor.username(), now)) {
                throw new Conflict("dispute " + disputeId + " was resolved by someone else just now");
            }
            Dispute after = store.dispute(c, disputeId);
            audit.record(c, actor, "resolve", DISPUTE, disputeId, before, after);
            out.add(DisciplineEvents.DISPUTE_RESOLVED, after.siteId(), disputeId, DisciplineEvents.STAFF_NUMBER, after.staffNumber(),
                    DisciplineEvents.WINDOW, after.windowNumber());
            return after;
        });
        out.publish();
        return saved;
    }

    @Override
    public List<Dispute> disputes(long siteId) {
        return store.read(c -> store.disputes(c, siteId));
    }

    /** Whether the actor is the staff member concerned (for screens that hide actions). */
    boolean isStaffMember(Actor actor, long siteId, String staffNumber) {
        return staffNumberOf(actor, siteId).map(n -> n.equals(staffNumber)).orElse(false);
    }
}
