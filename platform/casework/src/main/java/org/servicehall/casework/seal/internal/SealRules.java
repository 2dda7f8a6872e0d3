package org.servicehall.casework.seal.internal;

import java.util.ArrayList;
import java.util.List;

import org.servicehall.casework.seal.SealEntry;
import org.servicehall.casework.seal.SealEntryKind;
import org.servicehall.casework.seal.SealRefused;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.seal.SealRequestDraft;
import org.servicehall.casework.seal.SealStatus;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;

/**
 * T6: a seal request's fields, its state folded from its entries, and which step may follow:
 * requested → approved or refused (by a supervisor other than the requester) → used (once, with at
 * most the impressions approved). Plain Java.
 */
public final class SealRules {
    static final Texts TEXTS = Texts.of(SealRules.class, "casework-notice");
    static final int MAX_IMPRESSIONS = 100;

    private SealRules() {
    }

    /** @throws ValidationException naming every bad field */
    public static void check(SealRequestDraft d) {
        if (d == null) {
            throw ValidationException.of("request", TEXTS.message("error.field.required"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        text(errors, "document", d.document(), 200);
        text(errors, "seal", d.seal(), 100);
        text(errors, "purpose", d.purpose(), 500);
        if (d.impressions() < 1 || d.impressions() > MAX_IMPRESSIONS) {
            errors.add(ValidationException.FieldError.of("impressions", TEXTS.message("error.seal.impressions", MAX_IMPRESSIONS)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void text(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(ValidationException.FieldError.of(field, TEXTS.message("error.field.required")));
        } else if (value.length() > max) {
            errors.add(ValidationException.FieldError.of(field, TEXTS.message("error.field.tooLong", max)));
        }
    }

    /** The request as its entries (its own first, in order) make it. */
    public static SealRequest fold(List<SealEntry> entries) {
        SealEntry r = entries.get(0);
        SealRequest s = new SealRequest(r.id(), r.siteId(), r.caseId(), r.document(), r.seal(), r.purpose(), r.impressions(),
                SealStatus.REQUESTED, r.actor(), r.at(), null, null, null, null, null, 0);
        for (SealEntry e : entries.subList(1, entries.size())) {
            s = switch (e.kind()) {
                case APPROVED, REFUSED -> new SealRequest(s.id(), s.siteId(), s.caseId(), s.document(), s.seal(), s.purpose(),
                        s.impressions(), e.kind() == SealEntryKind.APPROVED ? SealStatus.APPROVED : SealStatus.REFUSED, s.requestedBy(),
                        s.requestedAt(), e.actor(), e.at(), e.note(), null, null, 0);
                case USED -> new SealRequest(s.id(), s.siteId(), s.caseId(), s.document(), s.seal(), s.purpose(), s.impressions(),
                        SealStatus.USED, s.requestedBy(), s.requestedAt(), s.decidedBy(), s.decidedAt(), s.decisionNote(), e.actor(), e.at(),
                        e.impressions());
                case REQUESTED -> s;
            };
        }
        return s;
    }

    /** @throws SealRefused unless the request awaits a decision by someone other than its requester */
    public static void mayDecide(SealRequest r, String supervisor) {
        if (r.status() != SealStatus.REQUESTED) {
            throw new SealRefused(TEXTS.message("error.seal.decided", r.id(), status(r.status())));
        }
        if (r.requestedBy().equals(supervisor)) {
            throw new SealRefused(TEXTS.message("error.seal.ownRequest", r.id()));
        }
    }

    /** @throws SealRefused unless the request is approved and unused; impressions within those approved */
    public static void mayUse(SealRequest r, int impressions) {
        if (r.status() != SealStatus.APPROVED) {
            throw new SealRefused(TEXTS.message("error.seal.notApproved", r.id(), r.document(), status(r.status())));
        }
        if (impressions < 1 || impressions > r.impressions()) {
            throw ValidationException.of("impressions", TEXTS.message("error.seal.tooMany", r.impressions()));
        }
    }

    static Object status(SealStatus s) {
        return TEXTS.message("seal.status." + s.name());
    }
}
