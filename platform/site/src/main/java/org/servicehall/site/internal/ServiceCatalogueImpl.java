package org.servicehall.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.servicehall.common.HallException;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginSource;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.ServiceCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads plugins' {@code HALL-INF/catalogue/} files into the merged {@link ServiceCatalogue}. */
@Component(service = { ServiceCatalogue.class, HallResourceHandler.class }, immediate = true)
public final class ServiceCatalogueImpl implements ServiceCatalogue, HallResourceHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceCatalogueImpl.class);

    private final CatalogueRegistry registry = new CatalogueRegistry();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public String folder() {
        return "catalogue";
    }

    @Override
    public void added(PluginSource source, List<URL> files) {
        List<CatalogueItem> items = new ArrayList<>();
        for (URL file : files) {
            String name = "HALL-INF/catalogue/" + file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            if (!name.endsWith(".properties")) {
                throw new HallException(name + " is not a .properties catalogue file");
            }
            try (InputStream in = file.openStream()) {
                items.addAll(CatalogueFiles.parse(source + ": " + name, new InputStreamReader(in, StandardCharsets.UTF_8), source));
            } catch (IOException e) {
                throw new HallException(name + " of " + source + " could not be read: " + e.getMessage(), e);
            }
        }
        registry.add(source.bundleId(), items);
        LOG.info("Catalogue: {} service item(s) of sector '{}' from {}", items.size(), source.sector(), source);
        fire();
    }

    @Override
    public void removed(PluginSource source) {
        if (registry.remove(source.bundleId())) {
            LOG.info("Catalogue: items of {} withdrawn", source);
            fire();
        }
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A catalogue listener failed", e);
            }
        }
    }

    @Override
    public List<CatalogueItem> items() {
        return registry.items();
    }

    @Override
    public List<CatalogueItem> items(String sector) {
        return registry.items().stream().filter(i -> i.sector().equals(sector)).toList();
    }

    @Override
    public Optional<CatalogueItem> item(String code) {
        return registry.item(code);
    }

    @Override
    public Set<String> sectors() {
        return registry.sectors();
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
