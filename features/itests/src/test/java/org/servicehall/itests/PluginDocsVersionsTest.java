package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.servicehall.itests.PlatformApiBundles.ApiBundle;

import aQute.bnd.version.Version;

/**
 * Issue 11: the guide for plugin vendors ({@code docs/plugins.md}) lists the exported API packages
 * with their versions in one table ({@code | Package | Version | What you use from it |}). The
 * versions there are the ones the built bundles export ({@code Export-Package}, from each package's
 * {@code @Version}): a row that says another version, names a package no platform bundle exports,
 * or an exported package without a row fails, naming the row.
 */
class PluginDocsVersionsTest {
    private static final Path GUIDE = Path.of(System.getProperty("basedir", ".")).resolve("../../docs/plugins.md").normalize();
    private static final Pattern HEADER = Pattern.compile("^\\|\\s*Package\\s*\\|\\s*Version\\s*\\|.*");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]*?)\\s*\\|.*");

    @Test
    void thePluginGuideShowsTheVersionsTheBuildExports_issue11() throws Exception {
        Map<String, String> exported = new TreeMap<>();
        Map<String, Version> versions = new TreeMap<>();
        for (ApiBundle bundle : PlatformApiBundles.all()) {
            for (String pkg : bundle.exports().keySet()) {
                exported.put(pkg, bundle.name());
                versions.put(pkg, bundle.version(pkg));
            }
        }
        Map<String, String> rows = apiTable(Files.readAllLines(GUIDE));
        assertTrue(!rows.isEmpty(), GUIDE + " has no table headed `| Package | Version | …`");

        List<String> problems = new ArrayList<>();
        rows.forEach((pkg, written) -> {
            Version built = versions.get(pkg);
            if (built == null) {
                problems.add("row `" + pkg + "` names a package that no platform bundle exports");
            } else if (!written.matches("\\d+(\\.\\d+){0,2}") || !Version.parseVersion(written).equals(built)) {
                problems.add("row `" + pkg + "` says " + (written.isEmpty() ? "no version" : "\"" + written + "\"") + ", but "
                        + exported.get(pkg) + " exports it at " + built);
            }
        });
        versions.forEach((pkg, built) -> {
            if (!rows.containsKey(pkg)) {
                problems.add("no row for `" + pkg + "`, which " + exported.get(pkg) + " exports at " + built);
            }
        });
        assertEquals(List.of(), problems, GUIDE + ": the API table does not show the built versions");
    }

    /** Package → the version written in its row, of the table under the {@code | Package | Version |} header. */
    private static Map<String, String> apiTable(List<String> lines) {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            if (HEADER.matcher(line).matches()) {
                inTable = true;
            } else if (inTable && line.startsWith("|")) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    rows.put(row.group(1), row.group(2));
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }
}
