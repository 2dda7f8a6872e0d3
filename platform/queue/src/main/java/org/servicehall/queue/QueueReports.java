package org.servicehall.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Q10/M1/M3: the queue's figures over a period, grouped, computed in the database (fast on years of
 * tickets). Tickets count on their business date; a ticket belongs to the staff member who served
 * it (see {@link WindowStaff}).
 *
 * @since 1.3
 */
@ProviderType
public interface QueueReports {

    /** How figures are grouped. */
    enum Grouping {
        STAFF, WINDOW, SERVICE, DAY
    }

    /**
     * The figures of the site's tickets with a business date from {@code from} to {@code to}
     * (inclusive), one per group, ordered by key.
     *
     * @param waitTarget the wait that counts as within target (Q4)
     */
    List<ServiceFigures> figures(long siteId, LocalDate from, LocalDate to, Grouping by, Duration waitTarget);

    /** The wait target in force (Q4), for callers that report against it. */
    Duration waitTarget();
}
