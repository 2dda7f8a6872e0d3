package org.servicehall.casework.fee;

import org.servicehall.common.Message;

/**
 * A policy's answer (T5).
 *
 * @param allowed whether the fee may be recorded
 * @param reason the legal basis of an allowed fee, or why a fee is refused, in words the staff reads
 *        (kept with an allowed fee as its basis)
 * @param text the same in the reader's language, or null: a refusal shows it in the staff member's
 *        or REST caller's language (since 1.1)
 */
public record FeeDecision(boolean allowed, String reason, Message text) {
    public FeeDecision {
        reason = reason == null || reason.isBlank() ? (text == null ? "" : text.toString()) : reason.strip();
    }

    /** A decision with its reason in one language only. */
    public FeeDecision(boolean allowed, String reason) {
        this(allowed, reason, null);
    }

    public static FeeDecision allow(String basis) {
        return new FeeDecision(true, basis);
    }

    public static FeeDecision refuse(String reason) {
        return new FeeDecision(false, reason);
    }

    /**
     * An allowed fee: {@code basis} (kept with the fee) in the words of the hall, {@code text} the
     * same in the reader's language.
     *
     * @since 1.1
     */
    public static FeeDecision allow(String basis, Message text) {
        return new FeeDecision(true, basis, text);
    }

    /**
     * A refused fee, its reason (naming the rule) in the reader's language.
     *
     * @since 1.1
     */
    public static FeeDecision refuse(Message reason) {
        return new FeeDecision(false, null, reason);
    }

    /** The reason as the reader reads it: {@link #text} when given (a {@link Message}), else {@link #reason}. */
    public Object readableReason() {
        return text != null ? text : reason;
    }
}
