package org.servicehall.complaint;

/**
 * EventAdmin topics and property keys of ratings and complaints (part of the versioned API). Every
 * event has {@link #SITE}; complaint events {@link #COMPLAINT_ID}, {@link #TRACKING_NUMBER} and
 * {@link #STATUS}. Contact data (names, phones) of complainants never travels in an event (S3).
 */
public final class ComplaintEvents {
    public static final String PREFIX = "org/servicehall/complaint/";
    /** P1: a visit was rated; carries {@link #TICKET_ID}, {@link #NUMBER}, {@link #WINDOW}, {@link #STAFF_NUMBER}, {@link #LEVEL}, {@link #SCORE}. */
    public static final String RATING_GIVEN = PREFIX + "RatingGiven";
    /** P2/P3: a complaint case was opened; carries {@link #SOURCE}, {@link #CATEGORY} and, when known, {@link #STAFF_NUMBER} and {@link #WINDOW}. */
    public static final String COMPLAINT_REGISTERED = PREFIX + "ComplaintRegistered";
    /** P2: a workflow step was taken; carries {@link #STEP}, {@link #PREVIOUS_STATUS} and {@link #OWNER}. */
    public static final String COMPLAINT_STEP_TAKEN = PREFIX + "ComplaintStepTaken";
    /** P2: one working day (or less) is left before the current stage's deadline; carries {@link #STAGE} and {@link #DUE}. Once per stage. */
    public static final String DEADLINE_NEAR = PREFIX + "DeadlineNear";
    /** P2: the current stage's deadline passed; carries {@link #STAGE}, {@link #DUE}, {@link #ESCALATION_LEVEL} and {@link #ESCALATED_TO}. Once per level. */
    public static final String COMPLAINT_OVERDUE = PREFIX + "ComplaintOverdue";
    /** P4: a confirmed complaint opened a rectification task; carries {@link #RECTIFICATION_ID}, {@link #OWNER}, {@link #DUE}. */
    public static final String RECTIFICATION_OPENED = PREFIX + "RectificationOpened";
    /** P4: the owner reported the rectification done. */
    public static final String RECTIFICATION_DONE = PREFIX + "RectificationDone";
    /** P4: a supervisor verified the rectification. */
    public static final String RECTIFICATION_VERIFIED = PREFIX + "RectificationVerified";
    public static final String ALL = PREFIX + "*";

    /** Long: the site id. */
    public static final String SITE = "site";
    /** Long: the rated or complained-about ticket. */
    public static final String TICKET_ID = "ticketId";
    /** String: the ticket's readable number. */
    public static final String NUMBER = "number";
    /** Integer: the window number. */
    public static final String WINDOW = "window";
    /** String: the staff member's number (or account name) who served the ticket / the complaint names. */
    public static final String STAFF_NUMBER = "staffNumber";
    /** String: the name of a {@link RatingLevel}. */
    public static final String LEVEL = "level";
    /** Integer: the rating's score, 5 best. */
    public static final String SCORE = "score";
    /** Long: the rating id. */
    public static final String RATING_ID = "ratingId";
    /** Long: the complaint id. */
    public static final String COMPLAINT_ID = "complaintId";
    public static final String TRACKING_NUMBER = "trackingNumber";
    /** String: the name of a {@link ComplaintSource}. */
    public static final String SOURCE = "source";
    /** String: the category code. */
    public static final String CATEGORY = "category";
    /** String: the name of the {@link ComplaintStatus} after the change. */
    public static final String STATUS = "status";
    public static final String PREVIOUS_STATUS = "previousStatus";
    /** String: the name of a {@link ComplaintStep}. */
    public static final String STEP = "step";
    /** String: the username of the case or task owner. */
    public static final String OWNER = "owner";
    /** String: the name of a {@link DeadlineStage}. */
    public static final String STAGE = "stage";
    /** String: ISO date of the deadline. */
    public static final String DUE = "due";
    /** Integer: 1 = escalated to SUPERVISOR, 2 = to ADMIN. */
    public static final String ESCALATION_LEVEL = "escalationLevel";
    /** String: the name of the {@link org.servicehall.security.Role} the case was escalated to. */
    public static final String ESCALATED_TO = "escalatedTo";
    /** Long: the rectification id. */
    public static final String RECTIFICATION_ID = "rectificationId";

    private ComplaintEvents() {
    }
}
