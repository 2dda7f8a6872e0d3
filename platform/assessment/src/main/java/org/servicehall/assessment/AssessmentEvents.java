package org.servicehall.assessment;

/**
 * EventAdmin topics and property keys of the assessment (part of the versioned API). Every event
 * has {@link #SITE}.
 */
public final class AssessmentEvents {
    public static final String PREFIX = "org/servicehall/assessment/";
    /** A period was assessed (or re-assessed); carries {@link #PERIOD}, {@link #ID}, {@link #REPLACED} and {@link #STAFF_COUNT}. */
    public static final String ASSESSED = PREFIX + "Assessed";
    /**
     * C5: a commendation or warning was proposed from a score, waiting for a supervisor; carries
     * {@link #ID}, {@link #PERIOD}, {@link #STAFF_NUMBER}, {@link #KIND}, {@link #SCORE} and {@link #RANK}.
     */
    public static final String PROPOSAL_MADE = PREFIX + "ProposalMade";
    /** A supervisor confirmed or rejected a proposal; carries {@link #ID}, {@link #STAFF_NUMBER}, {@link #KIND}, {@link #STATUS}. */
    public static final String PROPOSAL_DECIDED = PREFIX + "ProposalDecided";
    /** The site's weights or thresholds changed. */
    public static final String SETTINGS_CHANGED = PREFIX + "SettingsChanged";
    /** M2: a course, a participation or a service error was added, changed or removed; carries {@link #ID} and {@link #WHAT}. */
    public static final String TRAINING_CHANGED = PREFIX + "TrainingChanged";
    public static final String ALL = PREFIX + "*";

    /** Long: the site id. */
    public static final String SITE = "site";
    /** String: the period, {@code 2026-11} or {@code 2026-Q4}. */
    public static final String PERIOD = "period";
    /** Long: the id of the result, proposal or record. */
    public static final String ID = "id";
    /** Boolean: whether a stored result was replaced. */
    public static final String REPLACED = "replaced";
    /** Integer: how many staff members were assessed. */
    public static final String STAFF_COUNT = "staffCount";
    public static final String STAFF_NUMBER = "staffNumber";
    /** String: a {@link ProposalKind} name. */
    public static final String KIND = "kind";
    /** Double: the total score. */
    public static final String SCORE = "score";
    /** Integer: the rank within the site. */
    public static final String RANK = "rank";
    /** String: a {@link ProposalStatus} name. */
    public static final String STATUS = "status";
    /** String: {@code course}, {@code participation} or {@code error}. */
    public static final String WHAT = "what";

    private AssessmentEvents() {
    }
}
