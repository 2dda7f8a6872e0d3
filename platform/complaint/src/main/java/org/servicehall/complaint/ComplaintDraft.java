package org.servicehall.complaint;

/**
 * P3: a new complaint. Everything but {@code text} and {@code source} is optional; without a name
 * and phone the complaint is anonymous. Name and phone are personal data (S3).
 *
 * @param ticketNumber the visit's ticket number if the complainant knows it
 * @param windowNumber the window complained about, if known
 * @param staffNumber the staff member complained about, if known
 */
public record ComplaintDraft(ComplaintSource source, String category, String text, String contactName, String contactPhone,
        String ticketNumber, Integer windowNumber, String staffNumber) {
}
