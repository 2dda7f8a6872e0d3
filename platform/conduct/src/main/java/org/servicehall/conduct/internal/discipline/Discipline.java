package org.servicehall.conduct.internal.discipline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.Disputes;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.conduct.Violations;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The 1.x aggregate {@link DisciplineService}: its calls go to the area's services, which hold the
 * logic: {@link Inspections} and {@link Violations} (C4), {@link Sanctions} and {@link Commendations}
 * (C5), {@link Gifts} (C6), {@link Enquiries} (C7) and {@link Disputes} (C8). Built by hand on a data
 * source it is the whole of discipline in plain Java, for callers without a container (the bench);
 * in the container {@link DisciplineAggregate} offers it to callers that still reference the
 * aggregate. New operations go to the services only; this class goes when no caller needs it.
 */
public class Discipline implements DisciplineService {
    private final Inspections inspections;
    private final Violations violations;
    private final Sanctions sanctions;
    private final Commendations commendations;
    private final Gifts gifts;
    private final Enquiries enquiries;
    private final Disputes disputes;

    /** The area's services on one context. */
    Discipline(DisciplineContext context) {
        this(new InspectionsImpl(context), new ViolationsImpl(context), new SanctionsImpl(context), new CommendationsImpl(context),
                new GiftsImpl(context), new EnquiriesImpl(context), new DisputesImpl(context));
    }

    Discipline(Inspections inspections, Violations violations, Sanctions sanctions, Commendations commendations, Gifts gifts,
            Enquiries enquiries, Disputes disputes) {
        this.inspections = inspections;
        this.violations = violations;
        this.sanctions = sanctions;
        this.commendations = commendations;
        this.gifts = gifts;
        this.enquiries = enquiries;
        this.disputes = disputes;
    }

    /** For tools and benchmarks outside OSGi: the service on a (migrated) data source, with every rule code accepted. */
    public static Discipline onDataSource(DataSource dataSource, DatabaseKind kind, SiteService sites, AuditLog audit, Clock clock,
            BiConsumer<String, Map<String, Object>> publisher) {
        return new Discipline(new DisciplineContext(new DisciplineStore(dataSource, kind), sites, audit, clock,
                event -> publisher.accept(event.topic(), event.properties()), (site, code) -> true));
    }

    // ---- C4

    @Override
    public Inspection recordInspection(Actor actor, long siteId, InspectionDraft draft) {
        return inspections.recordInspection(actor, siteId, draft);
    }

    @Override
    public List<Inspection> inspections(long siteId, LocalDate from, LocalDate to) {
        return inspections.inspections(siteId, from, to);
    }

    @Override
    public Inspection inspection(long inspectionId) {
        return inspections.inspection(inspectionId);
    }

    @Override
    public Optional<byte[]> inspectionPhoto(long inspectionId) {
        return inspections.inspectionPhoto(inspectionId);
    }

    @Override
    public List<InspectionSlot> planInspections(Actor actor, long siteId, String isoWeek, int count, long seed) {
        return inspections.planInspections(actor, siteId, isoWeek, count, seed);
    }

    @Override
    public List<InspectionSlot> inspectionPlan(long siteId, String isoWeek) {
        return inspections.inspectionPlan(siteId, isoWeek);
    }

    @Override
    public Violation proposeViolation(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode,
            ViolationSource source, Instant occurredAt, String note) {
        return violations.proposeViolation(actor, siteId, staffNumber, windowNumber, ruleCode, source, occurredAt, note);
    }

    @Override
    public Violation confirmViolation(Actor actor, long violationId, String note) {
        return violations.confirmViolation(actor, violationId, note);
    }

    @Override
    public Violation dismissViolation(Actor actor, long violationId, String reason) {
        return violations.dismissViolation(actor, violationId, reason);
    }

    @Override
    public List<Violation> violations(long siteId, ViolationStatus status) {
        return violations.violations(siteId, status);
    }

    @Override
    public List<Violation> violationsOf(long siteId, String staffNumber) {
        return violations.violationsOf(siteId, staffNumber);
    }

    // ---- C5

    @Override
    public DisciplineThresholds thresholds(long siteId) {
        return sanctions.thresholds(siteId);
    }

    @Override
    public DisciplineThresholds setThresholds(Actor actor, long siteId, DisciplineThresholds thresholds) {
        return sanctions.setThresholds(actor, siteId, thresholds);
    }

    @Override
    public List<Sanction> sanctions(long siteId) {
        return sanctions.sanctions(siteId);
    }

    @Override
    public Sanction decideSanction(Actor actor, long sanctionId, boolean confirm, String note) {
        return sanctions.decideSanction(actor, sanctionId, confirm, note);
    }

    @Override
    public List<Commendation> reviewCommendations(Actor actor, long siteId) {
        return commendations.reviewCommendations(actor, siteId);
    }

    @Override
    public List<Commendation> commendations(long siteId) {
        return commendations.commendations(siteId);
    }

    @Override
    public Commendation decideCommendation(Actor actor, long commendationId, boolean confirm, String note) {
        return commendations.decideCommendation(actor, commendationId, confirm, note);
    }

    // ---- C6

    @Override
    public GiftDeclaration declareGift(Actor actor, long siteId, GiftDeclarationDraft draft) {
        return gifts.declareGift(actor, siteId, draft);
    }

    @Override
    public GiftDeclaration reviewGift(Actor actor, long giftId, GiftStatus outcome, String note) {
        return gifts.reviewGift(actor, giftId, outcome, note);
    }

    @Override
    public List<GiftDeclaration> gifts(Actor actor, long siteId) {
        return gifts.gifts(actor, siteId);
    }

    // ---- C7

    @Override
    public Enquiry openEnquiry(Actor actor, long siteId, EnquiryDraft draft) {
        return enquiries.openEnquiry(actor, siteId, draft);
    }

    @Override
    public Enquiry handOverEnquiry(Actor actor, long enquiryId, int toWindow, String toStaff, String note) {
        return enquiries.handOverEnquiry(actor, enquiryId, toWindow, toStaff, note);
    }

    @Override
    public Enquiry answerEnquiry(Actor actor, long enquiryId, String answer) {
        return enquiries.answerEnquiry(actor, enquiryId, answer);
    }

    @Override
    public Enquiry enquiry(long enquiryId) {
        return enquiries.enquiry(enquiryId);
    }

    @Override
    public List<Enquiry> enquiries(long siteId, EnquiryStatus status) {
        return enquiries.enquiries(siteId, status);
    }

    // ---- C8

    @Override
    public Dispute escalateDispute(Actor actor, long siteId, DisputeDraft draft) {
        return disputes.escalateDispute(actor, siteId, draft);
    }

    @Override
    public Dispute resolveDispute(Actor actor, long disputeId, String resolution) {
        return disputes.resolveDispute(actor, disputeId, resolution);
    }

    @Override
    public List<Dispute> disputes(long siteId) {
        return disputes.disputes(siteId);
    }
}
