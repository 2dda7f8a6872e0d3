package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DESIGN §5: one publisher per node, one ordered dispatcher thread, EventAdmin and in-node listeners. */
class EventDispatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What the platform's component posts to EventAdmin, recorded here. */
    private final List<String> forwarded = Collections.synchronizedList(new ArrayList<>());
    private final EventDispatcher events = new EventDispatcher("test-events") {
        @Override
        protected void forward(DomainEvent event) {
            forwarded.add(event.name());
        }
    };

    @AfterEach
    void close() {
        events.close();
    }

    private static DomainEvent queue(String name, int n) {
        return new DomainEvent("org/servicehall/queue/" + name, Map.of("n", n));
    }

    @Test
    void listenersGetTheEventsOfTheirPrefixInTheOrderOfPublication() throws Exception {
        List<String> queueEvents = Collections.synchronizedList(new ArrayList<>());
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        List<String> all = Collections.synchronizedList(new ArrayList<>());
        events.subscribe("org/servicehall/queue/", e -> queueEvents.add(e.name() + e.property("n")));
        events.subscribe("org/servicehall/queue/TicketCalled", e -> calls.add(e.name() + e.property("n")));
        events.subscribe("org/servicehall/*", e -> all.add(e.name()));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.publish(queue(i % 3 == 0 ? "TicketCalled" : "TicketIssued", i));
            expected.add((i % 3 == 0 ? "TicketCalled" : "TicketIssued") + i);
        }
        events.publishAll(List.of(new DomainEvent("org/servicehall/attendance/ClockedIn")));
        assertTrue(events.drain(WAIT));
        assertEquals(expected, queueEvents);
        assertEquals(expected.stream().filter(s -> s.startsWith("TicketCalled")).toList(), calls);
        assertEquals(501, all.size());
        assertEquals("ClockedIn", all.get(500));
        assertEquals(all, forwarded, "EventAdmin gets every event, in the same order");
    }

    @Test
    void everyEventIsDeliveredOnTheOneDispatcherThreadNotThePublishers() throws Exception {
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        events.subscribe("org/servicehall/", e -> threads.add(Thread.currentThread()));
        events.publish(queue("TicketIssued", 1));
        Thread other = new Thread(() -> events.publish(queue("TicketIssued", 2)));
        other.start();
        other.join();
        assertTrue(events.drain(WAIT));
        assertEquals(2, threads.size());
        assertEquals(threads.get(0), threads.get(1));
        assertNotEquals(Thread.currentThread(), threads.get(0));
        assertEquals("test-events", threads.get(0).getName());
        assertTrue(threads.get(0).isDaemon());
    }

    @Test
    void aThrowingListenerIsSkippedAndTheOthersStillGetTheEvent() throws Exception {
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        events.subscribe("org/servicehall/queue/", e -> {
            throw new IllegalStateException("a broken screen");
        });
        events.subscribe("org/servicehall/queue/", e -> got.add((Integer) e.property("n")));
        events.publish(queue("TicketIssued", 1));
        events.publish(queue("TicketIssued", 2));
        assertTrue(events.drain(WAIT));
        assertEquals(List.of(1, 2), got);
    }

    @Test
    void aThrowingForwardDoesNotStopTheListeners() throws Exception {
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        try (EventDispatcher broken = new EventDispatcher("broken-forward") {
            @Override
            protected void forward(DomainEvent event) {
                throw new IllegalStateException("EventAdmin went away");
            }
        }) {
            broken.subscribe("", e -> got.add((Integer) e.property("n")));
            broken.publish(queue("TicketIssued", 1));
            assertTrue(broken.drain(WAIT));
        }
        assertEquals(List.of(1), got);
    }

    @Test
    void aSlowListenerDoesNotBlockThePublisher() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inListener = new CountDownLatch(1);
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        events.subscribe("org/servicehall/queue/", e -> {
            inListener.countDown();
            try {
                release.await();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            got.add((Integer) e.property("n"));
        });
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 1000; i++) {
                events.publish(queue("TicketIssued", i));
            }
        });
        assertTrue(inListener.await(5, TimeUnit.SECONDS));
        assertFalse(events.drain(Duration.ofMillis(50)), "still held up by the slow listener");
        assertTrue(events.pending() > 0);
        release.countDown();
        assertTrue(events.drain(WAIT));
        assertEquals(1000, got.size());
        assertEquals(0, events.pending());
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() throws Exception {
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        Subscription s = events.subscribe("org/servicehall/queue/", e -> got.add((Integer) e.property("n")));
        events.publish(queue("TicketIssued", 1));
        assertTrue(events.drain(WAIT));
        s.close();
        s.close();
        events.publish(queue("TicketIssued", 2));
        assertTrue(events.drain(WAIT));
        assertEquals(List.of(1), got);
    }

    @Test
    void aListenerMayUnsubscribeItselfAndSubscribeOthers() throws Exception {
        List<String> got = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Subscription> self = new AtomicReference<>();
        self.set(events.subscribe("org/servicehall/queue/", e -> {
            got.add("once" + e.property("n"));
            self.get().close();
            events.subscribe("org/servicehall/queue/", later -> got.add("later" + later.property("n")));
        }));
        events.publish(queue("TicketIssued", 1));
        events.publish(queue("TicketIssued", 2));
        assertTrue(events.drain(WAIT));
        assertEquals(List.of("once1", "later2"), got);
    }

    @Test
    void closingDeliversWhatWasPublishedAndDropsWhatComesAfter() throws Exception {
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        events.subscribe("", e -> got.add((Integer) e.property("n")));
        for (int i = 0; i < 100; i++) {
            events.publish(queue("TicketIssued", i));
        }
        events.close();
        assertEquals(100, got.size());
        events.publish(queue("TicketIssued", 100));
        assertTrue(events.drain(Duration.ofMillis(100)), "nothing waits after close");
        assertEquals(100, got.size());
        events.close();
    }

    @Test
    void drainFromAListenerIsRefusedInsteadOfWaitingForItself() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        events.subscribe("", e -> {
            try {
                events.drain(Duration.ofSeconds(1));
            } catch (IllegalStateException | InterruptedException x) {
                thrown.set(x);
            }
        });
        events.publish(queue("TicketIssued", 1));
        assertTrue(events.drain(WAIT));
        assertTrue(thrown.get() instanceof IllegalStateException, String.valueOf(thrown.get()));
    }

    @Test
    void aDispatcherWithoutEventsStartsNoThread() throws Exception {
        try (EventDispatcher idle = new EventDispatcher("idle-events")) {
            assertTrue(idle.drain(Duration.ZERO));
            assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("idle-events")));
        }
        assertThrows(NullPointerException.class, () -> events.publish(null));
    }
}
