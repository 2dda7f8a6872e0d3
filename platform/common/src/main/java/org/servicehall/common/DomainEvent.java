package org.servicehall.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something that happened in an area, after its unit of work committed (DESIGN §5): a topic
 * {@code org/servicehall/<area>/<Event>} (e.g. {@code org/servicehall/queue/TicketCalled}) and its
 * properties, whose keys each area declares in its {@code *Events} class (part of its versioned
 * API). Immutable: the properties are copied in their order, a key with a {@code null} value is
 * left out (a listener reads it as absent, as EventAdmin does).
 *
 * <p>Published through {@link DomainEvents}; the same topic and properties go to EventAdmin, so an
 * OSGi {@code EventHandler} and an in-node listener see the same event.
 *
 * @param topic {@code org/servicehall/<area>/<Event>}: lower-case area, an event name of letters and digits
 * @param properties the payload: site id, ticket number… (see the area's events class)
 * @since 1.2
 */
public record DomainEvent(String topic, Map<String, Object> properties) {
    /** Every ServiceHall topic starts with this. */
    public static final String TOPIC_ROOT = "org/servicehall/";
    /**
     * The property of an event that another node published and this node received (e.g. over
     * PostgreSQL {@code LISTEN/NOTIFY}): the id of the node it came from. Events of this node do
     * not carry it, so a feed that tells other nodes forwards only {@link #fromOtherNode() its own}.
     */
    public static final String NODE = "node";

    private static final Pattern TOPIC = Pattern.compile("org/servicehall/[a-z][a-z0-9-]*(/[A-Za-z][A-Za-z0-9]*)+");

    /**
     * @throws IllegalArgumentException when the topic is not {@code org/servicehall/<area>/<Event>}
     *         or a property key is null or blank
     */
    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("'" + topic + "' is not an event topic org/servicehall/<area>/<Event>");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> {
                if (key == null || key.isBlank()) {
                    throw new IllegalArgumentException("an event property of " + topic + " has no name");
                }
                if (value != null) {
                    copy.put(key, value);
                }
            });
        }
        properties = Collections.unmodifiableMap(copy);
    }

    /** An event without properties. */
    public DomainEvent(String topic) {
        this(topic, Map.of());
    }

    public static DomainEvent of(String topic, Map<String, ?> properties) {
        return new DomainEvent(topic, properties == null ? Map.of() : new LinkedHashMap<>(properties));
    }

    /** The area that published it: {@code queue} for {@code org/servicehall/queue/TicketCalled}. */
    public String area() {
        int start = TOPIC_ROOT.length();
        return topic.substring(start, topic.indexOf('/', start));
    }

    /** The event's own name: {@code TicketCalled} for {@code org/servicehall/queue/TicketCalled}. */
    public String name() {
        return topic.substring(topic.lastIndexOf('/') + 1);
    }

    /** The property, or null when the event does not carry it. */
    public Object property(String key) {
        return properties.get(key);
    }

    /**
     * The property as the given type, or null when absent.
     *
     * @throws IllegalArgumentException naming the key when it holds another type
     */
    public <T> T property(String key, Class<T> type) {
        Object value = properties.get(key);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(topic + ": property '" + key + "' is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** The same event with one property added or replaced (a null value removes it). */
    public DomainEvent with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        copy.put(key, value);
        return new DomainEvent(topic, copy);
    }

    /** Whether the topic starts with {@code topicPrefix} (a trailing {@code *} is ignored, as in EventAdmin). */
    public boolean matches(String topicPrefix) {
        return topic.startsWith(prefix(topicPrefix));
    }

    /** Whether another node published it ({@link #NODE} is set). */
    public boolean fromOtherNode() {
        return properties.containsKey(NODE);
    }

    static String prefix(String topicPrefix) {
        if (topicPrefix == null) {
            return "";
        }
        return topicPrefix.endsWith("*") ? topicPrefix.substring(0, topicPrefix.length() - 1) : topicPrefix;
    }

    @Override
    public String toString() {
        return topic + properties;
    }
}
