package org.servicehall.security;

/**
 * S4: what a desk enters when it checks a citizen's identity for an object.
 *
 * @param siteCode the site of the object
 * @param objectKind what is checked for ({@code case}, {@code seal-use}, {@code complaint}, {@code personal-data})
 * @param objectId the object's id
 * @param document the document the citizen shows
 * @param number the document's number as read from it
 * @param expectedNumber the number the object holds (a case's applicant ID number), compared in full and not stored;
 *        null when the object holds none (a personal-data request): the check is then recorded as seen
 */
public record IdentityCheckRequest(String siteCode, String objectKind, String objectId, IdentityDocument document, String number,
        String expectedNumber) {
}
