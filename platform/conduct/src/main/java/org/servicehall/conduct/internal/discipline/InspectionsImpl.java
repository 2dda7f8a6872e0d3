package org.servicehall.conduct.internal.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.ViolationFinding;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.Staff;
import org.servicehall.site.WorkingDayCalendar;
import org.servicehall.site.Window;

/**
 * C4 spot checks: the inspection with its photo and its findings, each a confirmed violation that
 * may take the staff member up the ladder ({@link SanctionProposer}); the week's random plan drawn
 * by {@link InspectionPlanner}.
 */
@Component(service = Inspections.class)
public final class InspectionsImpl implements Inspections {
    static final String AUDITED = "Inspection";

    private final DisciplineContext context;
    private final DisciplineStore store;
    private final SanctionProposer ladder;

    @Activate
    public InspectionsImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
        this.ladder = new SanctionProposer(context);
    }

    @Override
    public Inspection recordInspection(Actor actor, long siteId, InspectionDraft draft) {
        actor.require(Role.SUPERVISOR, "record an inspection");
        Instant now = context.clock().instant();
        Optional<String> photoType = DisciplineRules.checkInspection(draft, now);
        context.requireAt(actor, Role.SUPERVISOR, siteId, "recordInspection", "site", siteId);
        Window window = context.window(siteId, draft.windowNumber());
        Staff staff = context.staff(siteId, draft.staffNumber());
        Validator v = new Validator();
        for (int i = 0; i < draft.findings().size(); i++) {
            String code = draft.findings().get(i).ruleCode().trim();
            v.check(context.knownRule(siteId, code), "findings[" + i + "].ruleCode", "'" + code
                    + "' is not a rule of the site's conduct catalogue");
        }
        v.throwIfInvalid();
        Instant at = draft.at() == null ? now : draft.at();
        return context.change((c, out) -> {
            if (draft.slotId() != null) {
                InspectionSlot slot = store.slot(c, draft.slotId()).filter(s -> s.siteId() == siteId)
                        .orElseThrow(() -> new NotFound(DisciplineRules.TEXTS.message("discipline.error.notFound", DisciplineRules.TEXTS.message("discipline.thing.slot"), String.valueOf(draft.slotId()))));
                if (slot.done()) {
                    throw new Conflict(DisciplineRules.TEXTS.message("discipline.error.slotDone", slot.id(), slot.inspectionId()));
                }
            }
            long id = store.insertInspection(c, siteId, window.number(), staff.staffNumber(), at, actor.username(),
                    DisciplineContext.trimmed(draft.note()), photoType.orElse(null), draft.slotId(), now);
            if (draft.photo() != null) {
                store.insertPhoto(c, id, draft.photo());
            }
            if (draft.slotId() != null && !store.markSlotDone(c, draft.slotId(), id)) {
                throw new Conflict(DisciplineRules.TEXTS.message("discipline.error.slotMeanwhile", draft.slotId()));
            }
            for (ViolationFinding f : draft.findings()) {
                long vid = store.insertViolation(c, siteId, staff.staffNumber(), window.number(), f.ruleCode().trim(),
                        ViolationSource.INSPECTION, ViolationStatus.CONFIRMED, at, DisciplineContext.trimmed(f.note()), id,
                        actor.username(), now);
                out.add(DisciplineEvents.VIOLATION_RECORDED, siteId, vid, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                        DisciplineEvents.WINDOW, window.number(), DisciplineEvents.RULE, f.ruleCode().trim(),
                        DisciplineEvents.SOURCE, ViolationSource.INSPECTION, DisciplineEvents.STATUS, ViolationStatus.CONFIRMED);
            }
            Inspection inspection = store.inspection(c, id).orElseThrow();
            context.audit().record(c, actor, "create", AUDITED, id, null, inspection);
            if (!draft.findings().isEmpty()) {
                ladder.climb(c, actor, siteId, staff.staffNumber(), now, out);
            }
            out.add(DisciplineEvents.INSPECTION_RECORDED, siteId, id, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                    DisciplineEvents.WINDOW, window.number(), DisciplineEvents.CLEAN, inspection.clean());
            return inspection;
        });
    }

    @Override
    public List<Inspection> inspections(long siteId, LocalDate from, LocalDate to) {
        ZoneId zone = context.clock(siteId).getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return store.read(c -> store.inspections(c, siteId, start, end));
    }

    @Override
    public Inspection inspection(long inspectionId) {
        return store.read(c -> store.inspection(c, inspectionId)).orElseThrow(() -> new NotFound(AUDITED, inspectionId));
    }

    @Override
    public Optional<byte[]> inspectionPhoto(long inspectionId) {
        return store.read(c -> store.photo(c, inspectionId));
    }

    @Override
    public List<InspectionSlot> planInspections(Actor actor, long siteId, String isoWeek, int count, long seed) {
        actor.require(Role.SUPERVISOR, "plan inspections");
        context.requireAt(actor, Role.SUPERVISOR, siteId, "planInspections", "site", siteId);
        Site site = context.site(siteId);
        Set<Integer> windows = context.sites().windows(siteId).stream().map(Window::number).collect(Collectors.toSet());
        WorkingDayCalendar calendar = context.sites().calendar(siteId);
        String week = isoWeek == null ? null : isoWeek.trim();
        List<InspectionPlanner.PlannedSlot> plan = InspectionPlanner.plan(week, count, seed, calendar::isWorkingDay, site.opensAt(),
                site.closesAt(), windows);
        return store.inTransaction(c -> {
            List<InspectionSlot> before = store.slots(c, siteId, week);
            store.deleteOpenSlots(c, siteId, week);
            for (InspectionPlanner.PlannedSlot p : plan) {
                store.insertSlot(c, siteId, week, seed, p.at(), p.windowNumber());
            }
            List<InspectionSlot> after = store.slots(c, siteId, week);
            context.audit().record(c, actor, "plan", "InspectionPlan", siteId + "/" + week, before.size() + " slots",
                    "seed " + seed + ": " + plan.size() + " new slots " + plan);
            return after;
        });
    }

    @Override
    public List<InspectionSlot> inspectionPlan(long siteId, String isoWeek) {
        String week = isoWeek == null ? "" : isoWeek.trim();
        InspectionPlanner.mondayOf(week);
        return store.read(c -> store.slots(c, siteId, week));
    }
}
