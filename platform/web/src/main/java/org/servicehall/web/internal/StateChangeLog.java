package org.servicehall.web.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations log (issue 17): one INFO line per state change this node makes, from the domain
 * events every area publishes ({@code org/servicehall/<area>/<Change>}): ticket issued, called,
 * started, finished, transferred, no-show; staff clocked in and out at a window, left and returned to
 * their post; ratings, complaints and their steps; cases opened, changed, escalated; queue alerts.
 * Each line names the change and the ids an operator follows it by (site, window, ticket, case,
 * complaint, staff number), in a fixed order. Only the properties named in {@link #IDS} are written,
 * so no name, phone number, message or other free text reaches the log (S3). The distribution routes
 * the logger {@value #LOGGER} to {@code data/log/operations.log}, rolled over by size.
 */
@Component(service = EventHandler.class, immediate = true, property = EventConstants.EVENT_TOPIC + "=" + StateChangeLog.TOPICS)
public final class StateChangeLog implements EventHandler {
    static final String LOGGER = "org.servicehall.operations";
    static final String TOPICS = "org/servicehall/*";
    private static final String PREFIX = "org/servicehall/";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    /** The event properties that are ids or codes, never personal data, in the order they are written. */
    static final List<String> IDS = List.of("site", "window", "fromWindow", "ticketId", "number", "service", "staffNumber", "caseId", "stage",
            "step", "light", "previousLight", "complaintId", "trackingNumber", "ratingId", "level", "source", "category", "status",
            "previousStatus", "alertId", "kind", "leaveId", "minutes", "allowedMinutes", "id", "period", "rule", "code", "action", "escalatedTo");

    @Override
    public void handleEvent(Event event) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line(event));
        }
    }

    /** {@code queue TicketCalled site=1 window=3 ticketId=812 number=A012 service=GEN}. */
    static String line(Event event) {
        String topic = event.getTopic();
        String change = topic.startsWith(PREFIX) ? topic.substring(PREFIX.length()).replace('/', ' ') : topic;
        StringBuilder line = new StringBuilder(change);
        for (String key : IDS) {
            Object value = event.getProperty(key);
            if (value != null) {
                line.append(' ').append(key).append('=').append(clean(value.toString()));
            }
        }
        return line.toString();
    }

    /** A value on one line, without spaces, at most 64 characters: an id or a code, never a paragraph. */
    private static String clean(String value) {
        String v = value.replaceAll("[\\s=]+", "_");
        return v.length() > 64 ? v.substring(0, 64) : v;
    }
}
