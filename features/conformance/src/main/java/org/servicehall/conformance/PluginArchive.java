package org.servicehall.conformance;

import java.util.Collections;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin's bundle as the build made it: its manifest headers, the packages it exports and
 * imports, its classes and its {@code HALL-INF/} files.
 *
 * @param file the bundle jar
 * @param symbolicName {@code Bundle-SymbolicName} without its attributes
 * @param version {@code Bundle-Version}
 * @param sector the {@code Hall-Sector} header, or null
 * @param exports the package names of {@code Export-Package}
 * @param imports the package names of {@code Import-Package}
 * @param classes the binary names of its classes
 * @param hallInf the files under {@code HALL-INF/}, by path inside the bundle, in jar order
 */
public record PluginArchive(Path file, String symbolicName, String version, String sector, List<String> exports,
        List<String> imports, List<String> classes, Map<String, byte[]> hallInf) {

    public PluginArchive {
        exports = List.copyOf(exports);
        imports = List.copyOf(imports);
        classes = List.copyOf(classes);
        hallInf = Collections.unmodifiableMap(new LinkedHashMap<>(hallInf));
    }

    /** Reads the bundle jar; a file that is not a bundle is refused with what is missing. */
    public static PluginArchive read(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest mf = file.getManifest();
            Attributes a = mf == null ? new Attributes() : mf.getMainAttributes();
            String name = a.getValue("Bundle-SymbolicName");
            if (name == null) {
                throw new IllegalArgumentException(jar + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName "
                        + "(build it with packaging bundle, as the archetype's pom does)");
            }
            List<String> classes = new ArrayList<>();
            Map<String, byte[]> hallInf = new LinkedHashMap<>();
            for (JarEntry e : Collections.list(file.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) {
                    classes.add(e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.'));
                } else if (e.getName().startsWith("HALL-INF/")) {
                    try (InputStream in = file.getInputStream(e)) {
                        hallInf.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            return new PluginArchive(jar, clause(name), a.getValue("Bundle-Version"), a.getValue("Hall-Sector"),
                    packages(a.getValue("Export-Package")), packages(a.getValue("Import-Package")), classes, hallInf);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the plugin's bundle " + jar, e);
        }
    }

    /**
     * The bundle's classes as {@code loader} loads them (without initialising them); a class it
     * cannot load is left out: what cannot load here is reported by the checks in the running platform.
     */
    public List<Class<?>> loadedClasses(ClassLoader loader) {
        List<Class<?>> loaded = new ArrayList<>();
        for (String name : classes) {
            try {
                loaded.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // left out
            }
        }
        return loaded;
    }

    /** The package names of a manifest header such as {@code a.b;version="[1.0,2)",c.d}: commas in quotes do not separate. */
    static List<String> packages(String header) {
        return clauses(header).stream().map(PluginArchive::clause).toList();
    }

    /** The packages a bundle jar exports, each with its version ({@code 0.0.0} when it has none); empty for a jar that is not a bundle. */
    static Map<String, String> exportedVersions(Path jar) {
        Map<String, String> versions = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest mf = file.getManifest();
            String header = mf == null ? null : mf.getMainAttributes().getValue("Export-Package");
            for (String clause : clauses(header)) {
                Matcher version = VERSION.matcher(clause);
                versions.put(clause(clause), version.find() ? version.group(1) : "0.0.0");
            }
        } catch (IOException e) {
            // not a jar: exports nothing
        }
        return versions;
    }

    private static final Pattern VERSION = Pattern.compile(";\\s*version\\s*=\\s*\"?([0-9][0-9A-Za-z._-]*)");

    /** The clauses of a manifest header, split at the commas outside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    private static String clause(String clause) {
        int semicolon = clause.indexOf(';');
        return (semicolon < 0 ? clause : clause.substring(0, semicolon)).trim();
    }
}
