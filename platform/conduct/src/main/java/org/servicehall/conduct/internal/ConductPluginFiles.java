package org.servicehall.conduct.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.servicehall.common.HallException;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginSource;
import org.servicehall.conduct.ConductRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundles' {@code HALL-INF/conduct/} files (the platform's own {@code core.properties} among
 * them), parsed by {@link ConductFiles} and merged in {@link ConductContributions}, which the
 * catalogue (C1) and the phrases (C2, C3) read. It also keeps the listeners of
 * {@link org.servicehall.conduct.ConductCatalogue#onChange}: they hear of a plugin's rules and
 * phrases coming or going from here, and of a site's changes from the services that made them.
 */
@Component(service = { HallResourceHandler.class, ConductPluginFiles.class }, immediate = true)
public final class ConductPluginFiles implements HallResourceHandler {
    static final String FOLDER = "conduct";
    private static final Logger LOG = LoggerFactory.getLogger(ConductPluginFiles.class);

    private final ConductContributions contributions = new ConductContributions();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

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
        for (URL file : files) {
            String name = "HALL-INF/" + FOLDER + "/" + file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            if (!name.endsWith(".properties")) {
                throw new HallException(source + ": " + name + " is not a .properties conduct file");
            }
            try (InputStream in = file.openStream()) {
                parsed.add(ConductFiles.parse(source + ": " + name, new InputStreamReader(in, StandardCharsets.UTF_8), label, core));
            } catch (IOException e) {
                throw new HallException(source + ": " + name + " could not be read: " + e.getMessage(), e);
            }
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

    AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells the listeners that rules or phrases changed, a plugin's or a site's. */
    void changed() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("A conduct change listener failed", e);
            }
        }
    }
}
