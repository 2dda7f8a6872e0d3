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
 * <p>Build one with {@link #builder(long, Instant, ZoneId)} rather than by position (a rule's test
 * sets only what the rule looks at): components added in later versions then start empty.
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

    /**
     * A snapshot of the site's hall at {@code now} in its zone, every collection empty until set.
     *
     * @since 1.1
     */
    public static Builder builder(long siteId, Instant now, ZoneId zone) {
        return new Builder(siteId, now, zone);
    }

    /** How many wait for the services the window serves. */
    public int waitingFor(Window w) {
        return w.serviceCodes().stream().mapToInt(c -> waiting.getOrDefault(c, 0)).sum();
    }

    /** Whether a staff member is at the window's post now (signed in, not away). */
    public boolean staffed(int windowNumber) {
        return posts.stream().anyMatch(p -> p.record().windowNumber() == windowNumber && p.staffed());
    }

    /**
     * Builds a {@link StaffingSnapshot}; each setter is named after its component.
     *
     * @since 1.1
     */
    public static final class Builder {
        private final long siteId;
        private final Instant now;
        private final ZoneId zone;
        private List<Window> windows = List.of();
        private List<Post> posts = List.of();
        private List<Shift> shifts = List.of();
        private List<AttendanceRecord> todaysRecords = List.of();
        private Map<String, Integer> waiting = Map.of();
        private Set<Integer> closedWindows = Set.of();
        private Set<Integer> busyWindows = Set.of();
        private Map<Integer, Instant> lastActivity = Map.of();

        private Builder(long siteId, Instant now, ZoneId zone) {
            this.siteId = siteId;
            this.now = now;
            this.zone = zone;
        }

        public Builder windows(List<Window> value) {
            windows = value;
            return this;
        }

        public Builder posts(List<Post> value) {
            posts = value;
            return this;
        }

        public Builder shifts(List<Shift> value) {
            shifts = value;
            return this;
        }

        public Builder todaysRecords(List<AttendanceRecord> value) {
            todaysRecords = value;
            return this;
        }

        public Builder waiting(Map<String, Integer> value) {
            waiting = value;
            return this;
        }

        public Builder closedWindows(Set<Integer> value) {
            closedWindows = value;
            return this;
        }

        public Builder busyWindows(Set<Integer> value) {
            busyWindows = value;
            return this;
        }

        public Builder lastActivity(Map<Integer, Instant> value) {
            lastActivity = value;
            return this;
        }

        public StaffingSnapshot build() {
            return new StaffingSnapshot(siteId, now, zone, windows, posts, shifts, todaysRecords, waiting, closedWindows, busyWindows,
                    lastActivity);
        }
    }
}
