package org.servicehall.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every key a module's code reads from its {@code org.servicehall.common.Texts} has a text in English and in Chinese
 * (issue 12): the keys are the literal first arguments of {@code TEXTS.message("…")} calls in the
 * module's sources, plus any the test names (keys built at run time).
 */
public final class TextKeys {
    private static final Pattern CALL = Pattern.compile("TEXTS\\s*\\.\\s*message\\(\\s*\"([^\"]+)\"");

    private TextKeys() {
    }

    /** The keys used in {@code sources} (a source folder such as {@code src/main/java}), sorted. */
    public static List<String> used(Path sources) {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix the code completes at run time: the test names those keys
                        keys.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(keys);
    }

    /** The keys of {@code keys} that lack the English or the Chinese text: {@code missing(TEXTS::hasBoth, keys)}. */
    public static List<String> missing(Predicate<String> hasBoth, List<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!hasBoth.test(key)) {
                missing.add(key);
            }
        }
        return missing;
    }
}
