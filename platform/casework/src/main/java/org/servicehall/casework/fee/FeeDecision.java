package org.servicehall.casework.fee;

/**
 * A policy's answer (T5).
 *
 * @param allowed whether the fee may be recorded
 * @param reason the legal basis of an allowed fee, or why a fee is refused, in words the staff reads
 */
public record FeeDecision(boolean allowed, String reason) {
    public FeeDecision {
        reason = reason == null ? "" : reason.strip();
    }

    public static FeeDecision allow(String basis) {
        return new FeeDecision(true, basis);
    }

    public static FeeDecision refuse(String reason) {
        return new FeeDecision(false, reason);
    }
}
