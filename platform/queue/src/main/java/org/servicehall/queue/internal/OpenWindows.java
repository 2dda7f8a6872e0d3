package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.servicehall.site.Window;

/**
 * Q11 on the hot path: which windows a supervisor closed, read at most once a second (inside the
 * caller's transaction) instead of on every issue, call and position; a change on this node is seen
 * at once ({@link #forget}).
 */
final class OpenWindows {
    private static final long KEEP_NANOS = 1_000_000_000L;

    private record Closed(Set<Long> ids, long loadedNanos) {
    }

    private final AtomicReference<Closed> closed = new AtomicReference<>();

    boolean isOpen(Connection c, long windowId) throws SQLException {
        Closed now = closed.get();
        if (now == null || System.nanoTime() - now.loadedNanos() > KEEP_NANOS) {
            now = new Closed(WindowStateStore.closedWindows(c), System.nanoTime());
            closed.set(now);
        }
        return !now.ids().contains(windowId);
    }

    /** How many of the windows serve the service and are open. */
    int serving(Connection c, List<Window> windows, String serviceCode) throws SQLException {
        int open = 0;
        for (Window w : windows) {
            if (w.serviceCodes().contains(serviceCode) && isOpen(c, w.id())) {
                open++;
            }
        }
        return open;
    }

    /** A window was opened or closed on this node: read again when next asked. */
    void forget() {
        closed.set(null);
    }
}
