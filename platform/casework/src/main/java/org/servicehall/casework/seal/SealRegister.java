package org.servicehall.casework.seal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityDocument;

/**
 * The seal register (T6): requests, approvals by a supervisor, uses; append-only, audited, exportable.
 * Bad fields are named; a step out of order is refused ({@link SealRefused}) with nothing recorded.
 */
@ProviderType
public interface SealRegister {
    /** Asks to use a seal (staff). */
    SealRequest request(Actor actor, SealRequestDraft draft);

    /** Approves a request (supervisor; not one's own). */
    SealRequest approve(Actor actor, long requestId, String note);

    /** Refuses a request with the reason (supervisor). */
    SealRequest refuse(Actor actor, long requestId, String reason);

    /**
     * Records the use of an approved request (staff): the impressions made, at most those approved.
     *
     * @throws SealRefused when the request is not approved (or already used)
     * @throws org.servicehall.security.IdentityCheckNeeded (since 1.1, S4) without the citizen's identity check
     *         ({@link #checkIdentity}) or the staff member's fresh sign-in
     */
    SealRequest recordUse(Actor actor, long requestId, int impressions);

    /**
     * S4: the desk checked the document of the citizen the seal is used for: for a request of a case, the
     * case's applicant (the number must be the one on the case, {@code case} checks); else the request's
     * own ({@code seal-use} checks, the number recorded as seen).
     *
     * @throws org.servicehall.common.ValidationException naming {@code document} or {@code number}
     * @throws org.servicehall.common.NotFound when there is no such request
     * @since 1.1
     */
    IdentityCheck checkIdentity(Actor actor, long requestId, IdentityDocument document, String number);

    /** @throws org.servicehall.common.NotFound when there is no such request */
    SealRequest requestById(long requestId);

    /** The site's requests made from {@code from} to {@code to} (inclusive, the site's days), newest first. */
    List<SealRequest> requests(long siteId, LocalDate from, LocalDate to);

    /** The register's entries of the period, in the order they were made. */
    List<SealEntry> entries(long siteId, LocalDate from, LocalDate to);

    /** The entries of the period as CSV (UTF-8 with a byte-order mark, headers in the reader's language). */
    String csv(long siteId, LocalDate from, LocalDate to, Locale locale);
}
