package org.servicehall.common.internal;

import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginProblem;
import org.servicehall.common.PluginSource;

/**
 * Matches plugin bundles with the handlers of their {@code HALL-INF/} folders, in either order of
 * arrival, and keeps one plugin's bad file from affecting anything else. Plain Java: the OSGi
 * extender feeds it bundles and handlers.
 */
final class Contributions {

    /** A plugin bundle as the dispatcher sees it: who it is and how to list its files. */
    record Plugin(PluginSource source, Function<String, List<URL>> filesInFolder) {
    }

    private final Map<Long, Plugin> plugins = new LinkedHashMap<>();
    private final List<HallResourceHandler> handlers = new ArrayList<>();
    /** Which (bundle, folder) pairs a handler accepted, so removal reaches exactly those. */
    private final Map<Long, List<HallResourceHandler>> delivered = new LinkedHashMap<>();
    private final List<PluginProblem> problems = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final ProblemLog log;

    interface ProblemLog {
        void problem(PluginProblem problem, Throwable cause);
    }

    Contributions(Clock clock, ProblemLog log) {
        this.clock = clock;
        this.log = log;
    }

    synchronized void pluginAdded(Plugin plugin) {
        plugins.put(plugin.source().bundleId(), plugin);
        for (HallResourceHandler handler : handlers) {
            deliver(plugin, handler);
        }
    }

    synchronized void pluginRemoved(long bundleId) {
        Plugin plugin = plugins.remove(bundleId);
        List<HallResourceHandler> got = delivered.remove(bundleId);
        problems.removeIf(p -> p.source().bundleId() == bundleId);
        if (plugin == null || got == null) {
            return;
        }
        for (HallResourceHandler handler : got) {
            withdraw(plugin.source(), handler);
        }
    }

    synchronized void handlerAdded(HallResourceHandler handler) {
        handlers.add(handler);
        for (Plugin plugin : plugins.values()) {
            deliver(plugin, handler);
        }
    }

    synchronized void handlerRemoved(HallResourceHandler handler) {
        handlers.remove(handler);
        for (Map.Entry<Long, List<HallResourceHandler>> e : delivered.entrySet()) {
            if (e.getValue().remove(handler)) {
                withdraw(plugins.get(e.getKey()).source(), handler);
            }
        }
    }

    List<PluginProblem> problems() {
        List<PluginProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(PluginProblem::when).reversed());
        return copy;
    }

    private void deliver(Plugin plugin, HallResourceHandler handler) {
        List<URL> files;
        try {
            files = plugin.filesInFolder().apply(handler.folder());
        } catch (RuntimeException e) {
            record(plugin.source(), handler.folder(), "its files could not be listed: " + e.getMessage(), e);
            return;
        }
        if (files.isEmpty()) {
            return;
        }
        try {
            handler.added(plugin.source(), files);
            delivered.computeIfAbsent(plugin.source().bundleId(), k -> new ArrayList<>()).add(handler);
        } catch (RuntimeException | LinkageError e) {
            // The handler rejected the contribution as a whole; make sure nothing half-read stays.
            withdraw(plugin.source(), handler);
            record(plugin.source(), handler.folder(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
            return;
        }
        try {
            for (String skipped : handler.problems(plugin.source())) {
                record(plugin.source(), handler.folder(), skipped, null);
            }
        } catch (RuntimeException | LinkageError e) {
            record(plugin.source(), handler.folder(), "its problems could not be listed: " + e, e);
        }
    }

    private void withdraw(PluginSource source, HallResourceHandler handler) {
        try {
            handler.removed(source);
        } catch (RuntimeException | LinkageError e) {
            record(source, handler.folder(), "withdrawing failed: " + e, e);
        }
    }

    private void record(PluginSource source, String folder, String message, Throwable cause) {
        PluginProblem problem = new PluginProblem(source, "HALL-INF/" + folder, message, clock.instant());
        problems.add(problem);
        log.problem(problem, cause);
    }
}
