package org.servicehall.admincenter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The files the plugin ships beside the catalogue: {@code HALL-INF/admin-center/units.properties}
 * (back-office units), {@code seals.properties} (the centre's seals) and {@code guides.properties}
 * (each item's responsible unit and service guide), and the item codes of
 * {@code HALL-INF/catalogue/admin-center-items.properties}. A malformed entry fails with the file and
 * key named. Plain Java.
 */
public final class CentreFiles {
    public static final String UNITS = "HALL-INF/admin-center/units.properties";
    public static final String SEALS = "HALL-INF/admin-center/seals.properties";
    public static final String GUIDES = "HALL-INF/admin-center/guides.properties";
    public static final String CATALOGUE = "HALL-INF/catalogue/admin-center-items.properties";
    static final String CODE = "[A-Z][A-Z0-9-]{1,39}";

    private CentreFiles() {
    }

    public static Properties read(ClassLoader loader, String path) {
        URL url = loader.getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the admin-center plugin");
        }
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(path + " could not be read: " + e.getMessage(), e);
        }
        return p;
    }

    /** The codes of the centre's items, in catalogue order. */
    public static List<String> itemCodes(Properties catalogue) {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String key : new TreeSet<>(catalogue.stringPropertyNames())) {
            int dot = key.indexOf('.');
            String code = dot < 0 ? key : key.substring(0, dot);
            order.putIfAbsent(code, 100);
            if (key.endsWith(".order")) {
                order.put(code, Integer.parseInt(catalogue.getProperty(key).strip()));
            }
        }
        return order.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    public static List<Unit> units(Properties p) {
        List<Unit> out = new ArrayList<>();
        for (String code : codes(p, "unit", UNITS)) {
            String zh = need(p, "unit." + code + ".name", UNITS);
            out.add(new Unit(code, zh, p.getProperty("unit." + code + ".name.en", zh).strip(), order(p, "unit." + code, UNITS)));
        }
        out.sort(Comparator.comparingInt(Unit::order).thenComparing(Unit::code));
        return out;
    }

    /**
     * The units a site configured instead of the shipped ones: {@code CODE=中文名|English name} each.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form
     */
    public static List<Unit> configuredUnits(String[] entries) {
        List<Unit> out = new ArrayList<>();
        int order = 10;
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String code = eq < 0 ? "" : entry.substring(0, eq).strip();
            String[] names = eq < 0 ? new String[0] : entry.substring(eq + 1).split("\\|", -1);
            if (!code.matches(CODE) || names.length < 1 || names.length > 2 || names[0].isBlank()) {
                throw new IllegalArgumentException("units: '" + entry + "' is not CODE=中文名|English name");
            }
            String zh = names[0].strip();
            out.add(new Unit(code, zh, names.length == 2 && !names[1].isBlank() ? names[1].strip() : zh, order));
            order += 10;
        }
        return out;
    }

    public static List<Seal> seals(Properties p) {
        List<Seal> out = new ArrayList<>();
        for (String code : codes(p, "seal", SEALS)) {
            String zh = need(p, "seal." + code + ".name", SEALS);
            out.add(new Seal(code, zh, p.getProperty("seal." + code + ".name.en", zh).strip(), p.getProperty("seal." + code + ".keeper",
                    Seal.OFFICE).strip(), order(p, "seal." + code, SEALS)));
        }
        out.sort(Comparator.comparingInt(Seal::order).thenComparing(Seal::code));
        return out;
    }

    /** Each item's responsible unit, by item code. */
    public static Map<String, String> responsibleUnits(Properties guides) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : codes(guides, "guide", GUIDES)) {
            out.put(code, need(guides, "guide." + code + ".unit", GUIDES));
        }
        return out;
    }

    /** Each item's shipped guide fields, by item code. */
    public static Map<String, Map<GuideField, GuideText>> guides(Properties guides) {
        Map<String, Map<GuideField, GuideText>> out = new LinkedHashMap<>();
        for (String code : codes(guides, "guide", GUIDES)) {
            Map<GuideField, GuideText> fields = new EnumMap<>(GuideField.class);
            for (GuideField f : GuideField.values()) {
                String zh = guides.getProperty("guide." + code + "." + f.key());
                if (zh != null) {
                    fields.put(f, new GuideText(zh, guides.getProperty("guide." + code + "." + f.key() + ".en")));
                }
            }
            out.put(code, fields);
        }
        return out;
    }

    private static TreeSet<String> codes(Properties p, String prefix, String file) {
        TreeSet<String> codes = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.", 3);
            if (parts.length < 3 || !parts[0].equals(prefix) || !parts[1].matches(CODE)) {
                throw new IllegalArgumentException(file + ": '" + key + "' is not " + prefix + ".<CODE>.<field>");
            }
            codes.add(parts[1]);
        }
        return codes;
    }

    private static String need(Properties p, String key, String file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(file + ": " + key + " is missing");
        }
        return v.strip();
    }

    private static int order(Properties p, String prefix, String file) {
        String v = p.getProperty(prefix + ".order", "100").strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + prefix + ".order is not a whole number: " + v);
        }
    }
}
