package org.servicehall.queue.internal;

import org.servicehall.site.Site;

/**
 * Q3, Q4: what asks for a check of a service's alerts after a change that may start or end one
 * (a ticket issued or called, a window opened or closed, new thresholds). The check runs off the
 * caller's thread, coalesced per service, so issuing and calling do not wait for it.
 */
public interface AlertChecks {

    void check(Site site, String serviceCode);
}
