package org.servicehall.itests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.OSGiHeader;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Constants;
import aQute.bnd.version.Version;

/**
 * The platform's API bundles of this build (issue 11: "a plugin API that can grow"), as the itests
 * see them: the jars on the test class path (the reactor's {@code target/*.jar} in a full build,
 * else the installed artifacts), found by their {@code Bundle-SymbolicName}. Only the
 * {@code org.servicehall.*} packages of their {@code Export-Package} count as API: the web bundle
 * also exports the Vaadin, Jersey and Jackson packages it embeds, which are not ours to version.
 */
final class PlatformApiBundles {
    /** The platform modules whose exported packages plugins build against. */
    static final List<String> MODULES = List.of("common", "persistence", "security", "web", "site", "queue",
            "attendance", "conduct", "complaint", "casework", "assessment");
    static final String API_PREFIX = "org.servicehall.";

    private PlatformApiBundles() {
    }

    /** One API bundle: its symbolic name ({@code servicehall-queue}), its jar and its own exports. */
    record ApiBundle(String name, Path jar, Parameters exports) {
        /** The version an exported package carries in {@code Export-Package}. */
        Version version(String pkg) {
            Attrs attrs = exports.get(pkg);
            return Version.parseVersion(attrs == null ? null : attrs.get(Constants.VERSION_ATTRIBUTE));
        }
    }

    /** Every API bundle of {@link #MODULES}, in that order; fails naming a bundle that is not on the class path. */
    static List<ApiBundle> all() throws IOException {
        Map<String, ApiBundle> found = new LinkedHashMap<>();
        for (URL url : Collections.list(PlatformApiBundles.class.getClassLoader().getResources(JarFile.MANIFEST_NAME))) {
            Manifest manifest;
            try (InputStream in = url.openStream()) {
                manifest = new Manifest(in);
            }
            String bsn = manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (bsn != null && MODULES.contains(bsn.replaceFirst("^servicehall-", "").replaceFirst(";.*", ""))
                    && "jar".equals(url.getProtocol())) {
                String name = bsn.replaceFirst(";.*", "");
                found.putIfAbsent(name, new ApiBundle(name, jarOf(url), apiExports(manifest)));
            }
        }
        List<ApiBundle> bundles = new ArrayList<>();
        for (String module : MODULES) {
            String name = "servicehall-" + module;
            ApiBundle bundle = found.get(name);
            if (bundle == null) {
                bundle = builtNextTo(name);
            }
            bundles.add(bundle);
        }
        return bundles;
    }

    /** {@code Export-Package}'s {@code org.servicehall.*} clauses. */
    static Parameters apiExports(Manifest manifest) {
        Parameters all = OSGiHeader.parseHeader(manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE));
        Parameters api = new Parameters();
        all.forEach((pkg, attrs) -> {
            if (pkg.startsWith(API_PREFIX)) {
                api.put(pkg, attrs);
            }
        });
        return api;
    }

    private static Path jarOf(URL manifestUrl) throws IOException {
        try {
            return Path.of(((JarURLConnection) manifestUrl.openConnection()).getJarFileURL().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the jar of " + manifestUrl, e);
        }
    }

    /**
     * In a reactor run before {@code package} (say {@code mvn test}), a module is on the class path
     * as {@code target/classes}, which has no bundle manifest: take the jar next to it if one was built.
     */
    private static ApiBundle builtNextTo(String name) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            Path classes = Path.of(entry);
            Path target = classes.getParent();
            if (classes.endsWith("classes") && target != null && Files.isDirectory(target)
                    && classes.toString().replace('\\', '/').contains("/" + name.replaceFirst("^servicehall-", "") + "/")) {
                try (Stream<Path> jars = Files.list(target)) {
                    Path jar = jars.filter(p -> p.getFileName().toString().matches(name + "-[^-]+(-SNAPSHOT)?\\.jar"))
                            .findFirst().orElse(null);
                    if (jar != null) {
                        try (JarFile file = new JarFile(jar.toFile())) {
                            return new ApiBundle(name, jar, apiExports(file.getManifest()));
                        }
                    }
                }
            }
        }
        throw new AssertionError(name + " is not on the itests class path as a bundle jar (build it with `mvn package`"
                + " or `mvn verify`, or install it): its exported API cannot be checked");
    }
}
