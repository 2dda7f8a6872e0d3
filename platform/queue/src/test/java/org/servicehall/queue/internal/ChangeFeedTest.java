package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.QueueEvents;
import org.servicehall.testing.TestDatabase;

/** Q5/Q7 across nodes: a change made on one node reaches the screens of another within a second. */
class ChangeFeedTest {

    private static QueueChange called(long site, String number, int window) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(QueueEvents.SITE, site);
        p.put(QueueEvents.TICKET_ID, 42L);
        p.put(QueueEvents.NUMBER, number);
        p.put(QueueEvents.SERVICE, "TX-INVOICE");
        p.put(QueueEvents.WINDOW, window);
        return new QueueChange(QueueEvents.TICKET_CALLED, p);
    }

    @Test
    void payloadsRoundTripAndANodeIgnoresItsOwn_Q7() {
        String payload = ChangeFeed.encode("node-a", called(7, "TI012", 3));
        QueueChange back = ChangeFeed.decode("node-b", payload);
        assertEquals(QueueEvents.TICKET_CALLED, back.topic());
        assertEquals(7L, back.siteId());
        assertEquals("TI012", back.properties().get(QueueEvents.NUMBER));
        assertEquals(3, back.properties().get(QueueEvents.WINDOW));
        assertNull(ChangeFeed.decode("node-a", payload), "a node does not hear itself");
        assertNull(ChangeFeed.decode("node-b", "garbage"));
    }

    @Test
    void aCallOnNodeAReachesNodeBWithinOneSecondOnPostgresql_Q7() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            List<QueueChange> onA = new CopyOnWriteArrayList<>();
            List<QueueChange> onB = new CopyOnWriteArrayList<>();
            long site = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
            try (PgChangeFeed a = new PgChangeFeed(db.dataSource(), "node-a", c -> { if (c.siteId() == site) onA.add(c); });
                    PgChangeFeed b = new PgChangeFeed(db.dataSource(), "node-b", c -> { if (c.siteId() == site) onB.add(c); })) {
                Thread.sleep(700); // both listening
                long start = System.nanoTime();
                a.published(called(site, "TI001", 1));
                while (onB.isEmpty() && System.nanoTime() - start < 2_000_000_000L) {
                    Thread.sleep(5);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertEquals(1, onB.size(), "node B heard the call");
                assertTrue(ms < 1000, "heard after " + ms + " ms");
                assertEquals("TI001", onB.get(0).properties().get(QueueEvents.NUMBER));
                Thread.sleep(300);
                assertTrue(onA.isEmpty(), "node A does not hear its own change");
            }
        }
    }
}
