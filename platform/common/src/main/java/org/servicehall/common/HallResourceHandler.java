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
 * the message as a {@link PluginProblem} and carries on with the other bundles. A handler that
 * takes a file's good entries and skips the bad ones (see {@link HallProperties}) says what it
 * skipped through {@link #problems}.
 *
 * <p>The files are read with {@link HallProperties#read(PluginSource, String, List)} and what they
 * contribute is kept in a {@link ContributionRegistry}, so a handler is a few lines (see the site's
 * catalogue).
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

    /**
     * Asked after {@link #added} returned: what was wrong in the bundle's files but did not stop
     * its contribution (entries skipped), each naming the file, the line and the key ({@link
     * HallProperties.Problem#toString()}). The extender lists them with the plugin's problems until
     * the bundle goes. None by default.
     *
     * @since 1.2
     */
    default List<String> problems(PluginSource source) {
        return List.of();
    }
}
