package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.servicehall.queue.PriorityPolicy;
import org.servicehall.queue.Ticket;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.SiteService;

/**
 * Q2, Q5: the order in which a line of waiting tickets is called: the first registered
 * {@link PriorityPolicy} (highest ranking first) that applies to one of the services' sectors, else
 * the {@link DefaultPriorityPolicy} with the configured fairness cap. Calling, positions and the
 * wait predictions of the alerts all follow it.
 */
final class CallOrder {
    private final SiteService sites;
    private final Supplier<List<PriorityPolicy>> policies;
    private final Duration fairnessCap;

    CallOrder(SiteService sites, Supplier<List<PriorityPolicy>> policies, Duration fairnessCap) {
        this.sites = sites;
        this.policies = policies;
        this.fairnessCap = fairnessCap;
    }

    /** The calling order of the site's tickets of these services at {@code now}. */
    Comparator<Ticket> of(long siteId, Set<String> services, Instant now) {
        return policy(siteId, services).order(now);
    }

    private PriorityPolicy policy(long siteId, Set<String> services) {
        Set<String> sectors = sites.serviceItems(siteId).stream().filter(i -> services.contains(i.code())).map(ServiceItem::sector)
                .collect(Collectors.toSet());
        for (PriorityPolicy p : policies.get()) {
            for (String sector : sectors) {
                if (p.appliesTo(sector, services)) {
                    return p;
                }
            }
        }
        return new DefaultPriorityPolicy(fairnessCap);
    }
}
