package org.servicehall.security;

import java.time.Instant;

/**
 * S4: an identity check recorded at a desk: a staff member saw the citizen's document for one object
 * (a case, a seal use, a complaint, a personal-data request) and its number was the one the object
 * holds. The number is kept only masked ({@link Masking#number}) and as a salted hash; it is never
 * shown in full again.
 *
 * @param objectKind what was checked for, e.g. {@code case}, {@code seal-use}, {@code complaint}, {@code personal-data}
 * @param objectId the object's id (a case's id, a complaint's tracking number, a phone's hash)
 * @param numberMasked the document's number as {@link Masking#number} shows it (110***********123X)
 * @param checkedBy the username of the staff member who checked it
 */
public record IdentityCheck(long id, String siteCode, String objectKind, String objectId, IdentityDocument document, String numberMasked,
        String checkedBy, Instant at) {
}
