package org.servicehall.queue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentServiceObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services bound to one of the queue's extension points, each got from the framework the
 * first time the queue uses it, not when DS binds it. The areas above plug into the queue and
 * also use it (attendance's call guard, window staff and desk section, the complaint area's
 * rating follow-up): getting such a service while the queue is being activated activates its
 * provider in the middle of the queue's own activation, and when that provider's activation had
 * itself asked for the queue, the framework refuses the cycle and the reference stays unbound —
 * the rating links went away that way (issue 10 #6). At use time the queue is active, and a
 * provider activates like any other user of the queue. DS ungets what was got when it unbinds.
 */
final class ExtensionPoint<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionPoint.class);

    private record Bound<T>(ComponentServiceObjects<T> objects, int ranking, long serviceId, AtomicReference<T> service) {
    }

    private static final Comparator<Bound<?>> HIGHEST_RANKING_FIRST = Comparator.<Bound<?>>comparingInt(Bound::ranking).reversed()
            .thenComparingLong(Bound::serviceId);

    private final String what;
    private final List<Bound<T>> bound = new CopyOnWriteArrayList<>();

    ExtensionPoint(String what) {
        this.what = what;
    }

    void add(ComponentServiceObjects<T> objects, Map<String, Object> properties) {
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        long id = properties.get(Constants.SERVICE_ID) instanceof Long i ? i : Long.MAX_VALUE;
        bound.add(new Bound<>(objects, ranking, id, new AtomicReference<>()));
    }

    void remove(ComponentServiceObjects<T> objects) {
        bound.removeIf(b -> b.objects() == objects);
    }

    /** The services, highest {@code service.ranking} first; one that cannot be had now (unbinding, failing) is left out. */
    List<T> services() {
        List<Bound<T>> order = new ArrayList<>(bound);
        order.sort(HIGHEST_RANKING_FIRST);
        List<T> services = new ArrayList<>(order.size());
        for (Bound<T> b : order) {
            T service = b.service().get();
            if (service == null) {
                service = get(b);
            }
            if (service != null) {
                services.add(service);
            }
        }
        return services;
    }

    private T get(Bound<T> b) {
        T service;
        try {
            service = b.objects().getService();
        } catch (IllegalStateException unbound) {
            return null;
        }
        if (service == null) {
            LOG.debug("A {} could not be had now and was left out", what);
            return null;
        }
        if (!b.service().compareAndSet(null, service)) {
            // another thread got it first: keep one use of it
            b.objects().ungetService(service);
            return b.service().get();
        }
        return service;
    }
}
