package org.servicehall.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.servicehall.common.HallProperties;

import jakarta.ws.rs.HttpMethod;

/**
 * The checks of a plugin that need no running platform: each returns the problems it found, in
 * words a plugin's author understands (empty when all is well). {@link PluginConformanceTest}
 * runs them beside the checks in the running distribution.
 */
public final class StaticChecks {
    /** The folders the platform reads under {@code HALL-INF/} (docs/plugins.md). */
    static final Set<String> PLATFORM_FOLDERS = Set.of("catalogue", "conduct", "complaint", "checklists", "i18n");
    private static final Pattern INTERNAL = Pattern.compile("org\\.servicehall(\\.[a-z0-9_]+)*\\.internal(\\..*)?");
    private static final Pattern I18N_FILE = Pattern.compile("HALL-INF/i18n/([A-Za-z0-9-]+?)(?:_([a-z]{2})(?:_([A-Z]{2}))?)?\\.properties");
    /** Keys a plugin's code reads: getTranslation("…"), TEXTS.message("…"), Message.of("…") and ViewInfo's title key. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\""),
            Pattern.compile("TEXTS\\s*\\.\\s*message\\(\\s*\"([^\"]+)\""),
            Pattern.compile("new\\s+ViewInfo\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\""));

    private StaticChecks() {
    }

    /** A plugin exports nothing: its code lives in internal packages (docs/plugins.md §1). */
    public static List<String> exportsNothing(PluginArchive bundle) {
        if (bundle.exports().isEmpty()) {
            return List.of();
        }
        return List.of("the bundle " + bundle.symbolicName() + " exports " + String.join(", ", bundle.exports())
                + ": a plugin exports nothing (keep its code in …internal packages and set <_exportcontents>!*</_exportcontents>)");
    }

    /** A plugin imports the platform's exported API only, never an {@code org.servicehall.….internal} package. */
    public static List<String> importsNoPlatformInternal(PluginArchive bundle) {
        List<String> problems = new ArrayList<>();
        for (String p : bundle.imports()) {
            if (INTERNAL.matcher(p).matches()) {
                problems.add("the bundle imports the platform's internal package " + p + ": internal packages are not exported, so "
                        + "the plugin does not resolve; use the exported API packages listed in docs/plugins.md instead");
            }
        }
        return problems;
    }

    /** The {@code Hall-Sector} header names the sector the plugin's contributions belong to. */
    public static List<String> namesItsSector(PluginArchive bundle, String sector) {
        if (sector.equals(bundle.sector())) {
            return List.of();
        }
        return List.of("the bundle's Hall-Sector header is " + (bundle.sector() == null ? "missing" : "'" + bundle.sector() + "'")
                + ", expected '" + sector + "' (set <Hall-Sector>${hall.sector}</Hall-Sector> in the bundle plugin's instructions)");
    }

