package org.servicehall.queue;

import java.util.Optional;

/**
 * Who staffs a window now, asked when a window calls so the ticket remembers the staff member who
 * served it (P1 binds a rating to them, M1 counts their work). Registered by the attendance area
 * (the staff member signed in at the window); without one, the calling account's username is kept.
 *
 * @since 1.3
 */
public interface WindowStaff {

    /** The staff number of the staff member at the window now, if known. */
    Optional<String> staffAt(long siteId, int windowNumber);
}
