package org.servicehall.queue.internal;

import java.util.Map;

import org.servicehall.queue.QueueEvents;

/**
 * A change of the queue (a domain event under {@link QueueEvents}), published after its commit to
 * EventAdmin, this node's screens and the other nodes.
 */
public record QueueChange(String topic, Map<String, Object> properties) {

    public long siteId() {
        return (Long) properties.get(QueueEvents.SITE);
    }
}
