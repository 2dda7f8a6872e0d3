package org.servicehall.casework;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The extension point for a sector's privacy rule (S3): how its cases' applicants read to someone
 * who does not handle the case (other staff; the public progress page shows no applicant at all).
 * A sector plugin registers one as an OSGi service when its rule is stricter than the platform's
 * ({@link Applicant#masked()}, which leaves an organisation's name and credit code public): the tax
 * hall masks every taxpayer (第七条), see {@link Applicant#maskedWholly()}. Without one for the
 * item's sector, {@link Applicant#masked()} applies.
 *
 * @since 1.1
 */
@ConsumerType
public interface ApplicantPrivacy {
    /** The sector whose service items this rule governs (the item's {@code sector}, e.g. {@code tax-hall}). */
    String sector();

    /** The applicant as a reader who does not handle the case sees it. */
    Applicant masked(Applicant applicant);
}
