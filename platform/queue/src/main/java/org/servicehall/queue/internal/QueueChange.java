package org.servicehall.queue.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.Ticket;

/**
 * A change of the queue (a domain event under {@link QueueEvents}), published after its commit to
 * EventAdmin, this node's screens and the other nodes.
 */
public record QueueChange(String topic, Map<String, Object> properties) {

    /** A change of one ticket: its site, id, number, service and window (its own, else {@code window} when given). */
    static QueueChange ofTicket(String topic, Ticket t, Integer window) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(QueueEvents.SITE, t.siteId());
        props.put(QueueEvents.TICKET_ID, t.id());
        props.put(QueueEvents.NUMBER, t.number());
        props.put(QueueEvents.SERVICE, t.serviceCode());
        if (t.windowNumber() != null) {
            props.put(QueueEvents.WINDOW, t.windowNumber());
        } else if (window != null) {
            props.put(QueueEvents.WINDOW, window);
        }
        return new QueueChange(topic, props);
    }

    public long siteId() {
        return (Long) properties.get(QueueEvents.SITE);
    }
}
