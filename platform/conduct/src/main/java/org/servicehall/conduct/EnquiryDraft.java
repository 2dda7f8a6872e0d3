package org.servicehall.conduct;

/**
 * A citizen's question as first received at a window (C7, 首问负责制).
 *
 * @param windowNumber the window that received it
 * @param staffNumber the staff member who received it (staff open their own enquiries)
 * @param citizen a short description of the citizen (no personal data beyond what is needed)
 */
public record EnquiryDraft(int windowNumber, String staffNumber, String citizen, String question) {
}
