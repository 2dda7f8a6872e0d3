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

    /**
     * Signs the staff member in at the window, as a supervisor does at the desk (A2), when nobody
     * staffs it yet: the demo simulator ({@code hall:simulate}) puts the demo staff at their
     * windows this way, so that A4 holds for the demo like for anyone and the work is credited to
     * a real staff member. A source that cannot sign anyone in answers empty (the default).
     *
     * @return the staff number at the window afterwards, empty when this source signs nobody in
     * @since 1.6
     */
    default Optional<String> signIn(long siteId, int windowNumber, String staffNumber) {
        return Optional.empty();
    }
}
