package org.servicehall.queue.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.servicehall.queue.QueueEvents;

/**
 * Carries queue changes between nodes that share one database, so a board on node B shows a call
 * made on node A at once (DESIGN §4). On PostgreSQL it is {@code LISTEN/NOTIFY}; on the embedded
 * database there is one node and nothing to carry.
 */
interface ChangeFeed extends AutoCloseable {

    /** After commit: tell the other nodes. */
    void published(QueueChange change);

    @Override
    void close();

    /** The single-node feed. */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public void published(QueueChange change) {
        }

        @Override
        public void close() {
        }
    };

    /** The notification payload: the node, the topic and the ticket fields of a change (no free text). */
    static String encode(String node, QueueChange change) {
        Map<String, Object> p = change.properties();
        return String.join("|", node, change.topic(), String.valueOf(p.get(QueueEvents.SITE)), value(p.get(QueueEvents.TICKET_ID)),
                value(p.get(QueueEvents.NUMBER)), value(p.get(QueueEvents.SERVICE)), value(p.get(QueueEvents.WINDOW)));
    }

    /** The change a payload describes, or null when it came from {@code self}. */
    static QueueChange decode(String self, String payload) {
        String[] f = payload.split("\\|", -1);
        if (f.length != 7 || f[0].equals(self)) {
            return null;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(QueueEvents.SITE, Long.parseLong(f[2]));
        if (!f[3].isEmpty()) {
            p.put(QueueEvents.TICKET_ID, Long.parseLong(f[3]));
        }
        if (!f[4].isEmpty()) {
            p.put(QueueEvents.NUMBER, f[4]);
        }
        if (!f[5].isEmpty()) {
            p.put(QueueEvents.SERVICE, f[5]);
        }
        if (!f[6].isEmpty()) {
            p.put(QueueEvents.WINDOW, Integer.parseInt(f[6]));
        }
        p.put("node", f[0]);
        return new QueueChange(f[1], p);
    }

    private static String value(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Hands remote changes to this node's listeners. */
    interface Delivery extends Consumer<QueueChange> {
    }
}
