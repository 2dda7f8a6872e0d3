package org.servicehall.conduct.internal.discipline;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryHandOver;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;

/** C7 first-contact responsibility: the owner window keeps an enquiry until it hands it over or answers ({@link EnquiryRules}). */
@Component(service = Enquiries.class)
public final class EnquiriesImpl implements Enquiries {
    static final String AUDITED = "Enquiry";

    private final DisciplineContext context;
    private final DisciplineStore store;

    @Activate
    public EnquiriesImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
    }

    @Override
    public Enquiry openEnquiry(Actor actor, long siteId, EnquiryDraft draft) {
        actor.require(Role.STAFF, "open an enquiry");
        DisciplineRules.checkEnquiry(draft);
        context.requireAt(actor, Role.STAFF, siteId, "openEnquiry", "site", siteId);
        Window window = context.window(siteId, draft.windowNumber());
        Staff staff = context.staff(siteId, draft.staffNumber());
        DisciplineRules.requireSelfOrSupervisor(context.at(actor, siteId), context.staffNumberOf(actor, siteId), staff.staffNumber(),
                "open an enquiry");
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            long id = store.insertEnquiry(c, siteId, window.number(), staff.staffNumber(), draft.citizen().trim(),
                    draft.question().trim(), now);
            Enquiry e = store.enquiry(c, id, false);
            context.audit().record(c, actor, "create", AUDITED, id, null, e);
            out.add(DisciplineEvents.ENQUIRY_OPENED, siteId, id, DisciplineEvents.STAFF_NUMBER, staff.staffNumber(),
                    DisciplineEvents.WINDOW, window.number());
            return e;
        });
    }

    @Override
    public Enquiry handOverEnquiry(Actor actor, long enquiryId, int toWindow, String toStaff, String note) {
        actor.require(Role.STAFF, "hand over an enquiry");
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            Enquiry before = store.enquiry(c, enquiryId, true);
            context.requireAt(actor, Role.STAFF, before.siteId(), "handOverEnquiry", "enquiry", enquiryId); // S1
            EnquiryRules.requireOwner(context.at(actor, before.siteId()), context.staffNumberOf(actor, before.siteId()), before, "hand over");
            EnquiryRules.checkHandOver(before, toWindow, toStaff == null ? null : toStaff.trim(), note);
            Window window = context.window(before.siteId(), toWindow);
            Staff staff = context.staff(before.siteId(), toStaff);
            if (window.number() == before.ownerWindow() && staff.staffNumber().equals(before.ownerStaff())) {
                throw ValidationException.of("toStaff", DisciplineRules.TEXTS.message("discipline.error.sameOwner"));
            }
            if (!store.moveEnquiry(c, enquiryId, before.ownerWindow(), before.ownerStaff(), window.number(), staff.staffNumber())) {
                throw new Conflict(DisciplineRules.TEXTS.message("discipline.error.enquiryMoved", enquiryId));
            }
            store.insertHandOver(c, enquiryId, new EnquiryHandOver(now, before.ownerWindow(), before.ownerStaff(), window.number(),
                    staff.staffNumber(), note.trim(), actor.username()));
            Enquiry after = store.enquiry(c, enquiryId, false);
            context.audit().record(c, actor, "hand-over", AUDITED, enquiryId, before, after);
            out.add(DisciplineEvents.ENQUIRY_HANDED_OVER, before.siteId(), enquiryId, DisciplineEvents.STAFF_NUMBER,
                    staff.staffNumber(), DisciplineEvents.WINDOW, window.number(), DisciplineEvents.FROM_WINDOW, before.ownerWindow());
            return after;
        });
    }

    @Override
    public Enquiry answerEnquiry(Actor actor, long enquiryId, String answer) {
        actor.require(Role.STAFF, "answer an enquiry");
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            Enquiry before = store.enquiry(c, enquiryId, true);
            context.requireAt(actor, Role.STAFF, before.siteId(), "answerEnquiry", "enquiry", enquiryId); // S1
            EnquiryRules.requireOwner(context.at(actor, before.siteId()), context.staffNumberOf(actor, before.siteId()), before, "answer");
            EnquiryRules.checkAnswer(answer);
            if (!store.answerEnquiry(c, enquiryId, answer.trim(), actor.username(), now)) {
                throw new Conflict(DisciplineRules.TEXTS.message("discipline.error.enquiryAnswered", enquiryId));
            }
            Enquiry after = store.enquiry(c, enquiryId, false);
            context.audit().record(c, actor, "answer", AUDITED, enquiryId, before, after);
            out.add(DisciplineEvents.ENQUIRY_ANSWERED, after.siteId(), enquiryId, DisciplineEvents.STAFF_NUMBER, after.ownerStaff(),
                    DisciplineEvents.WINDOW, after.ownerWindow());
            return after;
        });
    }

    @Override
    public Enquiry enquiry(long enquiryId) {
        return store.read(c -> store.enquiry(c, enquiryId, false));
    }

    @Override
    public List<Enquiry> enquiries(long siteId, EnquiryStatus status) {
        return store.read(c -> store.enquiries(c, siteId, status));
    }
}
