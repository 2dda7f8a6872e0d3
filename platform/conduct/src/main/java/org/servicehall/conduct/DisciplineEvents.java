package org.servicehall.conduct;

/**
 * EventAdmin topics and property keys of discipline (C4-C8, part of the versioned API). Every
 * event has {@link #SITE} and {@link #ID} (the id of the record the topic names); staff events
 * {@link #STAFF_NUMBER}.
 */
public final class DisciplineEvents {
    public static final String PREFIX = "org/servicehall/conduct/";
    /** A violation was recorded: a candidate, or confirmed during an inspection. Carries {@link #STATUS}, {@link #RULE}, {@link #SOURCE}. */
    public static final String VIOLATION_RECORDED = PREFIX + "ViolationRecorded";
    public static final String VIOLATION_CONFIRMED = PREFIX + "ViolationConfirmed";
    public static final String VIOLATION_DISMISSED = PREFIX + "ViolationDismissed";
    /** Carries {@link #WINDOW} and {@link #CLEAN} (Boolean). */
    public static final String INSPECTION_RECORDED = PREFIX + "InspectionRecorded";
    /** Carries {@link #LEVEL}. */
    public static final String SANCTION_PROPOSED = PREFIX + "SanctionProposed";
    /** Carries {@link #LEVEL} and {@link #STATUS}. */
    public static final String SANCTION_DECIDED = PREFIX + "SanctionDecided";
    public static final String COMMENDATION_PROPOSED = PREFIX + "CommendationProposed";
    /** Carries {@link #STATUS}. */
    public static final String COMMENDATION_DECIDED = PREFIX + "CommendationDecided";
    public static final String GIFT_DECLARED = PREFIX + "GiftDeclared";
    /** Carries {@link #STATUS}. */
    public static final String GIFT_REVIEWED = PREFIX + "GiftReviewed";
    /** Carries {@link #WINDOW}. */
    public static final String ENQUIRY_OPENED = PREFIX + "EnquiryOpened";
    /** Carries {@link #WINDOW} (the new owner's) and {@link #FROM_WINDOW}; {@link #STAFF_NUMBER} is the new owner. */
    public static final String ENQUIRY_HANDED_OVER = PREFIX + "EnquiryHandedOver";
    public static final String ENQUIRY_ANSWERED = PREFIX + "EnquiryAnswered";
    /** Carries {@link #WINDOW} and {@link #ESCALATED_TO}. */
    public static final String DISPUTE_ESCALATED = PREFIX + "DisputeEscalated";
    public static final String DISPUTE_RESOLVED = PREFIX + "DisputeResolved";
    /** Discipline topics only (other conduct topics share the prefix). */
    public static final String[] ALL = { VIOLATION_RECORDED, VIOLATION_CONFIRMED, VIOLATION_DISMISSED, INSPECTION_RECORDED,
            SANCTION_PROPOSED, SANCTION_DECIDED, COMMENDATION_PROPOSED, COMMENDATION_DECIDED, GIFT_DECLARED, GIFT_REVIEWED,
            ENQUIRY_OPENED, ENQUIRY_HANDED_OVER, ENQUIRY_ANSWERED, DISPUTE_ESCALATED, DISPUTE_RESOLVED };

    /** Long: the site id. */
    public static final String SITE = "site";
    /** Long: the id of the violation, inspection, sanction, commendation, gift, enquiry or dispute. */
    public static final String ID = "id";
    public static final String STAFF_NUMBER = "staffNumber";
    /** Integer: a window number. */
    public static final String WINDOW = "window";
    public static final String FROM_WINDOW = "fromWindow";
    public static final String RULE = "rule";
    /** The name of a {@link ViolationSource}. */
    public static final String SOURCE = "source";
    /** The name of the new status enum constant. */
    public static final String STATUS = "status";
    /** The name of a {@link SanctionLevel}. */
    public static final String LEVEL = "level";
    public static final String CLEAN = "clean";
    public static final String ESCALATED_TO = "escalatedTo";

    private DisciplineEvents() {
    }
}
