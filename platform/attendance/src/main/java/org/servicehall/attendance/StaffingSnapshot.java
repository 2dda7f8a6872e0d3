package org.servicehall.attendance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servicehall.site.Window;

/**
 * The hall as the staffing rules see it at {@code now}.
 *
 * @param posts who is signed in at which window, and who is away from the post
 * @param shifts today's rostered shifts
 * @param todaysRecords today's sign-ins (and absences)
 * @param waiting tickets waiting per service code
 * @param closedWindows numbers of the windows a supervisor closed for calling
 * @param busyWindows numbers of the windows calling or serving a ticket now
 * @param lastActivity per window number, the last call, start, finish or no-show seen
 */
public record StaffingSnapshot(long siteId, Instant now, ZoneId zone, List<Window> windows, List<Post> posts, List<Shift> shifts,
        List<AttendanceRecord> todaysRecords, Map<String, Integer> waiting, Set<Integer> closedWindows, Set<Integer> busyWindows,
        Map<Integer, Instant> lastActivity) {
    public StaffingSnapshot {
        windows = List.copyOf(windows);
        posts = List.copyOf(posts);
        shifts = List.copyOf(shifts);
        todaysRecords = List.copyOf(todaysRecords);
        waiting = Map.copyOf(waiting);
        closedWindows = Set.copyOf(closedWindows);
        busyWindows = Set.copyOf(busyWindows);
        lastActivity = Map.copyOf(lastActivity);
    }

    /** How many wait for the services the window serves. */
    public int waitingFor(Window w) {
        return w.serviceCodes().stream().mapToInt(c -> waiting.getOrDefault(c, 0)).sum();
    }

    /** Whether a staff member is at the window's post now (signed in, not away). */
    public boolean staffed(int windowNumber) {
        return posts.stream().anyMatch(p -> p.record().windowNumber() == windowNumber && p.staffed());
    }
}
