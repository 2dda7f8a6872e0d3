package org.servicehall.complaint.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.servicehall.queue.QueueEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * P1: the queue's {@code ServiceFinished} events (of this node or, through the queue's feed, another)
 * fanned out to the rating pads open on this node at that window.
 */
@Component(service = { RatingPads.class, EventHandler.class }, immediate = true, configurationPid = ComplaintConfig.PID,
        property = EventConstants.EVENT_TOPIC + "=" + QueueEvents.SERVICE_FINISHED)
public final class RatingPadFeed implements RatingPads, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RatingPadFeed.class);

    /** A rating pad open on this node, told when its window finishes a ticket. */
    private record Pad(long siteId, int window, LongConsumer onFinished) {
    }

    private final List<Pad> pads = new CopyOnWriteArrayList<>();
    private final int timeoutSeconds;

    @Activate
    public RatingPadFeed(ComplaintConfig config) {
        this.timeoutSeconds = Math.max(5, config.padTimeoutSeconds());
    }

    @Override
    public AutoCloseable follow(long siteId, int window, LongConsumer onFinished) {
        Pad pad = new Pad(siteId, window, onFinished);
        pads.add(pad);
        return () -> pads.remove(pad);
    }

    @Override
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(QueueEvents.SITE) instanceof Long site && event.getProperty(QueueEvents.WINDOW) instanceof Integer window
                && event.getProperty(QueueEvents.TICKET_ID) instanceof Long ticket) {
            for (Pad p : pads) {
                if (p.siteId() == site && p.window() == window) {
                    try {
                        p.onFinished().accept(ticket);
                    } catch (RuntimeException e) {
                        LOG.warn("A rating pad failed to take a finished ticket", e);
                    }
                }
            }
        }
    }
}
