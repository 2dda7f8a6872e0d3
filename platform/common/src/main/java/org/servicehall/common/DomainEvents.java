package org.servicehall.common;

import java.util.Collection;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one way an area publishes its {@link DomainEvent}s and a screen, alert rule or plugin of the
 * same node follows them (DESIGN §5). The platform registers one as an OSGi service; a plain-Java
 * test uses {@link EventDispatcher} itself.
 *
 * <p>Delivery: every event goes, in the order it was published, on ONE dispatcher thread per
 * node, to EventAdmin (when it runs) and to the listeners subscribed to a prefix of its topic.
 * {@link #publish} only queues the event: the caller (a desk's call, a rating) never waits for a
 * slow screen; a listener that throws is logged and the others still get the event.
 *
 * <h2>How an area adopts it</h2>
 * <ol>
 * <li>Take it in the constructor: {@code @Activate public QueueLifecycle(@Reference DomainEvents events, …)};
 * a unit test passes {@code new EventDispatcher("test")} (and {@link EventDispatcher#drain} before asserting).</li>
 * <li>Collect the events of a unit of work while it runs and publish them after it committed:
 * <pre>
 * List&lt;DomainEvent&gt; out = new ArrayList&lt;&gt;();
 * Ticket t = Jdbc.inTransaction(ds, c -&gt; { …; out.add(new DomainEvent(QueueEvents.TICKET_CALLED, props)); return ticket; }, failure);
 * events.publishAll(out);   // after the commit: a rolled-back call publishes nothing
 * </pre>
 * This replaces {@code Queue.Change}, {@code Complaints.Published}, {@code Attendance.Published}
 * and the {@code BiConsumer<String, Map>} publishers, and each component's own EventAdmin
 * reference, listener list and screen executor.</li>
 * <li>Screens subscribe to their area's prefix and keep the handle to close when detached:
 * {@code Subscription s = events.subscribe(QueueEvents.PREFIX, e -> ui.access(this::refresh));}</li>
 * <li>Other nodes (PostgreSQL {@code LISTEN/NOTIFY}, as the queue's change feed does): the feed
 * subscribes to the area's prefix and sends on only events that are not {@link
 * DomainEvent#fromOtherNode()}; what it receives it publishes with {@link DomainEvent#NODE} set, so
 * it reaches this node's listeners and EventAdmin and is not sent back.</li>
 * <li>Work to do after an own event (attendance looks at its alerts again after a sign-in) is a
 * subscription too, off the publisher's thread.</li>
 * </ol>
 *
 * @since 1.2
 */
@ProviderType
public interface DomainEvents {

    /**
     * Queues the event for delivery; call it after the unit of work that made it committed. Never
     * blocks on listeners and never throws because of one. After the dispatcher stopped the event
     * is dropped (and logged).
     */
    void publish(DomainEvent event);

    /** {@link #publish} each, in order. */
    default void publishAll(Collection<DomainEvent> events) {
        events.forEach(this::publish);
    }

    /**
     * Tells {@code listener}, on the dispatcher thread, of every event whose topic starts with
     * {@code topicPrefix} (e.g. {@code org/servicehall/queue/}, or a whole topic; a trailing
     * {@code *} is ignored), published after this call, in order of publication.
     *
     * @return the handle that stops it; once closed, events not yet delivered are not delivered to it
     */
    Subscription subscribe(String topicPrefix, Consumer<DomainEvent> listener);
}
