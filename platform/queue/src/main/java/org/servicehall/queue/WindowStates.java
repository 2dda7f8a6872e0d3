package org.servicehall.queue;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * Q11: whether a window is open for calling. A supervisor opens and closes windows; a closed
 * window calls nobody, and a service no open window serves takes no tickets (Q8). Changes are
 * audited and announced ({@code WindowOpened}, {@code WindowClosed} under {@link QueueEvents#PREFIX}).
 *
 * @since 1.5
 */
@ProviderType
public interface WindowStates {

    /** Q11: a supervisor opens or closes a window for calling. */
    void setWindowOpen(Actor actor, long windowId, boolean open);

    boolean isWindowOpen(long windowId);
}
