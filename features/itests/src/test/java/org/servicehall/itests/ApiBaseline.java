package org.servicehall.itests;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Tree.Data;
import aQute.bnd.service.diff.Type;
import aQute.lib.json.JSONCodec;

/**
 * bnd's API tree of a bundle's exported {@code org.servicehall.*} packages, kept as JSON (bnd's own
 * codec over {@link Tree.Data}) and compared with bnd's {@link Baseline}.
 *
 * <p>The kept tree is bnd's tree cut down to what the comparison reads: the {@code <api>} element
 * with the platform's packages (their classes, members, annotations and the {@code VERSION} leaf)
 * and a {@code <manifest>} with the {@code Bundle-SymbolicName} and the packages' exported versions.
 * The jar's resources (checksums that change with every build) and its other headers are left out.
 * So is each package's own {@code @Version} annotation: bnd sees a changed annotation value as a
 * micro change, which would make every bump look like a change of the API and hide a bump made
 * without one; the version is compared through {@code Export-Package} instead.
 */
final class ApiBaseline {
    static final String VERSION_ANNOTATION = "org.osgi.annotation.versioning.Version";
    private static final int CHANGES_SHOWN = 12;
    private static final Set<Type> OWNERS = Set.of(Type.CLASS, Type.INTERFACE, Type.ENUM, Type.ANNOTATION);

    private ApiBaseline() {
    }

    /** The kept tree of a built bundle. */
    static Data treeOf(PlatformApiBundles.ApiBundle bundle) throws Exception {
        Tree full;
        try (Jar jar = new Jar(bundle.jar().toFile())) {
            full = new DiffPluginImpl().tree(jar);
        }
        List<Data> packages = new ArrayList<>();
        for (Tree pkg : full.get("<api>").getChildren()) {
            if (pkg.getType() == Type.PACKAGE && pkg.getName().startsWith(PlatformApiBundles.API_PREFIX)) {
                Data data = pkg.serialize();
                data.children = Arrays.stream(data.children)
                        .filter(c -> !(c.type == Type.ANNOTATED && VERSION_ANNOTATION.equals(c.name)))
                        .toArray(Data[]::new);
                packages.add(data);
            }
        }
        List<Data> clauses = new ArrayList<>();
        bundle.exports().forEach((pkg, attrs) -> clauses.add(node(Type.CLAUSE, pkg,
                node(Type.PARAMETER, Constants.VERSION_ATTRIBUTE + ":" + bundle.version(pkg)))));
        Data manifest = node(Type.MANIFEST, "<manifest>",
                node(Type.HEADER, Constants.BUNDLE_SYMBOLICNAME, node(Type.CLAUSE, bundle.name())),
                node(Type.HEADER, Constants.EXPORT_PACKAGE, clauses.toArray(Data[]::new)));
        return node(Type.BUNDLE, bundle.name(), node(Type.API, "<api>", packages.toArray(Data[]::new)), manifest);
    }

    private static Data node(Type type, String name, Data... children) {
        Data data = new Data();
        data.type = type;
        data.name = name;
        data.add = Delta.CHANGED;
        data.rem = Delta.CHANGED;
        data.children = children;
        return data;
    }

    static void write(Data tree, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (var out = new JSONCodec().enc().indent(" ").to(file.toFile())) {
            out.put(tree);
        }
        Files.writeString(file, Files.readString(file).stripTrailing() + "\n");
    }

    static Data read(Path file) throws Exception {
        return new JSONCodec().dec().from(new File(file.toString())).get(Data.class);
    }

    /** The versions in a kept tree's {@code <manifest>}, as {@code Export-Package} parameters. */
    static Parameters exportsOf(Tree tree) {
        Parameters exports = new Parameters();
        Tree header = tree.get("<manifest>").get(Constants.EXPORT_PACKAGE);
        if (header != null) {
            for (Tree clause : header.getChildren()) {
                Attrs attrs = new Attrs();
                for (Tree parameter : clause.getChildren()) {
                    String[] keyValue = parameter.getName().split(":", 2);
                    attrs.put(keyValue[0], keyValue[1]);
                }
                exports.put(clause.getName(), attrs);
            }
        }
        return exports;
    }

    /**
     * Compares a bundle's current tree with its released one; the problems found, each naming the
     * bundle, the package, what changed and the version bnd suggests. A package's version must be
     * exactly what bnd suggests: the released one when nothing changed, the next minor after an
     * addition, the next major after a removal or an incompatible change (an abstract method added
     * to an interface that is not a {@code @ProviderType} is one).
     */
    static List<String> check(Data current, Data released) throws Exception {
        DiffPluginImpl differ = new DiffPluginImpl();
        Tree newer = differ.deserialize(current);
        Tree older = differ.deserialize(released);
        List<String> problems = new ArrayList<>();
        try (Processor reporter = new Processor()) {
            Set<Info> infos = new Baseline(reporter, differ).baseline(newer, exportsOf(newer), older, exportsOf(older),
                    new Instructions(PlatformApiBundles.API_PREFIX + "*"));
            for (Info info : infos) {
                String where = current.name + ": package " + info.packageName;
                Delta delta = info.packageDiff.getDelta();
                if (delta == Delta.REMOVED) {
                    problems.add(where + " (" + info.olderVersion + " at the last release) is no longer exported:"
                            + " removing an exported package is a major change of the bundle's API");
                } else if (delta != Delta.ADDED && !info.newerVersion.equals(info.suggestedVersion)) {
                    problems.add(where + " is at " + info.newerVersion + " (last release " + info.olderVersion + "); "
                            + describe(info, delta) + ", so bnd suggests " + info.suggestedVersion
                            + ": set @Version(\"" + info.suggestedVersion + "\") in its package-info.java");
                }
            }
            reporter.getErrors().forEach(e -> problems.add(current.name + ": bnd: " + e));
        }
        return problems;
    }

    private static String describe(Info info, Delta delta) {
        if (delta == Delta.UNCHANGED || delta == Delta.IGNORED) {
            return "its API did not change (a version is bumped only with a change)";
        }
        List<String> changes = new ArrayList<>();
        collect(info.packageDiff, null, changes);
        String shown = String.join("; ", changes.subList(0, Math.min(CHANGES_SHOWN, changes.size())))
                + (changes.size() > CHANGES_SHOWN ? "; … " + (changes.size() - CHANGES_SHOWN) + " more" : "");
        return "its API changed (" + delta + ": " + shown + ")";
    }

    /** The added and removed elements under a diff, each with its class and the weight bnd gives it. */
    private static void collect(Diff diff, String owner, List<String> changes) {
        for (Diff child : diff.getChildren()) {
            Delta delta = child.getDelta();
            if (child.getType() == Type.VERSION) {
                continue; // the package's version itself, which bnd ignores
            }
            String label = child.getType().toString().toLowerCase() + " " + child.getName()
                    + (owner == null ? "" : " of " + owner);
            if (delta == Delta.ADDED) {
                changes.add("added " + label + " [" + child.getNewer().ifAdded() + "]");
            } else if (delta == Delta.REMOVED) {
                changes.add("removed " + label + " [" + child.getOlder().ifRemoved() + "]");
            } else if (delta != Delta.UNCHANGED && delta != Delta.IGNORED) {
                collect(child, OWNERS.contains(child.getType()) ? child.getName() : owner, changes);
            }
        }
    }
}
