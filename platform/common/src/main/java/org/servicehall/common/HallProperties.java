package org.servicehall.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code .properties} file a bundle ships under {@code HALL-INF/<folder>/}, read the one way
 * every area reads them: UTF-8, entries in file order with their line numbers, keys grouped by
 * prefix ({@code item.<code>.<field>}), and every problem recorded with the file, the line and
 * the key and a message, instead of stopping at the first. A bad line is skipped and the good
 * ones kept; the area adds its own problems while it turns groups into items ({@link
 * #problem(Group, String, String)}), skips the bad items, and either fails the whole file
 * ({@link #throwIfProblems()}) or takes the good items and reports the rest ({@link
 * HallResourceHandler#problems(PluginSource)}).
 *
 * <p>The syntax is that of {@link java.util.Properties} (comments with {@code #} or {@code !},
 * {@code \} at the end of a line continues it, {@code \}{@code uXXXX} and the other escapes) with
 * three differences that catch mistakes: a key and its value are separated by {@code =} or
 * {@code :} (a line without one is a problem, not a key), a key that appears twice is a problem
 * (the first stays), and values are trimmed at both ends.
 *
 * <pre>
 * HallProperties file = HallProperties.read(source + ": HALL-INF/catalogue/tax.properties", reader);
 * for (HallProperties.Group g : file.groups("")) {          // TX-REG.name, TX-REG.prefix … → group TX-REG
 *     String name = g.value("name");
 *     if (name == null || name.isBlank()) {
 *         file.problem(g, "name", g.name() + ".name is missing");
 *         continue;                                           // this item skipped, the others kept
 *     }
 *     …
 * }
 * file.throwIfProblems();                                     // or keep the good ones and report the problems
 * </pre>
 *
 * @since 1.2
 */
public final class HallProperties {

    /** One {@code key = value} line (the first line of a continued one). */
    public record Entry(String key, String value, int line) {
    }

    /**
     * What is wrong, and where.
     *
     * @param file the file as named in messages, e.g. {@code org.servicehall.sector.taxhall 1.0.0: HALL-INF/catalogue/tax.properties}
     * @param line the line from 1, or 0 for the file as a whole or a key that is missing
     * @param key the key concerned, or null
     * @param message what is wrong, in words a plugin author understands
     */
    public record Problem(String file, int line, String key, String message) {
        /** {@code <file> line <n>: <message>} (without {@code line} when 0). */
        @Override
        public String toString() {
            return file + (line > 0 ? " line " + line : "") + ": " + message;
        }
    }

    /**
     * The entries whose keys share {@code <prefix><name>.}: for prefix {@code item.}, the keys
     * {@code item.TX-REG.name} and {@code item.TX-REG.name.zh} are the fields {@code name} and
     * {@code name.zh} of group {@code TX-REG}. A key {@code <prefix><name>} without a field is the
     * field {@code ""}.
     *
     * @param name the part between the prefix and the next dot
     * @param line the line of its first entry
     * @param fields by field, in file order
     */
    public record Group(String name, int line, Map<String, Entry> fields) {
        public Group {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** The field's value, or null when the group has no such field. */
        public String value(String field) {
            Entry e = fields.get(field);
            return e == null ? null : e.value();
        }

        /** The field's value, or {@code otherwise} when the group has no such field. */
        public String value(String field, String otherwise) {
            Entry e = fields.get(field);
            return e == null ? otherwise : e.value();
        }

        /** The field's line, or the group's first line when it has no such field. */
        public int line(String field) {
            Entry e = fields.get(field);
            return e == null ? line : e.line();
        }
    }

    private final String file;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private HallProperties(String file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * Reads a file; what cannot be read becomes a problem, never an exception.
     *
     * @param file the file as named in messages
     */
    public static HallProperties read(String file, Reader reader) {
        HallProperties p = new HallProperties(file);
        try (BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader)) {
            p.parse(in);
        } catch (IOException e) {
            p.problem("could not be read: " + e.getMessage());
        }
        return p;
    }

    /** Reads a file in UTF-8. */
    public static HallProperties read(String file, InputStream in) {
        return read(file, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads a file in UTF-8 from its address (a bundle entry, a file). */
    public static HallProperties read(String file, URL url) {
        try (InputStream in = url.openStream()) {
            return read(file, in);
        } catch (IOException e) {
            HallProperties p = new HallProperties(file);
            p.problem("could not be read: " + e.getMessage());
            return p;
        }
    }

    /**
     * Reads the files a {@link HallResourceHandler} was given, each named
     * {@code <plugin> <version>: HALL-INF/<folder>/<file name>}. A file whose name does not end in
     * {@code .properties} comes back empty with a problem saying so.
     */
    public static List<HallProperties> read(PluginSource source, String folder, List<URL> files) {
        List<HallProperties> read = new ArrayList<>();
        for (URL url : files) {
            String label = label(source, folder, url);
            if (!url.getPath().endsWith(".properties")) {
                HallProperties p = new HallProperties(label);
                p.problem("is not a .properties file; HALL-INF/" + folder + "/ holds .properties files");
                read.add(p);
            } else {
                read.add(read(label, url));
            }
        }
        return read;
    }

    /** {@code <plugin> <version>: HALL-INF/<folder>/<file name>}: how messages name a bundle's file. */
    public static String label(PluginSource source, String folder, URL url) {
        String path = url.getPath();
        return source + ": HALL-INF/" + folder + "/" + path.substring(path.lastIndexOf('/') + 1);
    }

    /** The file as named in messages. */
    public String file() {
        return file;
    }

    /** The good entries, in file order. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The value of the key, or null. */
    public String value(String key) {
        Entry e = byKey.get(key);
        return e == null ? null : e.value();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The groups of the keys that start with {@code prefix} (may be empty), in order of first appearance. */
    public List<Group> groups(String prefix) {
        Map<String, Map<String, Entry>> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!e.key().startsWith(prefix)) {
                continue;
            }
            String rest = e.key().substring(prefix.length());
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String field = dot < 0 ? "" : rest.substring(dot + 1);
            fields.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(field, e);
            lines.putIfAbsent(name, e.line());
        }
        List<Group> groups = new ArrayList<>();
        fields.forEach((name, f) -> groups.add(new Group(name, lines.get(name), f)));
        return groups;
    }

    /** Every problem found so far (reading, then what the area recorded), in order. */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Records a problem with an entry (its line and key). */
    public Problem problem(Entry entry, String message) {
        return add(new Problem(file, entry.line(), entry.key(), message));
    }

    /**
     * Records a problem with a group's field: on the field's line when it is there, else on the
     * group's first line (a missing field).
     *
     * @param key the whole key, e.g. {@code item.TX-REG.prefix}
     */
    public Problem problem(Group group, String field, String key, String message) {
        return add(new Problem(file, group.line(field), key, message));
    }

    /** Records a problem with a group's field whose key is {@code <group name>.<field>} (no prefix). */
    public Problem problem(Group group, String field, String message) {
        return problem(group, field, field.isEmpty() ? group.name() : group.name() + "." + field, message);
    }

    /** Records a problem with the file as a whole. */
    public Problem problem(String message) {
        return add(new Problem(file, 0, null, message));
    }

    /**
     * Fails when a problem was recorded.
     *
     * @throws HallException listing every problem, each with file and line, separated by "; "
     */
    public HallProperties throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new HallException(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        }
        return this;
    }

    private Problem add(Problem problem) {
        problems.add(problem);
        return problem;
    }

    private void parse(BufferedReader in) throws IOException {
        String physical;
        int number = 0;
        while ((physical = in.readLine()) != null) {
            number++;
            if (number == 1 && physical.startsWith("\uFEFF")) {
                physical = physical.substring(1);
            }
            String line = physical.stripLeading();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            int first = number;
            StringBuilder logical = new StringBuilder();
            while (continues(line)) {
                logical.append(line, 0, line.length() - 1);
                String next = in.readLine();
                if (next == null) {
                    line = "";
                    break;
                }
                number++;
                line = next.stripLeading();
            }
            logical.append(line);
            entry(logical.toString(), first);
        }
    }

    /** Whether the line ends in an odd number of backslashes. */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private void entry(String text, int line) {
        int end = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '\\') {
                end += 2;
                continue;
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            end++;
        }
        end = Math.min(end, text.length());
        int sep = end;
        while (sep < text.length() && Character.isWhitespace(text.charAt(sep))) {
            sep++;
        }
        if (sep >= text.length() || (text.charAt(sep) != '=' && text.charAt(sep) != ':')) {
            add(new Problem(file, line, null, "'" + abbreviate(text.strip()) + "' is not 'key = value'"));
            return;
        }
        String key;
        String value;
        try {
            key = unescape(text.substring(0, end));
            value = unescape(text.substring(sep + 1)).strip();
        } catch (IllegalArgumentException e) {
            add(new Problem(file, line, null, e.getMessage()));
            return;
        }
        if (key.isEmpty()) {
            add(new Problem(file, line, null, "the line has a value but no key"));
            return;
        }
        Entry earlier = byKey.get(key);
        if (earlier != null) {
            add(new Problem(file, line, key, "the key '" + key + "' appears twice (first on line " + earlier.line() + ")"));
            return;
        }
        Entry entry = new Entry(key, value, line);
        entries.add(entry);
        byKey.put(key, entry);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    String hex = s.substring(i + 1, Math.min(i + 5, s.length()));
                    if (hex.length() < 4 || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                        throw new IllegalArgumentException("'\\u" + hex + "' is not a \\uXXXX escape (four hexadecimal digits)");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
