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
    public static final String QUEUE_ALERT = PREFIX + "QueueAlert";
    public static final String ALL = PREFIX + "*";

    public static final String SITE = "site";
    public static final String TICKET_ID = "ticketId";
    public static final String NUMBER = "number";
    public static final String SERVICE = "service";
    public static final String WINDOW = "window";
    /** Of a QueueAlert: {@code TOO_MANY_WAITING} (Q3), {@code WAIT_AT_RISK} or {@code WAIT_BREACHED} (Q4). */
    public static final String ALERT_KIND = "kind";
    public static final String MESSAGE = "message";

    private QueueEvents() {
    }
}
