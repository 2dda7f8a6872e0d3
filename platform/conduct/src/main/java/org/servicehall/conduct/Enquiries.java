package org.servicehall.conduct;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * C7 first-contact responsibility (首问负责制): the window a citizen first asks owns the enquiry
 * until it is formally handed over or answered. Changes check the actor's role, name every bad
 * field, are saved with their audit entry or not at all and are announced on {@link DisciplineEvents}.
 *
 * @since 1.2
 */
@ProviderType
public interface Enquiries {

    Enquiry openEnquiry(Actor actor, long siteId, EnquiryDraft draft);

    /** Only the current owner (or a supervisor) hands over an open enquiry. */
    Enquiry handOverEnquiry(Actor actor, long enquiryId, int toWindow, String toStaff, String note);

    /** Only the current owner (or a supervisor) answers; the enquiry is then closed. */
    Enquiry answerEnquiry(Actor actor, long enquiryId, String answer);

    Enquiry enquiry(long enquiryId);

    /** The site's enquiries, newest first; {@code status} null for all. */
    List<Enquiry> enquiries(long siteId, EnquiryStatus status);
}
