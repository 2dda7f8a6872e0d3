package org.servicehall.attendance;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * A2-A4: staff clock in and out at a window and leave and return to their post; who is at which
 * window now. Staff act for themselves; a supervisor (or a badge reader's account with that role)
 * for anyone. Every change checks its input, names every problem and is saved with its audit entry
 * or not at all; each publishes its event ({@link AttendanceEvents}).
 *
 * @since 1.1
 */
@ProviderType
public interface AttendancePosts {

    // ---- A2 clock-in / clock-out

    AttendanceRecord clockIn(Actor actor, long siteId, String staffNumber, int windowNumber);

    AttendanceRecord clockOut(Actor actor, long siteId, String staffNumber);

    // ---- A3 leave-post

    LeavePost leavePost(Actor actor, long siteId, String staffNumber, String reason);

    LeavePost returnToPost(Actor actor, long siteId, String staffNumber);

    // ---- who is where (A4)

    /** The staff member signed in at the window now, if any. */
    Optional<Post> post(long siteId, int windowNumber);

    /** Every window that has a signed-in staff member now. */
    List<Post> posts(long siteId);

    /** The staff number of the account, when it belongs to a staff member of the site. */
    Optional<String> staffNumberOf(long siteId, String username);

    /** Today's records of the site (the supervisor's attendance board), absences of past openings included. */
    List<AttendanceRecord> today(long siteId);
}
