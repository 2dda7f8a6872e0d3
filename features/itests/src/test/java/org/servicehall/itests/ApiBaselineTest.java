package org.servicehall.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicehall.itests.PlatformApiBundles.ApiBundle;

import aQute.bnd.osgi.Constants;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Tree.Data;
import aQute.bnd.service.diff.Type;
import aQute.bnd.version.Version;
import aQute.lib.json.JSONCodec;

/**
 * Issue 11 ("a plugin API that can grow", DESIGN §3): bnd's baseline check of every exported
 * {@code org.servicehall.*} package of the platform's API bundles (common, persistence, security,
 * web, site, queue, attendance, conduct, complaint, casework, assessment) against the API of the last release,
 * kept in {@code src/test/resources/api-baseline/<bundle>.json} (bnd's API tree, see
 * {@link ApiBaseline}). A package whose API changed needs the bump bnd suggests in its
 * {@code package-info.java}: the next minor version for an addition, the next major for a removal
 * or an incompatible change (a method added to an interface that is not a {@code @ProviderType} is
 * one: plugins may implement it); a package whose API did not change keeps its version. The failure
 * names the bundle, the package, the changes bnd found and the version it suggests.
 *
 * <p><b>Release step.</b> When a release is made, after this check passes, record the released API
 * as the new baseline and commit the files:
 * {@code mvn -B -o -pl features/itests test -Dtest=ApiBaselineTest -Dservicehall.api.baseline=update}
 * (it runs the check first and writes nothing while a version is wrong; a bundle with no baseline
 * yet gets one). The first baseline was written from the state of issue 11. The trees hold the
 * members API classes inherit from the JDK ({@code Object}, {@code Record}, {@code Enum},
 * {@code Throwable}) as the running JDK has them (Java 17): a change of the build's Java release
 * records the baseline again in the same commit.
 */
class ApiBaselineTest {
    private static final boolean UPDATE = "update".equals(System.getProperty("servicehall.api.baseline"));
    private static final Path BASELINES = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/api-baseline");

    private static final Map<String, Data> CURRENT = new LinkedHashMap<>();

    @BeforeAll
    static void readBuiltBundles() throws Exception {
        for (ApiBundle bundle : PlatformApiBundles.all()) {
            CURRENT.put(bundle.name(), ApiBaseline.treeOf(bundle));
        }
    }

