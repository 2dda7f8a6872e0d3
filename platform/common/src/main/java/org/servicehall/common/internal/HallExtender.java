package org.servicehall.common.internal;

import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginDiagnostics;
import org.servicehall.common.PluginProblem;
import org.servicehall.common.PluginSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one core extender (DESIGN §3): tracks active bundles that carry a {@code HALL-INF/} folder
 * and hands their files to the registered {@link HallResourceHandler}s; withdraws them when the
 * bundle stops.
 */
@Component(service = PluginDiagnostics.class, immediate = true)
public final class HallExtender implements PluginDiagnostics {
    static final String ROOT = "HALL-INF";
    static final String SECTOR_HEADER = "Hall-Sector";
    private static final Logger LOG = LoggerFactory.getLogger(HallExtender.class);

    private final Contributions contributions = new Contributions(Clock.systemUTC(),
            (p, cause) -> LOG.error("Plugin {} ({}): {}", p.source(), p.folder(), p.message(), cause));
    private BundleTracker<PluginSource> tracker;

    @Activate
    void activate(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public PluginSource addingBundle(Bundle bundle, BundleEvent event) {
                if (bundle.getEntry(ROOT + "/") == null) {
                    return null;
                }
                PluginSource source = sourceOf(bundle);
                contributions.pluginAdded(new Contributions.Plugin(source, folder -> filesOf(bundle, folder)));
                return source;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, PluginSource source) {
                contributions.pluginRemoved(source.bundleId());
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(HallResourceHandler handler) {
        contributions.handlerAdded(handler);
    }

    void removeHandler(HallResourceHandler handler) {
        contributions.handlerRemoved(handler);
    }

    @Override
    public List<PluginProblem> problems() {
        return contributions.problems();
    }

    static PluginSource sourceOf(Bundle bundle) {
        return new PluginSource(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                bundle.getHeaders().get(SECTOR_HEADER));
    }

    static List<URL> filesOf(Bundle bundle, String folder) {
        Enumeration<URL> found = bundle.findEntries(ROOT + "/" + folder, "*", false);
        if (found == null) {
            return List.of();
        }
        List<URL> files = new ArrayList<>();
        for (URL url : Collections.list(found)) {
            if (!url.getPath().endsWith("/")) {
                files.add(url);
            }
        }
        files.sort(Comparator.comparing(URL::getPath));
        return files;
    }
}
