package org.servicehall.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one bundle for people to read: its {@code HALL-INF/i18n/<name>.properties} (English)
 * and {@code <name>_zh_CN.properties} (Simplified Chinese), read with the class loader of the class
 * that owns them, so they work in Karaf and in a plain unit test alike. An area keeps one instance
 * and builds each {@link Message} from it:
 *
 * <pre>{@code
 * static final Texts TEXTS = Texts.of(TicketLifecycleImpl.class, "queue");
 * throw new Conflict(TEXTS.message("error.ticket.notCalled", ticket.number()));
 * }</pre>
 *
 * Patterns are {@link java.text.MessageFormat} patterns (so a single quote is written twice). Pass
 * dates and times already formatted, or as {@link Message}s of their own; numbers are formatted in
 * the reader's locale. A key missing from a file shows as the key and its arguments, never as an
 * error: {@code TextsTest}-style checks in each area make sure every key has both languages.
 *
 * @since 1.3
 */
public final class Texts {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final ClassLoader loader;
    private final String name;
    private final Map<String, Map<String, String>> byTag = new ConcurrentHashMap<>();

    private Texts(ClassLoader loader, String name) {
        this.loader = loader;
        this.name = name;
    }

    /**
     * The texts of {@code HALL-INF/i18n/<name>*.properties} beside {@code owner}.
     *
     * @param owner a class of the bundle that holds the files
     * @param name the files' base name, e.g. {@code queue}
     */
    public static Texts of(Class<?> owner, String name) {
        if (name == null || !name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("a texts name is letters, digits and '-': " + name);
        }
        ClassLoader loader = owner.getClassLoader();
        return new Texts(loader == null ? ClassLoader.getSystemClassLoader() : loader, name);
    }

    /** A message of these texts with its arguments (kept as given; formatted when it is read). */
    public Message message(String key, Object... args) {
        return new Message(this, key, args);
    }

    /** The base name of the files, e.g. {@code queue}. */
    public String name() {
        return name;
    }

    /** The pattern for {@code key} in {@code locale} (Chinese for any {@code zh} locale, else English), or null. */
    String pattern(String key, Locale locale) {
        String text = null;
        if (locale != null && "zh".equals(locale.getLanguage())) {
            text = file("_zh_CN").get(key);
        }
        return text != null ? text : file("").get(key);
    }

    /** Whether {@code key} has a text in English and in Chinese (for each area's completeness test). */
    public boolean hasBoth(String key) {
        return file("").containsKey(key) && file("_zh_CN").containsKey(key);
    }

    static Locale chinese() {
        return CHINESE;
    }

    private Map<String, String> file(String suffix) {
        return byTag.computeIfAbsent(suffix, this::read);
    }

    private Map<String, String> read(String suffix) {
        String path = "HALL-INF/i18n/" + name + suffix + ".properties";
        URL url = loader.getResource(path);
        if (url == null) {
            return Map.of();
        }
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(path + " could not be read: " + e.getMessage(), e);
        }
        Map<String, String> map = new ConcurrentHashMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    @Override
    public String toString() {
        return "Texts[" + name + "]";
    }
}
