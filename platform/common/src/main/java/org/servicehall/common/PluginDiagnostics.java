package org.servicehall.common;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What went wrong while reading plugins' declarative files; the core extender provides it. */
@ProviderType
public interface PluginDiagnostics {
    /** Problems of bundles that are still installed, newest first. */
    List<PluginProblem> problems();
}
