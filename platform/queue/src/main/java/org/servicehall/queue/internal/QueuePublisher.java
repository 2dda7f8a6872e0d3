package org.servicehall.queue.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.servicehall.common.Subscription;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.DatabaseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link QueueEventBus} of a node: a change made here goes to EventAdmin, this node's screens
 * and (on PostgreSQL, through the {@link ChangeFeed}) the other nodes; a change heard from another
 * node goes to EventAdmin and this node's screens. Built in plain Java (tests, tools) it hands each
 * change to the consumer given and then to the listeners, on the publishing thread.
 */
@Component(service = QueueEventBus.class, immediate = true)
public final class QueuePublisher implements QueueEventBus {
    private static final Logger LOG = LoggerFactory.getLogger(QueuePublisher.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    private final List<Consumer<QueueChange>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong changes = new AtomicLong();
    /** Also told of every change, first (a test's or tool's record of what was published). */
    private final Consumer<QueueChange> publisher;
    /**
     * This node's screens hear of changes on a thread of their own, in order: the request that made
     * a change (a desk's call) does not wait while 200 boards redraw and push.
     */
    private final Executor screens;
    private final ChangeFeed feed;

    @Activate
    public QueuePublisher(@Reference Database database) {
        this.publisher = change -> { };
        this.screens = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "servicehall-queue-screens");
            t.setDaemon(true);
            return t;
        });
        this.feed = database.kind() == DatabaseKind.POSTGRESQL
                ? new PgChangeFeed(database.dataSource(), UUID.randomUUID().toString().substring(0, 8), this::deliver)
                : ChangeFeed.NONE;
    }

    /** In plain Java: one node, no EventAdmin; each change goes to {@code publisher}, then to the listeners. */
    QueuePublisher(Consumer<QueueChange> publisher) {
        this.publisher = publisher;
        this.screens = Runnable::run;
        this.feed = ChangeFeed.NONE;
    }

    @Deactivate
    void deactivate() {
        if (screens instanceof ExecutorService own) {
            own.shutdownNow();
        }
        feed.close();
    }

    /** A change of this node: to EventAdmin, this node's screens and the other nodes. */
    @Override
    public void publish(QueueChange change) {
        deliver(change);
        feed.published(change);
    }

    /** A change of this node or another: to EventAdmin and this node's screens. */
    private void deliver(QueueChange change) {
        changes.incrementAndGet();
        publisher.accept(change);
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(change.topic(), change.properties()));
        }
        try {
            screens.execute(() -> {
                for (Consumer<QueueChange> l : listeners) {
                    try {
                        l.accept(change);
                    } catch (RuntimeException e) {
                        LOG.warn("A queue screen failed to take an update", e);
                    }
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("queue stopping: {} not shown on screens", change.topic());
        }
    }

    @Override
    public Subscription listen(Consumer<QueueChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public long changes() {
        return changes.get();
    }
}
