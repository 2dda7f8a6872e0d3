package org.servicehall.site.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.servicehall.common.HallException;
import org.servicehall.common.PluginSource;
import org.servicehall.common.ValidationException;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.TimeLimit;

/**
 * Reads a plugin's {@code HALL-INF/catalogue/*.properties} (UTF-8). One block of keys per item:
 *
 * <pre>
 * TX-REG-SETUP.name      = Tax registration: set-up
 * TX-REG-SETUP.name.zh   = 税务登记（设立）
 * TX-REG-SETUP.prefix    = T
 * TX-REG-SETUP.timeLimit = LEGAL:10
 * TX-REG-SETUP.description = optional text
 * TX-REG-SETUP.order     = 10
 * </pre>
 *
 * Any problem fails the whole file with a message naming the file, the key and what is wrong.
 */
final class CatalogueFiles {
    private static final Set<String> ATTRIBUTES = Set.of("name", "name.zh", "prefix", "timeLimit", "description", "order");

    private CatalogueFiles() {
    }

    static List<CatalogueItem> parse(String fileName, Reader reader, PluginSource source) {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new HallException(fileName + " could not be read: " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            String code = dot < 0 ? key : key.substring(0, dot);
            String attribute = dot < 0 ? "" : key.substring(dot + 1);
            if (!ATTRIBUTES.contains(attribute)) {
                throw new HallException(fileName + ": key '" + key + "' is not <CODE>.<attribute> with attribute one of "
                        + new java.util.TreeSet<>(ATTRIBUTES));
            }
            if (!SiteRules.CODE.matcher(code).matches()) {
                throw new HallException(fileName + ": '" + code + "' is not a valid service code (2-40 capital letters, digits or '-')");
            }
            byCode.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(attribute, p.getProperty(key).trim());
        }
        if (byCode.isEmpty()) {
            throw new HallException(fileName + " declares no service items");
        }
        List<CatalogueItem> items = new ArrayList<>();
        byCode.forEach((code, a) -> items.add(item(fileName, code, a, source)));
        items.sort(Comparator.comparingInt(CatalogueItem::order).thenComparing(CatalogueItem::code));
        return items;
    }

    private static CatalogueItem item(String file, String code, Map<String, String> a, PluginSource source) {
        String name = required(file, code, a, "name");
        String prefix = required(file, code, a, "prefix").toUpperCase();
        if (!SiteRules.PREFIX.matcher(prefix).matches()) {
            throw new HallException(file + ": " + code + ".prefix '" + prefix + "' must be one or two letters A-Z");
        }
        TimeLimit limit;
        try {
            limit = TimeLimit.parse(required(file, code, a, "timeLimit"));
        } catch (ValidationException e) {
            throw new HallException(file + ": " + code + ".timeLimit " + e.errors().get(0).message());
        }
        int order;
        try {
            order = Integer.parseInt(a.getOrDefault("order", "100"));
        } catch (NumberFormatException e) {
            throw new HallException(file + ": " + code + ".order '" + a.get("order") + "' is not a whole number");
        }
        return new CatalogueItem(code, name, a.getOrDefault("name.zh", name), prefix, limit, a.getOrDefault("description", ""),
                order, source);
    }

    private static String required(String file, String code, Map<String, String> a, String attribute) {
        String value = a.get(attribute);
        if (value == null || value.isBlank()) {
            throw new HallException(file + ": " + code + "." + attribute + " is missing");
        }
        return value;
    }
}