    /**
     * Every {@code HALL-INF} file reads without a problem with the platform's own reader
     * ({@link HallProperties}: a line without {@code =}, a key given twice, a file that is not
     * {@code .properties}), and every i18n file is named {@code <name>[_<language>[_<COUNTRY>]].properties}.
     */
    public static List<String> hallInfFilesRead(PluginArchive bundle) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : bundle.hallInf().entrySet()) {
            String path = e.getKey();
            String[] parts = path.split("/");
            String folder = parts.length > 2 ? parts[1] : "";
            if (!PLATFORM_FOLDERS.contains(folder)) {
                continue; // a folder of the plugin's own (the hospital's drug list): the plugin reads it
            }
            if (!path.endsWith(".properties")) {
                problems.add(path + " is not a .properties file; HALL-INF/" + folder + "/ holds .properties files");
                continue;
            }
            if (folder.equals("i18n") && !I18N_FILE.matcher(path).matches()) {
                problems.add(path + " is not named <name>[_<language>[_<COUNTRY>]].properties (for example " + bundle.sector()
                        + ".properties and " + bundle.sector() + "_zh_CN.properties)");
            }
            HallProperties file = HallProperties.read(path, new ByteArrayInputStream(e.getValue()));
            file.problems().forEach(p -> problems.add(p.toString()));
        }
        return problems;
    }

    /**
     * Every i18n key has its English text ({@code <name>.properties}) and its Chinese one
     * ({@code <name>_zh_CN.properties}); every key the plugin's sources read has both; the sector
     * names its menu group ({@code sector.<sector>}).
     *
     * @param sources the plugin's {@code src/main/java}, or null to skip the keys the code reads
     */
    public static List<String> translationsComplete(PluginArchive bundle, Path sources) {
        Map<String, Set<String>> english = new TreeMap<>();
        Map<String, Set<String>> chinese = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : bundle.hallInf().entrySet()) {
            Matcher m = I18N_FILE.matcher(e.getKey());
            if (!m.matches()) {
                continue;
            }
            Set<String> keys = keys(e.getKey(), e.getValue());
            if (m.group(2) == null) {
                english.put(m.group(1), keys);
            } else if ("zh".equals(m.group(2))) {
                chinese.computeIfAbsent(m.group(1), n -> new TreeSet<>()).addAll(keys);
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>(english.keySet());
        names.addAll(chinese.keySet());
        Set<String> allEnglish = new TreeSet<>();
        Set<String> allChinese = new TreeSet<>();
        for (String name : names) {
            Set<String> en = english.getOrDefault(name, Set.of());
            Set<String> zh = chinese.getOrDefault(name, Set.of());
            allEnglish.addAll(en);
            allChinese.addAll(zh);
            if (!english.containsKey(name)) {
                problems.add("HALL-INF/i18n/" + name + "_zh_CN.properties has no English file HALL-INF/i18n/" + name + ".properties");
            }
            if (!chinese.containsKey(name)) {
                problems.add("HALL-INF/i18n/" + name + ".properties has no Chinese file HALL-INF/i18n/" + name + "_zh_CN.properties");
            }
            for (String key : en) {
                if (chinese.containsKey(name) && !zh.contains(key)) {
                    problems.add("the key " + key + " has an English text but no Chinese one in HALL-INF/i18n/" + name + "_zh_CN.properties");
                }
            }
            for (String key : zh) {
                if (english.containsKey(name) && !en.contains(key)) {
                    problems.add("the key " + key + " has a Chinese text but no English one in HALL-INF/i18n/" + name + ".properties");
                }
            }
        }
        String group = "sector." + bundle.sector();
        if (bundle.sector() != null && !(allEnglish.contains(group) && allChinese.contains(group))) {
            problems.add("the key " + group + " (the name of the sector's menu group) needs an English and a Chinese text in HALL-INF/i18n/");
        }
        if (sources != null && Files.isDirectory(sources)) {
            for (Map.Entry<String, Set<String>> use : keysUsed(sources).entrySet()) {
                String key = use.getKey();
                if (key.endsWith(".")) {
                    continue; // a prefix the code completes at run time
                }
                List<String> lacking = new ArrayList<>();
                if (!allEnglish.contains(key)) {
                    lacking.add("English");
                }
                if (!allChinese.contains(key)) {
                    lacking.add("Chinese");
                }
                if (!lacking.isEmpty()) {
                    problems.add("the key " + key + " read in " + String.join(", ", use.getValue()) + " has no " + String.join(" and no ", lacking)
                            + " text in HALL-INF/i18n/");
                }
            }
        }
        return problems;
    }

    /** The literal keys the sources read, each with the files that read it. */
    static Map<String, Set<String>> keysUsed(Path sources) {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern p : KEY_USES) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        used.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    private static Set<String> keys(String path, byte[] content) {
        Set<String> keys = new TreeSet<>();
        HallProperties file = HallProperties.read(path, new ByteArrayInputStream(content));
        file.entries().forEach(e -> keys.add(e.key()));
        return keys;
    }

    /**
     * The REST paths the plugin's resources serve, as {@code /api/openapi.json} lists them
     * ({@code /v1/radiology/sites/{site}/items}): the class's {@code @Path} joined with each
     * operation's, path parameters without their patterns.
     *
     * @param loader a class loader that sees the plugin's classes and jakarta.ws.rs (the test's own)
     */
    public static Set<String> restPaths(PluginArchive bundle, ClassLoader loader) {
        Set<String> paths = new TreeSet<>();
        for (Class<?> type : bundle.loadedClasses(loader)) {
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (!isOperation(m)) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                paths.add(join(root.value(), sub == null ? "" : sub.value()));
            }
        }
        return paths;
    }

    private static boolean isOperation(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        path = path.replaceAll("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
