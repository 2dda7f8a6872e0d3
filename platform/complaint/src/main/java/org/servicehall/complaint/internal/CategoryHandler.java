package org.servicehall.complaint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.servicehall.common.HallException;
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
        List<ComplaintCategory> all = new ArrayList<>();
        for (URL url : files) {
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.endsWith(".properties")) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                all.addAll(CategoryFiles.read(source.symbolicName() + ": HALL-INF/complaint/" + name, in, source.sector()));
            } catch (IOException e) {
                throw new HallException(source.symbolicName() + ": HALL-INF/complaint/" + name + " cannot be read: " + e.getMessage(), e);
            }
        }
        registry.add(source.bundleId(), source.symbolicName() + ": HALL-INF/complaint", all);
    }

    @Override
    public void removed(PluginSource source) {
        registry.remove(source.bundleId());
    }
}
