package org.servicehall.site.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.servicehall.common.HallProperties;
import org.servicehall.common.PluginSource;
import org.servicehall.common.ValidationException;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.TimeLimit;

/**
 * Reads a plugin's {@code HALL-INF/catalogue/*.properties} (with {@link HallProperties}: UTF-8,
 * problems by line). One block of keys per item:
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
 * Every problem is named with the file, the line and the key; any problem fails the whole file.
 */
final class CatalogueFiles {
    private static final Set<String> ATTRIBUTES = Set.of("name", "name.zh", "prefix", "timeLimit", "description", "order");
    private static final Comparator<CatalogueItem> ORDER = Comparator.comparingInt(CatalogueItem::order).thenComparing(CatalogueItem::code);

    private CatalogueFiles() {
    }

    /**
     * @param fileName the file as named in messages
     * @throws org.servicehall.common.HallException listing every problem of the file
     */
    static List<CatalogueItem> parse(String fileName, Reader reader, PluginSource source) {
        return items(HallProperties.read(fileName, reader), source);
    }

    /** The items of a file read; fails listing every problem of the file (reading it and its items). */
    static List<CatalogueItem> items(HallProperties file, PluginSource source) {
        List<CatalogueItem> items = new ArrayList<>();
        for (HallProperties.Group g : file.groups("")) {
            CatalogueItem item = item(file, g, source);
            if (item != null) {
                items.add(item);
            }
        }
        if (items.isEmpty() && !file.hasProblems()) {
            file.problem("declares no service items");
        }
        file.throwIfProblems();
        items.sort(ORDER);
        return items;
    }

    /** The item of a group, or null (its problems recorded). */
    private static CatalogueItem item(HallProperties file, HallProperties.Group g, PluginSource source) {
        String code = g.name();
        int good = 0;
        for (Map.Entry<String, HallProperties.Entry> field : g.fields().entrySet()) {
            if (ATTRIBUTES.contains(field.getKey())) {
                good++;
            } else {
                HallProperties.Entry e = field.getValue();
                file.problem(e, "key '" + e.key() + "' is not <CODE>.<attribute> with attribute one of " + new TreeSet<>(ATTRIBUTES));
            }
        }
        if (good == 0) {
            return null;
        }
        if (!SiteRules.CODE.matcher(code).matches()) {
            file.problem(g, "", "'" + code + "' is not a valid service code (2-40 capital letters, digits or '-')");
            return null;
        }
        String name = required(file, g, "name");
        String prefix = required(file, g, "prefix");
        if (prefix != null) {
            prefix = prefix.toUpperCase();
            if (!SiteRules.PREFIX.matcher(prefix).matches()) {
                file.problem(g, "prefix", code + ".prefix '" + prefix + "' must be one or two letters A-Z");
                prefix = null;
            }
        }
        String limitText = required(file, g, "timeLimit");
        TimeLimit limit = null;
        if (limitText != null) {
            try {
                limit = TimeLimit.parse(limitText);
            } catch (ValidationException e) {
                file.problem(g, "timeLimit", code + ".timeLimit " + e.errors().get(0).message());
            }
        }
        Integer order = null;
        try {
            order = Integer.parseInt(g.value("order", "100"));
        } catch (NumberFormatException e) {
            file.problem(g, "order", code + ".order '" + g.value("order") + "' is not a whole number");
        }
        if (name == null || prefix == null || limit == null || order == null) {
            return null;
        }
        return new CatalogueItem(code, name, g.value("name.zh", name), prefix, limit, g.value("description", ""), order, source);
    }

    /** The attribute's value, or null with the problem recorded when it is missing or empty. */
    private static String required(HallProperties file, HallProperties.Group g, String attribute) {
        String value = g.value(attribute);
        if (value == null || value.isBlank()) {
            file.problem(g, attribute, g.name() + "." + attribute + " is missing");
            return null;
        }
        return value;
    }
}
