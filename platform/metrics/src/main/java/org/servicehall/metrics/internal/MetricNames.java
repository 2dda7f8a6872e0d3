package org.servicehall.metrics.internal;

/**
 * The names of ServiceHall's own meters as Micrometer names; Prometheus sees them with {@code _}
 * for {@code .}, counters with {@code _total}, durations in seconds ({@code _seconds}). The Grafana
 * dashboard ({@code docs/grafana-servicehall.json}) and the README use the Prometheus names.
 * Labels are codes and names of bounded sets (site code, service code, rating level, complaint
 * source, alert kind, light, REST operation): never a ticket number, a name, a phone or an id.
 */
public final class MetricNames {
    /** Q1: tickets issued, by {@code site} and {@code service}. */
    public static final String TICKETS_ISSUED = "servicehall.tickets.issued";
    /** Q5, Q6: calls and recalls of a ticket, by {@code site} and {@code service}. */
    public static final String CALLS = "servicehall.calls";
    /** Q6: tickets that did not come when called, by {@code site} and {@code service}. */
    public static final String NO_SHOWS = "servicehall.no.shows";
    /** Q10: visits finished at a window, by {@code site} and {@code service}. */
    public static final String SERVICES_FINISHED = "servicehall.services.finished";
    /** Q6: tickets transferred to another service or window, by {@code site} and {@code service}. */
    public static final String TRANSFERS = "servicehall.transfers";
    /** Q3, Q4: queue alerts raised, by {@code site} and {@code kind}. */
    public static final String QUEUE_ALERTS = "servicehall.queue.alerts";
    /** P1: ratings given, by {@code site} and {@code level} (a {@code RatingLevel} name). */
    public static final String RATINGS = "servicehall.ratings";
    /** P2, P3: complaints registered, by {@code site} and {@code source}. */
    public static final String COMPLAINTS = "servicehall.complaints";
    /** P2: complaint stages overdue, by {@code site}. */
    public static final String COMPLAINTS_OVERDUE = "servicehall.complaints.overdue";
    /** T3: cases opened, by {@code site}. */
    public static final String CASES_OPENED = "servicehall.cases.opened";
    /** T3: red cases escalated to the supervisor, by {@code site}. */
    public static final String CASES_ESCALATED = "servicehall.cases.escalated";

    /** Q10: tickets waiting now, by {@code site} and {@code service}. */
    public static final String WAITING = "servicehall.queue.waiting";
    /** Q4, Q10: the longest wait of a ticket waiting now (seconds), by {@code site} and {@code service}. */
    public static final String LONGEST_WAIT = "servicehall.queue.longest.wait";
    /** Q11: windows open for calling now, by {@code site}. */
    public static final String WINDOWS_OPEN = "servicehall.windows.open";
    /** A4: windows whose staff member is signed in and at the post now, by {@code site}. */
    public static final String WINDOWS_STAFFED = "servicehall.windows.staffed";
    /** T3: open cases by {@code site} and {@code light} (green, yellow, red). */
    public static final String CASES_OPEN = "servicehall.cases.open";
    /** Reads of the sites' figures that failed (the database away, an area stopped), by {@code area}. */
    public static final String FIGURES_FAILED = "servicehall.figures.failed";

    /** REST requests by {@code method}, {@code operation} (the path template under /api) and {@code status}. */
    public static final String HTTP_REQUESTS = "servicehall.http.server.requests";

    /** The connection pool of the shared DataSource: connections {@code state=active|idle|total}, and threads waiting. */
    public static final String POOL_CONNECTIONS = "servicehall.db.pool.connections";
    public static final String POOL_PENDING = "servicehall.db.pool.pending";

    public static final String SITE = "site";
    public static final String SERVICE = "service";

    private MetricNames() {
    }
}
