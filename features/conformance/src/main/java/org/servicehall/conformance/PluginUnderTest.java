package org.servicehall.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.servicehall.security.Role;

/**
 * The plugin a conformance test checks: its sector, its built bundle and KAR (found in the
 * project's {@code target/} by default) and the screens it contributes.
 *
 * <pre>
 * PluginUnderTest.sector("radiology")
 *         .screen("radiology/catalogue", Role.ADMIN, "radiology-catalogue")   // path, role, id of the view's root
 *         .build();
 * </pre>
 *
 * @param sector the {@code Hall-Sector}; the feature is {@code servicehall-<sector>}
 * @param project the Maven project's folder (its {@code src/main/java} is read for the keys the code uses)
 * @param bundle the bundle jar
 * @param kar the KAR the vendor ships
 * @param screens every screen the plugin contributes
 * @param rules instances of the plugin's rules the kit cannot make itself (their constructors take arguments),
 *        for the time-budget check ({@link TimeBudgets})
 */
public record PluginUnderTest(String sector, Path project, Path bundle, Path kar, List<Screen> screens, List<Object> rules) {

    public PluginUnderTest {
        Objects.requireNonNull(sector, "sector");
        screens = List.copyOf(screens);
        rules = List.copyOf(rules);
    }

    /**
     * A screen: its route, the role it needs (null: a public page) and the id of its view's root
     * element, which shows once the screen answers.
     */
    public record Screen(String path, Role role, String elementId) {
    }

    /** The feature that installs the plugin. */
    public String feature() {
        return "servicehall-" + sector;
    }

    public static Builder sector(String sector) {
        return new Builder(sector);
    }

    /** Collects what the vendor declares; the bundle and KAR default to those in {@code target/}. */
    public static final class Builder {
        private final String sector;
        private Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        private Path bundle;
        private Path kar;
        private final List<Screen> screens = new ArrayList<>();
        private final List<Object> rules = new ArrayList<>();

        private Builder(String sector) {
            this.sector = sector;
        }

        public Builder project(Path project) {
            this.project = project;
            return this;
        }

        public Builder bundle(Path bundle) {
            this.bundle = bundle;
            return this;
        }

        public Builder kar(Path kar) {
            this.kar = kar;
            return this;
        }

        /** A screen the plugin contributes: its route, the role it needs and the id of its view's root element. */
        public Builder screen(String path, Role role, String elementId) {
            screens.add(new Screen(path, role, elementId));
            return this;
        }

        /**
         * A rule of the plugin (a priority policy, a staffing rule, a fee policy, …) for its time-budget
         * check, made as the plugin's tests make it: needed only for a rule whose constructor takes
         * arguments; the kit makes the others with their constructor without arguments.
         */
        public Builder rule(Object rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        public PluginUnderTest build() {
            Path target = project.resolve("target");
            Path b = bundle != null ? bundle : only(target, "bundle jar", f -> f.endsWith(".jar") && !f.endsWith("-sources.jar")
                    && !f.endsWith("-tests.jar") && !f.endsWith("-javadoc.jar"));
            Path k = kar != null ? kar : only(target, "KAR (.kar)", f -> f.endsWith(".kar"));
            return new PluginUnderTest(sector, project, b, k, screens, rules);
        }

        private static Path only(Path folder, String what, Predicate<String> name) {
            List<Path> found;
            try (Stream<Path> files = Files.list(folder)) {
                found = files.filter(f -> name.test(f.getFileName().toString())).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("no " + what + " in " + folder + ": run the conformance test after the package phase "
                        + "(mvn verify)", e);
            }
            if (found.size() != 1) {
                throw new IllegalStateException((found.isEmpty() ? "no " : "more than one ") + what + " in " + folder + " " + found
                        + ": run the conformance test after the package phase (mvn verify), or name it with bundle(…) / kar(…)");
            }
            return found.get(0);
        }
    }
}
