package org.servicehall.conduct.internal.discipline;

import java.util.Optional;

import org.servicehall.common.Conflict;
import org.servicehall.common.Validator;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * C7 first-contact responsibility (首问负责制) as plain rules: an open enquiry belongs to its current
 * owner; only that staff member (or a supervisor) answers it or hands it over, a hand-over names a
 * different window or staff member, and an answered enquiry is closed.
 */
public final class EnquiryRules {

    private EnquiryRules() {
    }

    /**
     * @param actorStaffNumber the actor's staff number at the enquiry's site, if they are staff there
     * @throws AccessDenied when the actor neither owns the enquiry nor supervises
     * @throws Conflict when the enquiry is already answered
     */
    public static void requireOwner(Actor actor, Optional<String> actorStaffNumber, Enquiry e, String operation) {
        actor.require(Role.STAFF, operation);
        if (e.status() != EnquiryStatus.OPEN) {
            throw new Conflict("enquiry " + e.id() + " is " + e.status() + "; it is closed and cannot be " + operation + "ed");
        }
        if (!actor.has(Role.SUPERVISOR) && (actorStaffNumber.isEmpty() || !actorStaffNumber.get().equals(e.ownerStaff()))) {
            throw new AccessDenied(actor.username() + " may not " + operation + " enquiry " + e.id() + ": it is owned by staff member "
                    + e.ownerStaff() + " at window " + e.ownerWindow());
        }
    }

    /** A hand-over goes to another owner and says why. */
    public static void checkHandOver(Enquiry e, int toWindow, String toStaff, String note) {
        Validator v = new Validator();
        v.range("toWindow", toWindow, 1, 9999);
        v.required("toStaff", toStaff).maxLength("toStaff", toStaff, 40);
        v.required("note", note).maxLength("note", note, DisciplineRules.MAX_NOTE);
        v.check(!(toWindow == e.ownerWindow() && e.ownerStaff().equals(toStaff)), "toStaff",
                "is the current owner (window " + toWindow + ", staff " + toStaff + "); hand over to someone else");
        v.throwIfInvalid();
    }

    /** The answer goes to the citizen: required, at most 4000 characters, no control or direction characters. */
    public static void checkAnswer(String answer) {
        new Validator().required("answer", answer).maxLength("answer", answer, 4000).citizenText("answer", answer, true).throwIfInvalid();
    }
}
