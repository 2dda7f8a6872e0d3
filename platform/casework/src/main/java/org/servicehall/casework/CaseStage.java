package org.servicehall.casework;

/**
 * T3: where a case (办件) stands. The way forward is {@link #ACCEPTED} → {@link #UNDER_REVIEW} →
 * {@link #DECIDED} → {@link #COMPLETED}; {@link #NOT_ACCEPTED} and {@link #REFUSED} end a case with
 * the legal reason and a written decision.
 */
public enum CaseStage {
    /** 受理: accepted at the window, the time limit runs. */
    ACCEPTED,
    /** 审核: under review, at the window or in a back-office unit. */
    UNDER_REVIEW,
    /** 决定: decided (approved), the result not yet handed over. */
    DECIDED,
    /** 办结: completed, the result handed over or sent. */
    COMPLETED,
    /** 不予受理: not accepted, with the legal reason and a written decision. */
    NOT_ACCEPTED,
    /** 不予许可: refused after review, with the legal reason and a written decision. */
    REFUSED;

    /** Whether the case is still followed (its time limit runs or is paused). */
    public boolean isOpen() {
        return this == ACCEPTED || this == UNDER_REVIEW || this == DECIDED;
    }
}
