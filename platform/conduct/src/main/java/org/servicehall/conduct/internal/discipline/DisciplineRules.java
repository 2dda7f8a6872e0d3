package org.servicehall.conduct.internal.discipline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.servicehall.common.Conflict;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.DisputeStatus;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.ViolationFinding;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * The input and state rules of discipline (C4, C6, C8) as plain Java: what a valid inspection,
 * violation, gift declaration or dispute looks like, which photos are accepted and which steps a
 * record's state allows. Every method names each broken rule by its field.
 */
public final class DisciplineRules {
    /** C4: evidence photos are JPEG or PNG of at most 2 MB. */
    /** Discipline's refusals, in the reader's language (issue 12). */
    public static final Texts TEXTS = Texts.of(DisciplineRules.class, "discipline-errors");
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_SHORT = 200;
    public static final int MAX_FINDINGS = 20;
    static final Pattern RULE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    /** A clock a few minutes fast on a tablet is no reason to refuse a record. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    static final BigDecimal MAX_GIFT_VALUE = new BigDecimal("100000000");

    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

    private DisciplineRules() {
    }

    /**
     * The media type of an evidence photo, told by its first bytes (the name or declared type of
     * an upload proves nothing).
     *
     * @throws ValidationException on {@code photo} when it is empty, larger than 2 MB or neither JPEG nor PNG
     */
    public static String photoType(byte[] photo) {
        if (photo == null || photo.length == 0) {
            throw ValidationException.of("photo", TEXTS.message("discipline.error.photoEmpty"));
        }
        if (photo.length > MAX_PHOTO_BYTES) {
            throw ValidationException.of("photo", TEXTS.message("discipline.error.photoTooLarge", photo.length, MAX_PHOTO_BYTES));
        }
        if (startsWith(photo, PNG)) {
            return "image/png";
        }
        if (startsWith(photo, JPEG)) {
            return "image/jpeg";
        }
        throw ValidationException.of("photo", TEXTS.message("discipline.error.photoType"));
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Checks a whole inspection (the photo included) and returns the photo's type, if there is one. */
    public static Optional<String> checkInspection(InspectionDraft d, Instant now) {
        Validator v = new Validator();
        if (d == null) {
            throw ValidationException.of("inspection", TEXTS.message("discipline.error.given"));
        }
        v.range("windowNumber", d.windowNumber(), 1, 9999);
        v.required("staffNumber", d.staffNumber()).maxLength("staffNumber", d.staffNumber(), 40);
        v.maxLength("note", d.note(), MAX_NOTE);
        if (d.at() != null) {
            v.check(!d.at().isAfter(now.plus(CLOCK_TOLERANCE)), "at", TEXTS.message("discipline.error.future"));
        }
        v.check(d.findings().size() <= MAX_FINDINGS, "findings", TEXTS.message("discipline.error.tooManyFindings", d.findings().size(), MAX_FINDINGS));
        for (int i = 0; i < d.findings().size(); i++) {
            ViolationFinding f = d.findings().get(i);
            String field = "findings[" + i + "]";
            if (f == null) {
                v.error(field, TEXTS.message("discipline.error.given"));
                continue;
            }
            ruleCode(v, field + ".ruleCode", f.ruleCode());
            v.maxLength(field + ".note", f.note(), MAX_NOTE);
        }
        String type = null;
        if (d.photo() != null) {
            try {
                type = photoType(d.photo());
            } catch (ValidationException e) {
                for (ValidationException.FieldError err : e.errors()) {
                    if (err.text() != null) {
                        v.error(err.field(), err.text());
                    } else {
                        v.error(err.field(), err.message());
                    }
                }
            }
        }
        v.throwIfInvalid();
        return Optional.ofNullable(type);
    }

    /** Checks a violation candidate proposed by another area. */
    public static void checkCandidate(String staffNumber, Integer windowNumber, String ruleCode, Object source, Instant occurredAt,
            String note, Instant now) {
        Validator v = new Validator();
        v.required("staffNumber", staffNumber).maxLength("staffNumber", staffNumber, 40);
        if (windowNumber != null) {
            v.range("windowNumber", windowNumber, 1, 9999);
        }
        ruleCode(v, "ruleCode", ruleCode);
        v.check(source != null, "source", TEXTS.message("discipline.error.given"));
        if (occurredAt != null) {
            v.check(!occurredAt.isAfter(now.plus(CLOCK_TOLERANCE)), "occurredAt", TEXTS.message("discipline.error.future"));
        }
        v.maxLength("note", note, MAX_NOTE);
        v.throwIfInvalid();
    }

    private static void ruleCode(Validator v, String field, String code) {
        v.required(field, code).check(code == null || code.isBlank() || RULE_CODE.matcher(code).matches(), field,
                TEXTS.message("discipline.error.ruleCode", code));
    }

    /** Only a candidate can be confirmed or dismissed; a dismissal needs its reason. */
    public static void checkDecision(long violationId, ViolationStatus current, boolean confirm, String note) {
        if (!confirm) {
            new Validator().required("reason", note).maxLength("reason", note, MAX_NOTE).throwIfInvalid();
        } else {
            new Validator().maxLength("note", note, MAX_NOTE).throwIfInvalid();
        }
        if (current != ViolationStatus.CANDIDATE) {
            throw new Conflict(TEXTS.message("discipline.error.notCandidate", violationId, String.valueOf(current),
                    TEXTS.message(confirm ? "discipline.error.confirmed" : "discipline.error.dismissed")));
        }
    }

    /** A proposal (sanction or commendation) is decided once; a rejection needs a note. */
    public static void checkProposalDecision(String what, long id, DisciplineStatus current, boolean confirm,
            String note) {
        Validator v = new Validator();
        if (!confirm) {
            v.required("note", note);
        }
        v.maxLength("note", note, MAX_NOTE).throwIfInvalid();
        if (current != DisciplineStatus.PROPOSED) {
            throw new Conflict(TEXTS.message("discipline.error.notProposed", what, id, String.valueOf(current)));
        }
    }

    /** C6: a complete declaration of a gift received in the past. */
    public static void checkGift(GiftDeclarationDraft d, LocalDate today) {
        if (d == null) {
            throw ValidationException.of("gift", TEXTS.message("discipline.error.given"));
        }
        Validator v = new Validator();
        v.required("staffNumber", d.staffNumber()).maxLength("staffNumber", d.staffNumber(), 40);
        v.required("item", d.item()).maxLength("item", d.item(), MAX_SHORT);
        if (d.estimatedValue() == null) {
            v.error("estimatedValue", TEXTS.message("discipline.error.valueGiven"));
        } else {
            v.check(d.estimatedValue().signum() >= 0, "estimatedValue", TEXTS.message("discipline.error.negative"));
            v.check(d.estimatedValue().compareTo(MAX_GIFT_VALUE) < 0, "estimatedValue", TEXTS.message("discipline.error.implausible"));
            v.check(d.estimatedValue().stripTrailingZeros().scale() <= 2, "estimatedValue", TEXTS.message("discipline.error.decimals"));
        }
        v.required("giver", d.giver()).maxLength("giver", d.giver(), 500);
        if (d.receivedOn() == null) {
            v.error("receivedOn", TEXTS.message("discipline.error.given"));
        } else {
            v.check(!d.receivedOn().isAfter(today), "receivedOn", TEXTS.message("discipline.error.future"));
        }
        v.required("circumstances", d.circumstances()).maxLength("circumstances", d.circumstances(), MAX_NOTE);
        v.required("handedTo", d.handedTo()).maxLength("handedTo", d.handedTo(), MAX_SHORT);
        v.throwIfInvalid();
    }

    /** C6: a declaration is reviewed once, to one of the outcomes. */
    public static void checkGiftReview(long giftId, GiftStatus current, GiftStatus outcome, String note) {
        Validator v = new Validator();
        v.check(outcome != null && outcome.reviewed(), "outcome", TEXTS.message("discipline.error.outcome"));
        v.maxLength("note", note, MAX_NOTE).throwIfInvalid();
        if (current.reviewed()) {
            throw new Conflict(TEXTS.message("discipline.error.giftReviewed", giftId, String.valueOf(current)));
        }
    }

    /** Staff act for themselves; a supervisor may act for anyone. */
    public static void requireSelfOrSupervisor(Actor actor, Optional<String> actorStaffNumber, String staffNumber, String operation) {
        if (actor.has(Role.SUPERVISOR)) {
            return;
        }
        actor.require(Role.STAFF, operation);
        if (actorStaffNumber.isEmpty() || !actorStaffNumber.get().equals(staffNumber)) {
            throw new AccessDenied(TEXTS.message("discipline.error.onlyThemselves", actor.username(), operation, staffNumber));
        }
    }

    /** C7: a question as first received. */
    public static void checkEnquiry(EnquiryDraft d) {
        if (d == null) {
            throw ValidationException.of("enquiry", TEXTS.message("discipline.error.given"));
        }
        new Validator().range("windowNumber", d.windowNumber(), 1, 9999)
                .required("staffNumber", d.staffNumber()).maxLength("staffNumber", d.staffNumber(), 40)
                .required("citizen", d.citizen()).maxLength("citizen", d.citizen(), MAX_SHORT)
                .required("question", d.question()).maxLength("question", d.question(), MAX_NOTE)
                .throwIfInvalid();
    }

    /** C8: what happened and who took it over. */
    public static void checkDispute(DisputeDraft d) {
        if (d == null) {
            throw ValidationException.of("dispute", TEXTS.message("discipline.error.given"));
        }
        new Validator().range("windowNumber", d.windowNumber(), 1, 9999)
                .required("staffNumber", d.staffNumber()).maxLength("staffNumber", d.staffNumber(), 40)
                .required("description", d.description()).maxLength("description", d.description(), MAX_NOTE)
                .required("escalatedTo", d.escalatedTo()).maxLength("escalatedTo", d.escalatedTo(), MAX_SHORT)
                .throwIfInvalid();
    }

    /**
     * C8: a dispute is settled at the supervision desk: by a supervisor who is not the staff member
     * involved, once, with the resolution written down.
     */
    public static void checkResolution(Actor actor, Optional<String> actorStaffNumber, long disputeId, String disputeStaff,
            DisputeStatus current, String resolution) {
        actor.require(Role.SUPERVISOR, "resolve a dispute");
        if (actorStaffNumber.isPresent() && actorStaffNumber.get().equals(disputeStaff)) {
            throw new AccessDenied(TEXTS.message("discipline.error.ownDispute", actor.username(), disputeId));
        }
        new Validator().required("resolution", resolution).maxLength("resolution", resolution, MAX_NOTE).throwIfInvalid();
        if (current != DisputeStatus.ESCALATED) {
            throw new Conflict(TEXTS.message("discipline.error.disputeResolved", disputeId, String.valueOf(current)));
        }
    }
}
