package org.servicehall.web.internal;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.kar.KarService;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.common.PluginDiagnostics;
import org.servicehall.common.PluginProblem;
import org.servicehall.common.Texts;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.web.PluginImpact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sector plugins as Karaf features: lists them and installs, uninstalls, updates them and KAR
 * archives while the platform runs. A sector feature is one named {@code servicehall-<sector>}
 * that is not part of the platform itself ({@code servicehall-platform*}). Operations run one at a
 * time on a worker thread; the console is told the outcome. Uploading a KAR with a newer version
 * of an installed sector updates it: the newer version replaces the older one.
 */
@Component(service = PluginManager.class, immediate = true)
public final class PluginManager {
    private static final Logger LOG = LoggerFactory.getLogger(PluginManager.class);
    static final Texts TEXTS = Texts.of(PluginManager.class, "web");
    static final String PREFIX = "servicehall-";
    static final String PLATFORM_PREFIX = "servicehall-platform";
    /** Feature operations must not refresh the console's own bundle under an open request. */
    private static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    /** One sector feature as the Plugins page shows it. */
    public record SectorFeature(String name, String version, String description, String state, String newerVersion) {
        public boolean installed() {
            return !"NotInstalled".equals(state);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FeaturesService features;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile KarService kars;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginDiagnostics diagnostics;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<PluginImpact> impacts = new CopyOnWriteArrayList<>();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "servicehall-plugins");
        t.setDaemon(true);
        return t;
    });

    @Deactivate
    void deactivate() {
        worker.shutdown();
    }

    static boolean isSector(String featureName) {
        return featureName.startsWith(PREFIX) && !featureName.startsWith(PLATFORM_PREFIX);
    }

    /** The newest version of each sector feature known to the container, with its state. */
    public List<SectorFeature> sectors() {
        FeaturesService fs = requireFeatures();
        Feature[] all;
        try {
            all = fs.listFeatures();
        } catch (Exception e) {
            throw new HallException(TEXTS.message("web.plugins.unreadable", String.valueOf(e.getMessage())), e);
        }
        Map<String, List<Feature>> byName = new LinkedHashMap<>();
        for (Feature f : all) {
            if (isSector(f.getName())) {
                byName.computeIfAbsent(f.getName(), n -> new ArrayList<>()).add(f);
            }
        }
        List<SectorFeature> result = new ArrayList<>();
        byName.forEach((name, versions) -> {
            versions.sort(Comparator.comparing((Feature f) -> Version.parseVersion(f.getVersion())).reversed());
            Feature newest = versions.get(0);
            Optional<Feature> installed = versions.stream().filter(fs::isInstalled).findFirst();
            Feature shown = installed.orElse(newest);
            String state = installed.map(f -> stateOf(fs, f)).orElse("NotInstalled");
            String newer = installed.isPresent() && installed.get() != newest ? newest.getVersion() : null;
            result.add(new SectorFeature(name, shown.getVersion(), shown.getDescription(), state, newer));
        });
        result.sort(Comparator.comparing(SectorFeature::name));
        return result;
    }

    private static String stateOf(FeaturesService fs, Feature f) {
        FeatureState s = fs.getState(f.getId());
        return s == null ? "Installed" : s.name();
    }

    public List<PluginProblem> problems() {
        PluginDiagnostics d = diagnostics;
        return d == null ? List.of() : d.problems();
    }

    public CompletableFuture<String> install(Actor actor, String name, String version) {
        actor.require(Role.ADMIN, "install plugins");
        checkSector(name);
        return run(() -> {
            requireFeatures().installFeature(name, version, OPTIONS);
            return name + " " + version;
        });
    }

    /**
     * What uninstalling the sector feature {@code name} would do now, as the areas tell it
     * ({@link PluginImpact}); an area that fails is left out and logged.
     */
    public List<Message> consequencesOfUninstalling(String name) {
        checkSector(name);
        String sector = name.substring(PREFIX.length());
        List<Message> all = new ArrayList<>();
        for (PluginImpact impact : impacts) {
            try {
                all.addAll(impact.uninstalling(sector));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("{} could not tell what uninstalling {} would do", impact.getClass().getName(), name, e);
            }
        }
        return all;
    }

    public CompletableFuture<String> uninstall(Actor actor, String name, String version) {
        actor.require(Role.ADMIN, "uninstall plugins");
        checkSector(name);
        return run(() -> {
            requireFeatures().uninstallFeature(name, version, OPTIONS);
            return name + " " + version;
        });
    }

    /** Switches an installed sector to the newest version known (say, from an uploaded KAR). */
    public CompletableFuture<String> update(Actor actor, String name) {
        actor.require(Role.ADMIN, "update plugins");
        checkSector(name);
        return run(() -> {
            SectorFeature s = sectors().stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new NotFound(TEXTS.message("web.plugins.unknown", name)));
            if (!s.installed()) {
                throw new Conflict(TEXTS.message("web.plugins.notInstalled", name));
            }
            if (s.newerVersion() == null) {
                throw new Conflict(TEXTS.message("web.plugins.newest", name, s.version()));
            }
            FeaturesService fs = requireFeatures();
            fs.installFeature(name, s.newerVersion(), OPTIONS);
            fs.uninstallFeature(name, s.version(), OPTIONS);
            return name + " " + s.newerVersion();
        });
    }

    /** Installs a KAR archive (a vendor's plugin): its repository is added and its features installed. */
    public CompletableFuture<String> installKar(Actor actor, File kar, String originalName) {
        actor.require(Role.ADMIN, "install plugin archives");
        if (!originalName.toLowerCase().endsWith(".kar")) {
            throw new HallException(TEXTS.message("web.plugins.notKar", originalName));
        }
        KarService k = kars;
        if (k == null) {
            throw new HallException(TEXTS.message("web.plugins.noKarSupport"));
        }
        return run(() -> {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(kar)) {
                if (zip.stream().noneMatch(e -> e.getName().startsWith("repository/"))) {
                    throw new HallException(TEXTS.message("web.plugins.karWithoutRepository", originalName));
                }
            } catch (java.util.zip.ZipException e) {
                throw new HallException(TEXTS.message("web.plugins.badArchive", originalName, String.valueOf(e.getMessage())));
            }
            FeaturesService fs = requireFeatures();
            Map<String, String> before = installedSectorVersions(fs);
            k.install(kar.toURI());
            // A newer version of an installed sector is an update: the KAR installed it beside the old one.
            for (Map.Entry<String, String> old : before.entrySet()) {
                boolean newerInstalled = java.util.Arrays.stream(fs.listInstalledFeatures())
                        .anyMatch(f -> f.getName().equals(old.getKey()) && !f.getVersion().equals(old.getValue()));
                if (newerInstalled) {
                    fs.uninstallFeature(old.getKey(), old.getValue(), OPTIONS);
                    LOG.info("Sector {} updated from {} by the archive {}", old.getKey(), old.getValue(), originalName);
                }
            }
            return originalName;
        });
    }

    private interface Operation {
        String call() throws Exception;
    }

    private CompletableFuture<String> run(Operation op) {
        CompletableFuture<String> result = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                result.complete(op.call());
            } catch (HallException e) {
                result.completeExceptionally(e);
            } catch (Exception | LinkageError e) {
                LOG.error("Plugin operation failed", e);
                result.completeExceptionally(new HallException(TEXTS.message("web.plugins.failed", e.getMessage() == null ? e.toString() : e.getMessage()), e));
            }
        });
        return result;
    }

    private static Map<String, String> installedSectorVersions(FeaturesService fs) throws Exception {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Feature f : fs.listInstalledFeatures()) {
            if (isSector(f.getName())) {
                versions.put(f.getName(), f.getVersion());
            }
        }
        return versions;
    }

    private static void checkSector(String name) {
        if (name == null || !isSector(name)) {
            throw new HallException(TEXTS.message("web.plugins.notSector", String.valueOf(name)));
        }
    }

    private FeaturesService requireFeatures() {
        FeaturesService fs = features;
        if (fs == null) {
            throw new HallException(TEXTS.message("web.plugins.noFeatures"));
        }
        return fs;
    }
}
