package org.servicehall.web.internal.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Constants;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.web.ApiResource;

import jakarta.ws.rs.Path;

/**
 * The REST resources contributed by all bundles (whiteboard); the API servlet rebuilds on change.
 * Each is known by its service id, so readiness can tell which registered resources the serving
 * REST application holds (issue 17).
 */
@Component(service = ApiRegistry.class, immediate = true)
public final class ApiRegistry {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiRegistry.class);

    /** The resources held now, with the service ids of every registered one handled (held or refused). */
    public record Contents(List<ApiResource> resources, Set<Long> handled) {
    }

    private final Map<Long, ApiResource> resources = new LinkedHashMap<>();
    private final Set<Long> refused = new HashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addResource(ApiResource resource, Map<String, Object> properties) {
        long id = (Long) properties.get(Constants.SERVICE_ID);
        if (resource.getClass().getAnnotation(Path.class) == null) {
            LOG.error("REST resource {} was refused: it has no @Path (or imports jakarta.ws.rs from elsewhere than the console)",
                    resource.getClass().getName());
            synchronized (this) {
                refused.add(id);
            }
            return;
        }
        synchronized (this) {
            resources.put(id, resource);
        }
        listeners.forEach(Runnable::run);
    }

    public void removeResource(ApiResource resource, Map<String, Object> properties) {
        long id = (Long) properties.get(Constants.SERVICE_ID);
        boolean removed;
        synchronized (this) {
            refused.remove(id);
            removed = resources.remove(id) != null;
        }
        if (removed) {
            listeners.forEach(Runnable::run);
        }
    }

    public synchronized List<ApiResource> resources() {
        return new ArrayList<>(resources.values());
    }

    /** What the registry holds now, in one consistent look. */
    public synchronized Contents contents() {
        Set<Long> handled = new HashSet<>(resources.keySet());
        handled.addAll(refused);
        return new Contents(new ArrayList<>(resources.values()), handled);
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void removeOnChange(Runnable listener) {
        listeners.remove(listener);
    }
}