    @Test
    void everyExportedPackageIsVersionedAgainstTheLastRelease_issue11() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Data> bundle : CURRENT.entrySet()) {
            Path file = baselineFile(bundle.getKey());
            if (Files.exists(file)) {
                problems.addAll(ApiBaseline.check(bundle.getValue(), ApiBaseline.read(file)));
            } else {
                missing.add(bundle.getKey());
            }
        }
        assertTrue(problems.isEmpty(), "API versions do not match the changes since the last release:\n  "
                + String.join("\n  ", problems));
        if (UPDATE) {
            for (Map.Entry<String, Data> bundle : CURRENT.entrySet()) {
                ApiBaseline.write(bundle.getValue(), baselineFile(bundle.getKey()));
            }
            System.out.println("API baseline rewritten in " + BASELINES + " for " + CURRENT.keySet());
        } else if (!missing.isEmpty()) {
            fail("no API baseline for " + missing + " in " + BASELINES
                    + ": record the released API with -Dservicehall.api.baseline=update (see this test's javadoc)");
        }
    }

    @Test
    void theBaselineReadsBackAsTheSameTree_issue11() throws Exception {
        for (Data tree : CURRENT.values()) {
            Path file = Files.createTempFile("api-baseline", ".json");
            try {
                ApiBaseline.write(tree, file);
                assertEquals(List.of(), ApiBaseline.check(tree, ApiBaseline.read(file)), tree.name);
                assertEquals(json(tree), json(ApiBaseline.read(file)), tree.name);
            } finally {
                Files.delete(file);
            }
        }
    }

    // The check itself, on the queue's real tree with one change made to it.

    @Test
    void anAdditionWithoutAMinorBumpFailsAndPassesWithIt_issue11() throws Exception {
        Data current = CURRENT.get("servicehall-queue");
        String[] member = member(current, Type.CLASS, Delta.MINOR);
        Data released = without(current, member);
        Version version = version(current, member[0]);
        String suggested = new Version(version.getMajor(), version.getMinor() + 1, 0).toString();

        List<String> problems = ApiBaseline.check(current, released);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("servicehall-queue: package " + member[0] + " is at " + version), problems::toString);
        assertTrue(problems.get(0).contains("MINOR: added method " + member[2] + " of " + member[1]), problems::toString);
        assertTrue(problems.get(0).contains("bnd suggests " + suggested), problems::toString);

        assertEquals(List.of(), ApiBaseline.check(withVersion(current, member[0], suggested), released));
        assertEquals(1, ApiBaseline.check(withVersion(current, member[0], version.bumpMajor().toString()), released).size(),
                "a major bump for an addition is not the bump bnd suggests");
    }

    @Test
    void aMethodAddedToAConsumerInterfaceNeedsAMajorBump_issue11() throws Exception {
        Data current = CURRENT.get("servicehall-queue");
        String[] member = member(current, Type.INTERFACE, Delta.MAJOR);
        Data released = without(current, member);
        Version version = version(current, member[0]);
        String major = version.bumpMajor().toString();

        List<String> problems = ApiBaseline.check(withVersion(current, member[0], version.bumpMinor().toString()), released);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("MAJOR: added method " + member[2] + " of " + member[1]), problems::toString);
        assertTrue(problems.get(0).contains("bnd suggests " + major), problems::toString);
        assertEquals(List.of(), ApiBaseline.check(withVersion(current, member[0], major), released));
    }

    @Test
    void aRemovalNeedsAMajorBump_issue11() throws Exception {
        Data released = CURRENT.get("servicehall-queue");
        String[] member = member(released, Type.CLASS, Delta.MINOR);
        Data current = without(released, member);
        Version version = version(released, member[0]);

        List<String> problems = ApiBaseline.check(current, released);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("MAJOR: removed method " + member[2] + " of " + member[1]), problems::toString);
        assertTrue(problems.get(0).contains("bnd suggests " + version.bumpMajor()), problems::toString);
        assertEquals(List.of(), ApiBaseline.check(withVersion(current, member[0], version.bumpMajor().toString()), released));
    }

    @Test
    void aBumpWithoutAChangeFails_issue11() throws Exception {
        Data released = CURRENT.get("servicehall-queue");
        String pkg = "org.servicehall.queue";
        Version version = version(released, pkg);

        List<String> problems = ApiBaseline.check(withVersion(released, pkg, version.bumpMinor().toString()), released);
        assertEquals(List.of("servicehall-queue: package " + pkg + " is at " + version.bumpMinor() + " (last release "
                + version + "); its API did not change (a version is bumped only with a change), so bnd suggests "
                + version + ": set @Version(\"" + version + "\") in its package-info.java"), problems);
    }

    @Test
    void aPackageNoLongerExportedFails_issue11() throws Exception {
        Data released = CURRENT.get("servicehall-site");
        Data current = copy(released);
        Data api = child(current, "<api>");
        api.children = Arrays.stream(api.children).filter(p -> !p.name.equals("org.servicehall.site.ui")).toArray(Data[]::new);
        Data exports = child(child(current, "<manifest>"), Constants.EXPORT_PACKAGE);
        exports.children = Arrays.stream(exports.children).filter(p -> !p.name.equals("org.servicehall.site.ui")).toArray(Data[]::new);

        List<String> problems = ApiBaseline.check(current, released);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("servicehall-site: package org.servicehall.site.ui ("), problems::toString);
        assertTrue(problems.get(0).contains("is no longer exported"), problems::toString);
    }

    private static Path baselineFile(String bundle) {
        return BASELINES.resolve(bundle + ".json");
    }

    /** {package, type, method} of the first method whose addition bnd weighs {@code weight} in a type of that kind. */
    private static String[] member(Data bundle, Type kind, Delta weight) {
        for (Data pkg : child(bundle, "<api>").children) {
            for (Data type : pkg.children) {
                if (type.type == kind && type.children != null) {
                    for (Data m : type.children) {
                        if (m.type == Type.METHOD && m.add == weight && !m.name.startsWith("<")) {
                            return new String[] {pkg.name, type.name, m.name};
                        }
                    }
                }
            }
        }
        throw new AssertionError("no " + kind + " with a " + weight + " method in " + bundle.name);
    }

    private static Data without(Data bundle, String[] member) throws Exception {
        Data copy = copy(bundle);
        Data type = child(child(child(copy, "<api>"), member[0]), member[1]);
        type.children = Arrays.stream(type.children).filter(m -> !(m.type == Type.METHOD && m.name.equals(member[2])))
                .toArray(Data[]::new);
        return copy;
    }

    private static Data withVersion(Data bundle, String pkg, String version) throws Exception {
        Data copy = copy(bundle);
        Data clause = child(child(child(copy, "<manifest>"), Constants.EXPORT_PACKAGE), pkg);
        clause.children[0].name = Constants.VERSION_ATTRIBUTE + ":" + version;
        return copy;
    }

    private static Version version(Data bundle, String pkg) {
        Data clause = child(child(child(bundle, "<manifest>"), Constants.EXPORT_PACKAGE), pkg);
        return Version.parseVersion(clause.children[0].name.substring(Constants.VERSION_ATTRIBUTE.length() + 1));
    }

    private static Data child(Data parent, String name) {
        return Arrays.stream(parent.children).filter(c -> c.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " under " + parent.name));
    }

    private static Data copy(Data tree) throws Exception {
        return new JSONCodec().dec().from(json(tree)).get(Data.class);
    }

    private static String json(Data tree) throws Exception {
        return new JSONCodec().enc().put(tree).toString();
    }
}
