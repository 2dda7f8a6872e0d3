package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.servicehall.common.NotFound;
import org.servicehall.queue.Board;

/** Q7: one board read per change and site, shared by all the node's boards, and never a board from before a change. */
class SharedBoardsTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    /** The queue's changes the node has seen ({@link QueueEventBus#changes()}). */
    private final AtomicLong changes = new AtomicLong();
    private Runnable duringRead = () -> { };

    private Board read(String site) {
        if (site.equals("NOPE")) {
            throw new NotFound("Site", site);
        }
        duringRead.run();
        return new Board(site, "Hall " + site, List.of(), List.of(), Instant.ofEpochSecond(reads.incrementAndGet()));
    }

    private final SharedBoards boards = new SharedBoards(this::read, Duration.ofSeconds(1), changes::get, nanos::get);

    @Test
    void manyBoardsBetweenTwoChangesCostOneReadPerSite_Q7() {
        Board first = boards.board("DEMO");
        for (int i = 0; i < 200; i++) {
            assertSame(first, boards.board("DEMO"));
        }
        boards.board("EAST");
        assertEquals(2, reads.get(), "one read for each site");
        changes.incrementAndGet();
        Board after = boards.board("DEMO");
        assertEquals(3, reads.get(), "a change has the board read again");
        assertSame(after, boards.board("DEMO"));
    }

    @Test
    void aBoardIsReadAgainOnceItIsASecondOldEvenWithoutANotice_Q7() {
        boards.board("DEMO");
        nanos.addAndGet(999_000_000L);
        boards.board("DEMO");
        assertEquals(1, reads.get());
        nanos.addAndGet(1_000_000L);
        boards.board("DEMO");
        assertEquals(2, reads.get(), "another node's change is seen within a second even if its notice was lost");
    }

    @Test
    void aBoardReadWhileAChangeHappenedIsNotServedAfterIt_Q7() {
        duringRead = changes::incrementAndGet; // the call commits while the board is being read
        Board raced = boards.board("DEMO");
        duringRead = () -> { };
        Board next = boards.board("DEMO");
        assertEquals(2, reads.get(), "the board from before the change was handed out once, then read again");
        assertEquals(false, raced == next);
    }

    @Test
    void withNoMaximumAgeEveryBoardIsReadWhenAskedFor_Q7() {
        // a queue in plain Java: other queues on the database publish nothing it hears of
        SharedBoards unshared = new SharedBoards(this::read, Duration.ZERO, changes::get, nanos::get);
        Board first = unshared.board("DEMO");
        Board second = unshared.board("DEMO");
        assertEquals(2, reads.get());
        assertEquals(false, first == second);
    }

    @Test
    void anUnknownSiteIsAnErrorAndNothingIsKept_Q7() {
        assertThrows(NotFound.class, () -> boards.board("NOPE"));
        assertThrows(NotFound.class, () -> boards.board("NOPE"));
        assertEquals(0, reads.get());
    }
}
