package org.servicehall.web.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.web.ApiResource;

import jakarta.ws.rs.Path;

/** The REST resources contributed by all bundles (whiteboard); the API servlet rebuilds on change. */
@Component(service = ApiRegistry.class, immediate = true)
public final class ApiRegistry {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiRegistry.class);

    private final List<ApiResource> resources = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addResource(ApiResource resource) {
        if (resource.getClass().getAnnotation(Path.class) == null) {
            LOG.error("REST resource {} was refused: it has no @Path (or imports jakarta.ws.rs from elsewhere than the console)",
                    resource.getClass().getName());
            return;
        }
        resources.add(resource);
        listeners.forEach(Runnable::run);
    }

    public void removeResource(ApiResource resource) {
        if (resources.remove(resource)) {
            listeners.forEach(Runnable::run);
        }
    }

    public List<ApiResource> resources() {
        return new ArrayList<>(resources);
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void removeOnChange(Runnable listener) {
        listeners.remove(listener);
    }
}
