package org.servicehall.complaint;

import java.util.EnumSet;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.Role;

/**
 * P2/P3: complaint cases from the web page, the kiosk, a staff member's phone record or a bad
 * rating, each with a tracking number and deadlines, through the workflow registered → assigned →
 * investigating → resolved → feedback given → closed (or rejected). A step out of order is an
 * {@link InvalidComplaintState} and changes nothing; each step is announced as
 * {@link ComplaintEvents#COMPLAINT_STEP_TAKEN}. Contact data and the personal data of free texts
 * are masked for readers who do not handle the case (S3).
 *
 * @since 1.1
 */
@ProviderType
public interface ComplaintWorkflow {

    /** The actor of citizens on public pages (rating pad, phone, kiosk and web complaint): no role. */
    Actor CITIZEN = new Actor("citizen", "群众", EnumSet.noneOf(Role.class));

    /** The categories offered now: the core's and those of running sector plugins. */
    List<ComplaintCategory> categories();

    /**
     * P3: registers a complaint. WEB and KIOSK complaints come from {@link #CITIZEN}; PHONE records
     * need a staff member; RATING ones come only from {@link Ratings#rate}.
     */
    Complaint register(Actor actor, long siteId, ComplaintDraft draft);

    /** One case, contact data masked unless the actor handles it (S3). */
    Complaint complaint(Actor actor, long complaintId);

    /** The site's cases (staff and above), newest first, contact data masked unless the actor handles the case. */
    List<Complaint> complaints(Actor actor, long siteId, boolean openOnly);

    /** P2: the public view of a case by its tracking number. */
    ComplaintTracking track(String trackingNumber);

    Complaint assign(Actor actor, long complaintId, String ownerUsername);

    Complaint startInvestigation(Actor actor, long complaintId);

    /** P2/P4: a confirmed finding opens a rectification task; a staff member at fault becomes a violation candidate. */
    Complaint resolve(Actor actor, long complaintId, Resolution resolution);

    Complaint giveFeedback(Actor actor, long complaintId, String feedback);

    Complaint close(Actor actor, long complaintId);

    Complaint reject(Actor actor, long complaintId, String reason);

    /**
     * S4 (核实客户的身份): changes the complainant's contact data on the case (name and phone; blank
     * clears one). A sensitive operation: staff of the case's site (S1), freshly re-authenticated,
     * with the citizen's identity check recorded for the case (kind {@code complaint}, the tracking
     * number) through {@link org.servicehall.security.IdentityChecks}; audited without the values.
     *
     * @throws org.servicehall.security.IdentityCheckNeeded naming what is missing: the staff member's
     *         re-authentication or the citizen's identity check
     * @throws org.servicehall.common.ValidationException naming the field (a malformed phone number)
     * @since 1.2
     */
    Complaint changeContact(Actor actor, long complaintId, String contactName, String contactPhone);

    /**
     * S4: records the complainant's identity document checked at the desk for the case (staff of the
     * case's site), so that {@link #changeContact} may follow; the case holds no ID number to compare
     * with, so the check records the document seen, masked and hashed.
     *
     * @throws org.servicehall.common.ValidationException naming the number malformed for its document
     * @since 1.2
     */
    IdentityCheck checkComplainant(Actor actor, long complaintId, IdentityDocument document, String number);
}
