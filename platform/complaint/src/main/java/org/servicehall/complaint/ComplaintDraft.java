package org.servicehall.complaint;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * P3: a new complaint. Everything but {@code text} and {@code source} is optional; without a name
 * and phone the complaint is anonymous. Name and phone are personal data (S3).
 *
 * @param ticketNumber the visit's ticket number if the complainant knows it
 * @param windowNumber the window complained about, if known
 * @param staffNumber the staff member complained about, if known
 *
 * <p>Build one with {@link #builder(ComplaintSource, String)} rather than by position: components
 * added in later versions then start empty.
 */
public record ComplaintDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ComplaintSource source,
        @Schema(maxLength = 40) String category,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String text,
        @Schema(maxLength = 100) String contactName,
        @Schema(maxLength = 30) String contactPhone,
        @Schema(maxLength = 20) String ticketNumber,
        Integer windowNumber,
        @Schema(maxLength = 40) String staffNumber) {

    /**
     * A complaint of {@code text} from {@code source}, anonymous and naming no visit until set.
     *
     * @since 1.1
     */
    public static Builder builder(ComplaintSource source, String text) {
        return new Builder(source, text);
    }

    /**
     * A builder that starts from this draft.
     *
     * @since 1.1
     */
    public Builder toBuilder() {
        return new Builder(source, text).category(category).contactName(contactName).contactPhone(contactPhone)
                .ticketNumber(ticketNumber).windowNumber(windowNumber).staffNumber(staffNumber);
    }

    /**
     * Builds a {@link ComplaintDraft}; each setter is named after its component.
     *
     * @since 1.1
     */
    public static final class Builder {
        private ComplaintSource source;
        private final String text;
        private String category;
        private String contactName;
        private String contactPhone;
        private String ticketNumber;
        private Integer windowNumber;
        private String staffNumber;

        private Builder(ComplaintSource source, String text) {
            this.source = source;
            this.text = text;
        }

        public Builder source(ComplaintSource value) {
            source = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder contactName(String value) {
            contactName = value;
            return this;
        }

        public Builder contactPhone(String value) {
            contactPhone = value;
            return this;
        }

        public Builder ticketNumber(String value) {
            ticketNumber = value;
            return this;
        }

        public Builder windowNumber(Integer value) {
            windowNumber = value;
            return this;
        }

        public Builder staffNumber(String value) {
            staffNumber = value;
            return this;
        }

        public ComplaintDraft build() {
            return new ComplaintDraft(source, category, text, contactName, contactPhone, ticketNumber, windowNumber, staffNumber);
        }
    }
}
