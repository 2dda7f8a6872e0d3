package org.servicehall.conduct.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.servicehall.common.ChangeListeners;
import org.servicehall.common.HallProperties;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginSource;
import org.servicehall.common.Subscription;
import org.servicehall.conduct.ConductRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundles' {@code HALL-INF/conduct/} files (the platform's own {@code core.properties} among
 * them), read with {@link HallProperties} by {@link ConductFiles} and merged in
 * {@link ConductContributions}, which the catalogue (C1) and the phrases (C2, C3) read. A file
 * with a problem fails its bundle's contribution as a whole, every problem named with the file,
 * the line and the key. It also keeps the listeners of
 * {@link org.servicehall.conduct.ConductCatalogue#onChange}: they hear of a plugin's rules and
 * phrases coming or going from here, and of a site's changes from the services that made them.
 */
@Component(service = { HallResourceHandler.class, ConductPluginFiles.class }, immediate = true)
public final class ConductPluginFiles implements HallResourceHandler {
    static final String FOLDER = "conduct";
    private static final Logger LOG = LoggerFactory.getLogger(ConductPluginFiles.class);

    private final ConductContributions contributions = new ConductContributions();
    private final ChangeListeners listeners = new ChangeListeners("conduct catalogue");

    /** The platform's own shipped file, {@code HALL-INF/conduct/core.properties} of this bundle. */
    public static URL coreFile() {
        return ConductPluginFiles.class.getClassLoader().getResource("HALL-INF/conduct/core.properties");
    }

    ConductContributions contributions() {
        return contributions;
    }

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public void added(PluginSource source, List<URL> files) {
        boolean core = "core".equals(source.sector());
        String label = core ? ConductRule.CORE : source.symbolicName();
        List<ConductFile> parsed = new ArrayList<>();
        for (HallProperties file : HallProperties.read(source, FOLDER, files)) {
            parsed.add(ConductFiles.read(file, label, core));
        }
        contributions.add(source.bundleId(), source.toString(), core, parsed);
        LOG.info("Conduct: {} rule(s), {} forbidden phrase(s) from {}", parsed.stream().mapToInt(f -> f.rules().size()).sum(),
                parsed.stream().mapToInt(f -> f.forbidden().size()).sum(), source);
        changed();
    }

    @Override
    public void removed(PluginSource source) {
        if (contributions.remove(source.bundleId())) {
            LOG.info("Conduct: rules and phrases of {} withdrawn", source);
            changed();
        }
    }

    Subscription onChange(Runnable listener) {
        return listeners.add(listener);
    }

    /** Tells the listeners that rules or phrases changed, a plugin's or a site's. */
    void changed() {
        listeners.fire();
    }
}
