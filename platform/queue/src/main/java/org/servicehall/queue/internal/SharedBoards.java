package org.servicehall.queue.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.servicehall.queue.Board;

/**
 * The display board of each site, read once per change and shared by every Vaadin board, light
 * board and REST caller of this node: 200 TVs cost one read after a call, not 200, and their
 * two-second polls cost at most one read per site and second.
 *
 * <p>A board is served until the next change of the queue (this node's or, through the change
 * feed, another node's: {@link QueueEventBus#changes()}) or until it is older than the maximum age,
 * whichever comes first. A board read while a change happened is handed to its caller but never
 * served afterwards. With a maximum age of zero every board is read when asked for.
 */
final class SharedBoards {
    private record Entry(Board board, long generation, long takenNanos) {
    }

    private final Function<String, Board> read;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final LongSupplier generation;
    private final Map<String, Entry> boards = new ConcurrentHashMap<>();
    /** Striped, so codes nobody has (asked for on a public URL) leave nothing behind. */
    private final Object[] reading = new Object[16];

    /** @param changes how many changes of the queue this node has seen; a board is read again after each */
    SharedBoards(Function<String, Board> read, Duration maxAge, LongSupplier changes) {
        this(read, maxAge, changes, System::nanoTime);
    }

    SharedBoards(Function<String, Board> read, Duration maxAge, LongSupplier changes, LongSupplier nanoTime) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.generation = changes;
        this.nanoTime = nanoTime;
        for (int i = 0; i < reading.length; i++) {
            reading[i] = new Object();
        }
    }

    /** The site's board: the shared one while it is current, else read once (callers at the same moment wait for it). */
    Board board(String siteCode) {
        Entry e = current(siteCode);
        if (e != null) {
            return e.board();
        }
        synchronized (reading[Math.floorMod(siteCode.hashCode(), reading.length)]) {
            e = current(siteCode);
            if (e != null) {
                return e.board();
            }
            long before = generation.getAsLong();
            Board board = read.apply(siteCode); // an unknown site throws and nothing is kept
            boards.put(siteCode, new Entry(board, before, nanoTime.getAsLong()));
            return board;
        }
    }

    private Entry current(String siteCode) {
        Entry e = boards.get(siteCode);
        return e != null && e.generation() == generation.getAsLong() && nanoTime.getAsLong() - e.takenNanos() < maxAgeNanos ? e : null;
    }
}
