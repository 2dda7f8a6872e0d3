package org.servicehall.site.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.servicehall.common.HallProperties;
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

    @Override
    public String folder() {
        return "catalogue";
    }

    @Override
    public void added(PluginSource source, List<URL> files) {
        List<CatalogueItem> items = new ArrayList<>();
        for (HallProperties file : HallProperties.read(source, folder(), files)) {
            items.addAll(CatalogueFiles.items(file, source));
        }
        registry.add(source.bundleId(), items);
        LOG.info("Catalogue: {} service item(s) of sector '{}' from {}", items.size(), source.sector(), source);
    }

    @Override
    public void removed(PluginSource source) {
        if (registry.remove(source.bundleId())) {
            LOG.info("Catalogue: items of {} withdrawn", source);
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
        return registry.onChange(listener);
    }
}
