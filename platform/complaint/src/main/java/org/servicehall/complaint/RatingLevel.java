package org.servicehall.complaint;

/** P1: the five levels of the national 好差评 practice, best first, with their score (5 … 1). */
public enum RatingLevel {
    /** 非常满意 */
    VERY_SATISFIED(5),
    /** 满意 */
    SATISFIED(4),
    /** 基本满意 */
    BASICALLY_SATISFIED(3),
    /** 不满意 — opens a complaint case (P2) */
    DISSATISFIED(2),
    /** 非常不满意 — opens a complaint case (P2) */
    VERY_DISSATISFIED(1);

    private final int score;

    RatingLevel(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }

    /** P2: a rating of 不满意 or worse opens a case. */
    public boolean bad() {
        return score <= 2;
    }
}
