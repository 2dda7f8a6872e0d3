package org.servicehall.queue;

/**
 * EventAdmin topics and property keys of the queue (part of the versioned API). Every event has
 * {@link #SITE}, and ticket events {@link #TICKET_ID}, {@link #NUMBER}, {@link #SERVICE}.
 */
public final class QueueEvents {
    public static final String PREFIX = "org/servicehall/queue/";
    public static final String TICKET_ISSUED = PREFIX + "TicketIssued";
    public static final String TICKET_CALLED = PREFIX + "TicketCalled";
    public static final String SERVICE_STARTED = PREFIX + "ServiceStarted";
    public static final String SERVICE_FINISHED = PREFIX + "ServiceFinished";
    public static final String TICKET_TRANSFERRED = PREFIX + "TicketTransferred";
    public static final String NO_SHOW = PREFIX + "NoShow";
    /**
     * Q3, Q4: a queue alert was raised (its condition started), with {@link #SERVICE},
     * {@link #ALERT_KIND}, {@link #ALERT_ID}, {@link #MESSAGE} and, for a ticket's alert,
     * {@link #NUMBER}. Published once, by the node that raised it.
     */
    public static final String QUEUE_ALERT = PREFIX + "QueueAlert";
    /**
     * Q3, Q4: a queue alert was cleared (its condition ended), with the properties of
     * {@link #QUEUE_ALERT}. Published once, by the node that cleared it.
     *
     * @since 1.4
     */
    public static final String QUEUE_ALERT_CLEARED = PREFIX + "QueueAlertCleared";
    public static final String ALL = PREFIX + "*";

    public static final String SITE = "site";
    public static final String TICKET_ID = "ticketId";
    public static final String NUMBER = "number";
    public static final String SERVICE = "service";
    public static final String WINDOW = "window";
    /** Of a QueueAlert: {@code TOO_MANY_WAITING} (Q3), {@code WAIT_AT_RISK} or {@code WAIT_BREACHED} (Q4). */
    public static final String ALERT_KIND = "kind";
    public static final String MESSAGE = "message";
    /**
     * Of a QueueAlert or QueueAlertCleared: the {@link QueueAlert#id()} of the alert (a {@code Long}).
     *
     * @since 1.4
     */
    public static final String ALERT_ID = "alertId";

    private QueueEvents() {
    }
}
