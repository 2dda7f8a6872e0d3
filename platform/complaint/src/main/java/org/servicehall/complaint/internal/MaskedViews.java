package org.servicehall.complaint.internal;

import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.Rectification;
import org.servicehall.security.Actor;
import org.servicehall.security.Masking;
import org.servicehall.security.Role;

/**
 * S3: a case and a rectification task as a reader may see them. Those who handle the case
 * (supervisors and above, its owner) see it as stored; for the others its contact data is masked,
 * and the personal data its free texts hold (the complainant's name and phone, ID, card and phone
 * numbers) masked the same way ({@link Masking}), so no text shows what the contact fields
 * hide. Plain Java.
 */
final class MaskedViews {
    private MaskedViews() {
    }

    /** Whether the actor handles the case: supervisors and above, and its owner (they see contact data). */
    static boolean handles(Actor actor, Complaint k) {
        return actor.has(Role.SUPERVISOR) || k.owner() != null && k.owner().equalsIgnoreCase(actor.username());
    }

    /** The case as the actor may see it. */
    static Complaint of(Actor actor, Complaint k) {
        if (handles(actor, k)) {
            return k;
        }
        return k.toBuilder().text(masked(k, k.text())).contactName(Masking.name(k.contactName()))
                .contactPhone(Masking.phone(k.contactPhone())).contactVisible(false).finding(masked(k, k.finding()))
                .action(masked(k, k.action())).feedback(masked(k, k.feedback())).rejectionReason(masked(k, k.rejectionReason())).build();
    }

    /** A free text of the case with the personal data it holds masked. */
    static String masked(Complaint k, String text) {
        return Masking.text(text, k.contactName(), k.contactPhone());
    }

    /**
     * The task as the actor may see it: as stored for supervisors and its owner; for the others
     * its texts (what to rectify, the evidence) with the case's contact name and phone and the ID,
     * card and phone numbers masked, as in the case.
     */
    static Rectification of(Actor actor, ComplaintStore.TaskRow row) {
        Rectification r = row.task();
        if (actor.has(Role.SUPERVISOR) || r.owner() != null && r.owner().equalsIgnoreCase(actor.username())) {
            return r;
        }
        return r.toBuilder().what(Masking.text(r.what(), row.contactName(), row.contactPhone()))
                .evidence(Masking.text(r.evidence(), row.contactName(), row.contactPhone())).build();
    }
}
