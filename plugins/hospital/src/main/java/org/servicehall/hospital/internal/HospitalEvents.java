package org.servicehall.hospital.internal;

/**
 * The hospital's domain events (DESIGN §5), published after each step committed, on
 * {@code org/servicehall/hospital/<Event>}; screens and other plugins subscribe with
 * {@code DomainEvents.subscribe(HospitalEvents.PREFIX, …)} or an EventAdmin handler.
 */
public final class HospitalEvents {
    public static final String PREFIX = "org/servicehall/hospital/";
    /** H3 */
    public static final String PRESCRIPTION_RECEIVED = PREFIX + "PrescriptionReceived";
    public static final String PRESCRIPTION_PREPARED = PREFIX + "PrescriptionPrepared";
    /** H3: checked by the second pharmacist, ready for pick-up: the ticket may now be called. */
    public static final String PRESCRIPTION_READY = PREFIX + "PrescriptionReady";
    public static final String SKIN_TEST_RECORDED = PREFIX + "SkinTestRecorded";
    public static final String PRESCRIPTION_DISPENSED = PREFIX + "PrescriptionDispensed";
    /** H4 */
    public static final String SPECIMEN_ORDERED = PREFIX + "SpecimenOrdered";
    public static final String SPECIMEN_SAMPLED = PREFIX + "SpecimenSampled";
    public static final String TAT_WARNING = PREFIX + "TurnaroundWarning";
    public static final String TAT_BREACH = PREFIX + "TurnaroundBreach";
    public static final String REPORT_READY = PREFIX + "ReportReady";
    /** H2 */
    public static final String PAYMENT_STEP = PREFIX + "PaymentStep";
    public static final String PAYMENT_FINISHED = PREFIX + "PaymentFinished";
    /** H1 */
    public static final String SPECIAL_NEED = PREFIX + "SpecialNeed";

    public static final String SITE_ID = "siteId";
    public static final String PRESCRIPTION_ID = "prescriptionId";
    public static final String SPECIMEN_ID = "specimenId";
    public static final String SPECIMEN_NUMBER = "specimenNumber";
    public static final String TAT_CLASS = "tatClass";
    public static final String PAYMENT_ID = "paymentId";
    public static final String REQUEST_ID = "requestId";
    public static final String STATUS = "status";
    public static final String STEP = "step";
    public static final String TICKET_ID = "ticketId";
    public static final String TICKET_NUMBER = "ticketNumber";
    public static final String DUE_AT = "dueAt";

    private HospitalEvents() {
    }
}
