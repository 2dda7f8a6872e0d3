package org.servicehall.conduct.internal.discipline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.persistence.Database;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * Discipline as an OSGi service: migrates the conduct schema (Flyway is idempotent, so it does not
 * matter whether the catalogue's component migrated first), and publishes events on EventAdmin
 * when one is present. Everything else is {@link Discipline}.
 */
@Component(service = DisciplineService.class, immediate = true)
public final class DisciplineComponent implements DisciplineService {
    private final Discipline discipline;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    /** When present, rule codes must name an enabled rule of the site's catalogue (C1). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConductCatalogue catalogue;

    @Activate
    public DisciplineComponent(@Reference Database database, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference Clock clock) {
        database.migrate("conduct", getClass().getClassLoader());
        this.discipline = new Discipline(new DisciplineStore(database.dataSource(), database.kind()), sites, audit, clock,
                this::publish, this::knownRule);
    }

    private boolean knownRule(long siteId, String code) {
        ConductCatalogue c = catalogue;
        return c == null || c.rule(siteId, code).filter(ConductRule::enabled).isPresent();
    }

    private void publish(String topic, Map<String, Object> properties) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(topic, properties));
        }
    }

    @Override
    public Inspection recordInspection(Actor actor, long siteId, InspectionDraft draft) {
        return discipline.recordInspection(actor, siteId, draft);
    }

    @Override
    public List<Inspection> inspections(long siteId, LocalDate from, LocalDate to) {
        return discipline.inspections(siteId, from, to);
    }

    @Override
    public Inspection inspection(long inspectionId) {
        return discipline.inspection(inspectionId);
    }

    @Override
    public Optional<byte[]> inspectionPhoto(long inspectionId) {
        return discipline.inspectionPhoto(inspectionId);
    }

    @Override
    public Violation proposeViolation(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode,
            ViolationSource source, Instant occurredAt, String note) {
        return discipline.proposeViolation(actor, siteId, staffNumber, windowNumber, ruleCode, source, occurredAt, note);
    }

    @Override
    public Violation confirmViolation(Actor actor, long violationId, String note) {
        return discipline.confirmViolation(actor, violationId, note);
    }

    @Override
    public Violation dismissViolation(Actor actor, long violationId, String reason) {
        return discipline.dismissViolation(actor, violationId, reason);
    }

    @Override
    public List<Violation> violations(long siteId, ViolationStatus status) {
        return discipline.violations(siteId, status);
    }

    @Override
    public List<Violation> violationsOf(long siteId, String staffNumber) {
        return discipline.violationsOf(siteId, staffNumber);
    }

    @Override
    public List<InspectionSlot> planInspections(Actor actor, long siteId, String isoWeek, int count, long seed) {
        return discipline.planInspections(actor, siteId, isoWeek, count, seed);
    }

    @Override
    public List<InspectionSlot> inspectionPlan(long siteId, String isoWeek) {
        return discipline.inspectionPlan(siteId, isoWeek);
    }

    @Override
    public DisciplineThresholds thresholds(long siteId) {
        return discipline.thresholds(siteId);
    }

    @Override
    public DisciplineThresholds setThresholds(Actor actor, long siteId, DisciplineThresholds thresholds) {
        return discipline.setThresholds(actor, siteId, thresholds);
    }

    @Override
    public List<Sanction> sanctions(long siteId) {
        return discipline.sanctions(siteId);
    }

    @Override
    public Sanction decideSanction(Actor actor, long sanctionId, boolean confirm, String note) {
        return discipline.decideSanction(actor, sanctionId, confirm, note);
    }

    @Override
    public List<Commendation> reviewCommendations(Actor actor, long siteId) {
        return discipline.reviewCommendations(actor, siteId);
    }

    @Override
    public List<Commendation> commendations(long siteId) {
        return discipline.commendations(siteId);
    }

    @Override
    public Commendation decideCommendation(Actor actor, long commendationId, boolean confirm, String note) {
        return discipline.decideCommendation(actor, commendationId, confirm, note);
    }

    @Override
    public GiftDeclaration declareGift(Actor actor, long siteId, GiftDeclarationDraft draft) {
        return discipline.declareGift(actor, siteId, draft);
    }

    @Override
    public GiftDeclaration reviewGift(Actor actor, long giftId, GiftStatus outcome, String note) {
        return discipline.reviewGift(actor, giftId, outcome, note);
    }

    @Override
    public List<GiftDeclaration> gifts(Actor actor, long siteId) {
        return discipline.gifts(actor, siteId);
    }

    @Override
    public Enquiry openEnquiry(Actor actor, long siteId, EnquiryDraft draft) {
        return discipline.openEnquiry(actor, siteId, draft);
    }

    @Override
    public Enquiry handOverEnquiry(Actor actor, long enquiryId, int toWindow, String toStaff, String note) {
        return discipline.handOverEnquiry(actor, enquiryId, toWindow, toStaff, note);
    }

    @Override
    public Enquiry answerEnquiry(Actor actor, long enquiryId, String answer) {
        return discipline.answerEnquiry(actor, enquiryId, answer);
    }

    @Override
    public Enquiry enquiry(long enquiryId) {
        return discipline.enquiry(enquiryId);
    }

    @Override
    public List<Enquiry> enquiries(long siteId, EnquiryStatus status) {
        return discipline.enquiries(siteId, status);
    }

    @Override
    public Dispute escalateDispute(Actor actor, long siteId, DisputeDraft draft) {
        return discipline.escalateDispute(actor, siteId, draft);
    }

    @Override
    public Dispute resolveDispute(Actor actor, long disputeId, String resolution) {
        return discipline.resolveDispute(actor, disputeId, resolution);
    }

    @Override
    public List<Dispute> disputes(long siteId) {
        return discipline.disputes(siteId);
    }
}
