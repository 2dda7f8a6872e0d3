package org.servicehall.queue;

import org.servicehall.security.Actor;

/**
 * Asked before every call: a higher area (attendance: the staff member left the post, A3/A4) or a
 * sector plugin may refuse it by throwing a {@link org.servicehall.common.HallException} that
 * names the reason. Registered as OSGi services.
 */
public interface CallGuard {
    void check(Actor actor, long siteId, long windowId, int windowNumber);
}
