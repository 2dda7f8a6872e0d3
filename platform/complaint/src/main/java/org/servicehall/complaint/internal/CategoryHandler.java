package org.servicehall.complaint.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.servicehall.common.HallProperties;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginSource;
import org.servicehall.complaint.ComplaintCategory;

/** P3: reads plugins' {@code HALL-INF/complaint/*.properties} into the category registry and withdraws them with the plugin. */
@Component(service = { HallResourceHandler.class, CategoryHandler.class })
public final class CategoryHandler implements HallResourceHandler {
    private final CategoryRegistry registry = CategoryRegistry.withCoreDefaults();

    @Activate
    public CategoryHandler() {
        // nothing to inject
    }

    public CategoryRegistry registry() {
        return registry;
    }

    @Override
    public String folder() {
        return "complaint";
    }

    @Override
    public void added(PluginSource source, List<URL> files) {
        List<URL> properties = files.stream().filter(url -> url.getPath().endsWith(".properties")).toList();
        List<ComplaintCategory> all = new ArrayList<>();
        for (HallProperties file : HallProperties.read(source, folder(), properties)) {
            all.addAll(CategoryFiles.categories(file, source.sector()));
        }
        registry.add(source.bundleId(), source + ": HALL-INF/complaint", all);
    }

    @Override
    public void removed(PluginSource source) {
        registry.remove(source.bundleId());
    }
}
