package org.servicehall.complaint;

import java.time.LocalDate;

/**
 * P2/P4: the outcome of an investigation.
 *
 * @param finding what the investigation found (调查核实结果)
 * @param action what is done about it (处理意见)
 * @param confirmed whether the complaint is confirmed (属实); a confirmed one opens a rectification task
 * @param staffAtFault whether the staff member is at fault: proposes a conduct violation candidate
 * @param ruleCode the conduct rule broken, when {@code staffAtFault} (e.g. {@code BEHAVIOUR-1}); null for the default
 * @param rectification what must be rectified (整改内容); null to use {@code action}
 * @param rectificationOwner username of who rectifies; null for the case owner
 * @param rectificationDue by when; null for the default number of working days
 * @param staffNumber the staff member at fault, picked by the handler from the site's staff (staff
 *        number or account); null for the one the case names (since 1.2)
 *
 * <p>Build one with {@link #builder(String, String)} (or {@link #notConfirmed}) rather than by
 * position: components added in later versions then keep their defaults.
 */
public record Resolution(String finding, String action, boolean confirmed, boolean staffAtFault, String ruleCode,
        String rectification, String rectificationOwner, LocalDate rectificationDue, String staffNumber) {

    /** The outcome as 1.1 knew it, naming no staff member at fault. */
    public Resolution(String finding, String action, boolean confirmed, boolean staffAtFault, String ruleCode, String rectification,
            String rectificationOwner, LocalDate rectificationDue) {
        this(finding, action, confirmed, staffAtFault, ruleCode, rectification, rectificationOwner, rectificationDue, null);
    }

    public static Resolution notConfirmed(String finding, String action) {
        return new Resolution(finding, action, false, false, null, null, null, null, null);
    }

    /**
     * The outcome {@code finding} and {@code action}, not confirmed and nobody at fault until set.
     *
     * @since 1.1
     */
    public static Builder builder(String finding, String action) {
        return new Builder(finding, action);
    }

    /**
     * Builds a {@link Resolution}; each setter is named after its component.
     *
     * @since 1.1
     */
    public static final class Builder {
        private final String finding;
        private final String action;
        private boolean confirmed;
        private boolean staffAtFault;
        private String ruleCode;
        private String rectification;
        private String rectificationOwner;
        private LocalDate rectificationDue;
        private String staffNumber;

        private Builder(String finding, String action) {
            this.finding = finding;
            this.action = action;
        }

        public Builder confirmed(boolean value) {
            confirmed = value;
            return this;
        }

        public Builder staffAtFault(boolean value) {
            staffAtFault = value;
            return this;
        }

        public Builder ruleCode(String value) {
            ruleCode = value;
            return this;
        }

        public Builder rectification(String value) {
            rectification = value;
            return this;
        }

        public Builder rectificationOwner(String value) {
            rectificationOwner = value;
            return this;
        }

        public Builder rectificationDue(LocalDate value) {
            rectificationDue = value;
            return this;
        }

        /** @since 1.2 */
        public Builder staffNumber(String value) {
            staffNumber = value;
            return this;
        }

        public Resolution build() {
            return new Resolution(finding, action, confirmed, staffAtFault, ruleCode, rectification, rectificationOwner, rectificationDue,
                    staffNumber);
        }
    }
}
