package org.servicehall.common;

import java.time.Instant;

/** A plugin whose contribution could not be taken, and why; shown on the console's Plugins page. */
public record PluginProblem(PluginSource source, String folder, String message, Instant when) {
}
