package org.servicehall.common;

import java.util.Objects;

/**
 * Which installed plugin bundle a declarative contribution came from.
 *
 * @param bundleId the OSGi bundle id, unique while the bundle is installed
 * @param symbolicName the bundle's symbolic name
 * @param version the bundle's version
 * @param sector the sector the plugin serves (manifest header {@code Hall-Sector}), or "core"
 */
public record PluginSource(long bundleId, String symbolicName, String version, String sector) {
    public PluginSource {
        Objects.requireNonNull(symbolicName, "symbolicName");
        Objects.requireNonNull(version, "version");
        sector = sector == null || sector.isBlank() ? "core" : sector.trim();
    }

    @Override
    public String toString() {
        return symbolicName + " " + version;
    }
}
