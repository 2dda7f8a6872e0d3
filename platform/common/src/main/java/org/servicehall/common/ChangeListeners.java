package org.servicehall.common;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners a service tells "something changed, look again" ({@code onChange(Runnable)} of the
 * site service, the catalogue, a {@link ContributionRegistry}): added with a {@link Subscription}
 * to close, told in order on the thread that made the change, a listener that throws logged and
 * the others still told. Thread-safe. (For events with a topic and a payload, across areas, use
 * {@link DomainEvents}.)
 *
 * @since 1.2
 */
public final class ChangeListeners {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeListeners.class);

    private final String name;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @param name what changes, for the log (e.g. {@code site}) */
    public ChangeListeners(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public Subscription add(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener. */
    public void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A listener of the {} failed", name, e);
            }
        }
    }
}
