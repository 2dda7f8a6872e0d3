package org.servicehall.queue.internal;

import java.util.function.Consumer;

import org.servicehall.common.Subscription;

/**
 * The queue's changes on this node: each is published after its commit and heard by this node's
 * screens and light pages, and by EventAdmin and the other nodes ({@link QueuePublisher}).
 */
public interface QueueEventBus {

    /** After commit: tell whoever follows the queue. */
    void publish(QueueChange change);

    /** Follows every change published on this node or heard from another; returns the handle that stops it. */
    Subscription listen(Consumer<QueueChange> listener);

    /**
     * How many changes this node has published or heard from other nodes, counted before any
     * listener hears of one: a read kept for a moment (the display boards) is read again once it
     * moved on.
     */
    long changes();
}
