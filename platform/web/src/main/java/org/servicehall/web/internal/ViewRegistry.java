package org.servicehall.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views contributed by all bundles (whiteboard). Listeners (the web server's route table and
 * every open console page's menu) hear about each arrival and departure.
 */
@Component(service = ViewRegistry.class, immediate = true)
public final class ViewRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    /** Told about every change; called on the thread that registered or removed the service. */
    public interface Listener {
        void added(ViewContribution view);

        void removed(ViewContribution view);
    }

    private final Map<String, ViewContribution> byPath = new ConcurrentHashMap<>();
    /** The service ids of the views handled: routed (the listeners run in {@link #addView}) or refused. */
    private final Set<Long> handled = ConcurrentHashMap.newKeySet();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addView(ViewContribution view, Map<String, Object> properties) {
        try {
            add(view);
        } finally {
            handled.add((Long) properties.get(Constants.SERVICE_ID));
        }
    }

    private void add(ViewContribution view) {
        ViewInfo info;
        try {
            info = view.info();
            view.viewType();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("A contributed view was refused: its description could not be read", e);
            return;
        }
        ViewContribution previous = byPath.putIfAbsent(info.path(), view);
        if (previous != null) {
            LOG.error("View '{}' of sector '{}' was refused: the path is already used by {}", info.path(), info.sector(),
                    previous.viewType().getName());
            return;
        }
        LOG.info("View added: /{} ({})", info.path(), info.sector());
        listeners.forEach(l -> notify(() -> l.added(view)));
    }

    public void removeView(ViewContribution view, Map<String, Object> properties) {
        handled.remove(properties.get(Constants.SERVICE_ID));
        String path;
        try {
            path = view.info().path();
        } catch (RuntimeException | LinkageError e) {
            return;
        }
        if (byPath.remove(path, view)) {
            LOG.info("View removed: /{}", path);
            listeners.forEach(l -> notify(() -> l.removed(view)));
        }
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A view listener failed", e);
        }
    }

    /** The service ids of the registered views that have been routed or refused (issue 17: readiness). */
    public Set<Long> handled() {
        return Set.copyOf(handled);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** All views, in menu order. */
    public List<ViewContribution> views() {
        List<ViewContribution> all = new ArrayList<>(byPath.values());
        all.sort(Comparator.comparingInt((ViewContribution v) -> v.info().order()).thenComparing(v -> v.info().path()));
        return all;
    }

    public Optional<ViewContribution> byType(Class<?> type) {
        return byPath.values().stream().filter(v -> v.viewType() == type).findFirst();
    }

    public Optional<ViewContribution> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
