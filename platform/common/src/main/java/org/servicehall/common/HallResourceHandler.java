package org.servicehall.common;

import java.net.URL;
import java.util.List;

/**
 * Reads one kind of declarative file that plugin bundles ship under {@code HALL-INF/<folder>/}.
 * Register an implementation as an OSGi service; the core extender calls {@link #added} for
 * every active bundle that has files in {@link #folder()} (also for bundles that were active
 * before the handler appeared) and {@link #removed} when such a bundle stops, so everything a
 * plugin contributed is withdrawn with it.
 *
 * <p>A handler that throws from {@link #added} leaves the platform running: the extender records
 * the message as a {@link PluginProblem} and carries on with the other bundles.
 */
public interface HallResourceHandler {

    /** The folder under {@code HALL-INF/} this handler reads, e.g. {@code catalogue} or {@code i18n}. */
    String folder();

    /**
     * A bundle with files in this handler's folder became active.
     *
     * @param source the contributing plugin
     * @param files the files found, sorted by path
     * @throws HallException when a file is malformed; the message names the file and the problem
     */
    void added(PluginSource source, List<URL> files);

    /** The bundle stopped or was uninstalled: withdraw what it contributed. */
    void removed(PluginSource source);
}
