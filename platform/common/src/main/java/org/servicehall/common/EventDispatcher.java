package org.servicehall.common;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DomainEvents} in plain Java: one queue and one daemon thread that delivers each event, in
 * order of publication, to {@link #forward} (where the platform's component posts it to EventAdmin)
 * and then to every subscribed listener whose prefix matches. The thread starts with the first
 * event. A listener that throws is logged and skipped; one that takes longer than a second is
 * logged too (it holds up the events behind it, never the publisher).
 *
 * <p>The platform runs one per node as the {@code DomainEvents} service; tests build their own
 * with {@code new EventDispatcher("test")}, call {@link #drain} before looking at what listeners
 * got, and {@link #close} it at the end.
 *
 * @since 1.2
 */
public class EventDispatcher implements DomainEvents, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private static final long SLOW_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int BACKLOG_WARNING = 10_000;
    /** Put behind the last event by {@link #close}: the thread delivers what is before it and ends. */
    private static final DomainEvent STOP = new DomainEvent(DomainEvent.TOPIC_ROOT + "common/Stop");

    private static final class Listener {
        final String prefix;
        final Consumer<DomainEvent> consumer;
        volatile boolean active = true;

        Listener(String prefix, Consumer<DomainEvent> consumer) {
            this.prefix = prefix;
            this.consumer = consumer;
        }
    }

    private final String name;
    private final BlockingQueue<DomainEvent> queue = new LinkedBlockingQueue<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object progress = new Object();
    private Thread thread;
    private boolean closed;
    private long published;
    private long delivered;
    private boolean backlogWarned;

    /** @param name the dispatcher thread's name, e.g. {@code servicehall-events} */
    public EventDispatcher(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (progress) {
            if (closed) {
                LOG.debug("{} stopped: {} not delivered", name, event.topic());
                return;
            }
            if (thread == null) {
                thread = new Thread(this::run, name);
                thread.setDaemon(true);
                thread.start();
            }
            published++;
            queue.add(event);
            int backlog = queue.size();
            if (backlog >= BACKLOG_WARNING && !backlogWarned) {
                backlogWarned = true;
                LOG.warn("{}: {} events wait for delivery; a listener is too slow", name, backlog);
            } else if (backlog < BACKLOG_WARNING / 10) {
                backlogWarned = false;
            }
        }
    }

    @Override
    public Subscription subscribe(String topicPrefix, Consumer<DomainEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        Listener l = new Listener(DomainEvent.prefix(topicPrefix), listener);
        listeners.add(l);
        return () -> {
            l.active = false;
            listeners.remove(l);
        };
    }

    /**
     * Called on the dispatcher thread for every event before the listeners get it, in order; does
     * nothing here. The platform's component posts the event to EventAdmin. An exception is logged.
     */
    protected void forward(DomainEvent event) {
        // no EventAdmin outside OSGi
    }

    /**
     * Waits until every event published before this call has been delivered (for tests, and to let
     * a short-lived tool finish).
     *
     * @return false when the timeout passed first
     * @throws IllegalStateException when called from a listener (it would wait for itself)
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            if (Thread.currentThread() == thread) {
                throw new IllegalStateException("drain() called by a listener of " + name);
            }
            long target = published;
            while (delivered < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Events published and not yet delivered. */
    public int pending() {
        synchronized (progress) {
            return (int) (published - delivered);
        }
    }

    /** Delivers what was published before (for up to five seconds), then stops; later events are dropped. */
    @Override
    public void close() {
        Thread t;
        synchronized (progress) {
            if (closed) {
                return;
            }
            closed = true;
            t = thread;
            queue.add(STOP);
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("{}: a listener did not finish within 5 s; {} event(s) not delivered", name, pending());
            t.interrupt();
        }
    }

    private void run() {
        while (true) {
            DomainEvent event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (event == STOP) {
                return;
            }
            deliver(event);
            synchronized (progress) {
                delivered++;
                progress.notifyAll();
            }
        }
    }

    private void deliver(DomainEvent event) {
        try {
            forward(event);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{}: {} could not be forwarded: {}", name, event.topic(), e.toString(), e);
        }
        for (Listener l : listeners) {
            if (!l.active || !event.topic().startsWith(l.prefix)) {
                continue;
            }
            long start = System.nanoTime();
            try {
                l.consumer.accept(event);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("{}: a listener of {} failed on {}", name, l.prefix, event.topic(), e);
            }
            long took = System.nanoTime() - start;
            if (took > SLOW_NANOS) {
                LOG.warn("{}: a listener of {} took {} ms for {}; the events behind it waited", name, l.prefix, took / 1_000_000,
                        event.topic());
            }
        }
    }
}
