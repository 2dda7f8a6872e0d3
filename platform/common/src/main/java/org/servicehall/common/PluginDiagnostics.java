package org.servicehall.common;

import java.util.List;

/** What went wrong while reading plugins' declarative files; the core extender provides it. */
public interface PluginDiagnostics {
    /** Problems of bundles that are still installed, newest first. */
    List<PluginProblem> problems();
}
