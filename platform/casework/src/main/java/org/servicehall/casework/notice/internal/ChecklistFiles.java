package org.servicehall.casework.notice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.casework.notice.Wording;
import org.servicehall.common.HallProperties;

/**
 * T4: reads checklist files ({@code HALL-INF/checklists/*.properties}, format in the API's package
 * documentation) with the platform's {@link HallProperties}. A material with a problem (no name, a
 * conditional one without its condition, an unknown field, a bad number) is skipped and recorded
 * as a problem of the file naming its line and key; the good ones are kept. Plain Java.
 */
public final class ChecklistFiles {
    static final String PREFIX = "checklist.";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,39}");
    private static final Set<String> TEXTS = Set.of("name", "condition", "form", "basis", "where");
    private static final Set<String> FIELDS = Set.of("requirement", "original", "copies", "order");

    private ChecklistFiles() {
    }

    /** The good materials of a file read; its problems recorded in {@code file}. */
    public static List<ChecklistItem> items(HallProperties file, String source) {
        List<ChecklistItem> out = new ArrayList<>();
        for (HallProperties.Group service : file.groups(PREFIX)) {
            if (!CODE.matcher(service.name()).matches()) {
                file.problem(service, "", PREFIX + service.name(), "'" + service.name()
                        + "' is not a service item code (upper-case letters, digits and '-')");
                continue;
            }
            Map<String, Map<String, HallProperties.Entry>> byItem = new LinkedHashMap<>();
            for (Map.Entry<String, HallProperties.Entry> f : service.fields().entrySet()) {
                String rest = f.getKey();
                int dot = rest.indexOf('.');
                String item = dot < 0 ? rest : rest.substring(0, dot);
                byItem.computeIfAbsent(item, i -> new LinkedHashMap<>()).put(dot < 0 ? "" : rest.substring(dot + 1), f.getValue());
            }
            int position = 0;
            for (Map.Entry<String, Map<String, HallProperties.Entry>> i : byItem.entrySet()) {
                position += 10;
                ChecklistItem item = item(file, service.name(), i.getKey(), i.getValue(), position, source);
                if (item != null) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    private static ChecklistItem item(HallProperties file, String service, String code, Map<String, HallProperties.Entry> fields,
            int position, String source) {
        String key = PREFIX + service + "." + code;
        HallProperties.Entry first = fields.values().iterator().next();
        if (!CODE.matcher(code).matches()) {
            file.problem(first, "'" + code + "' in key '" + first.key() + "' is not a material code (upper-case letters, digits and '-')");
            return null;
        }
        boolean ok = true;
        for (HallProperties.Entry e : fields.values()) {
            String field = e.key().length() > key.length() ? e.key().substring(key.length() + 1) : "";
            String base = field.endsWith(".en") ? field.substring(0, field.length() - 3) : field;
            if (!(TEXTS.contains(base) || (FIELDS.contains(field)))) {
                file.problem(e, "key '" + e.key() + "': '" + field + "' is not a field of a material (name, requirement, condition,"
                        + " original, copies, form, basis, where, order; texts with .en)");
                ok = false;
            }
        }
        Wording name = wording(fields, "name");
        if (name.isEmpty()) {
            file.problem(fields.getOrDefault("name", first), "key '" + key + ".name' is missing or empty");
            ok = false;
        }
        Requirement requirement = Requirement.REQUIRED;
        HallProperties.Entry r = fields.get("requirement");
        if (r != null) {
            try {
                requirement = Requirement.valueOf(r.value().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                file.problem(r, "key '" + r.key() + "': '" + r.value() + "' is not required or conditional");
                ok = false;
            }
        }
        Wording condition = wording(fields, "condition");
        if (requirement == Requirement.CONDITIONAL && condition.isEmpty()) {
            file.problem(fields.getOrDefault("requirement", first), "key '" + key + ".condition' is missing: a conditional material says when it is needed");
            ok = false;
        }
        boolean original = false;
        HallProperties.Entry o = fields.get("original");
        if (o != null) {
            if (!o.value().equalsIgnoreCase("true") && !o.value().equalsIgnoreCase("false")) {
                file.problem(o, "key '" + o.key() + "': '" + o.value() + "' is not true or false");
                ok = false;
            }
            original = o.value().equalsIgnoreCase("true");
        }
        Integer copies = number(file, fields.get("copies"), 0);
        Integer order = number(file, fields.get("order"), position);
        if (!ok || copies == null || order == null) {
            return null;
        }
        ChecklistItem item = ChecklistItem.required(service, code, name)
                .withOriginalAndCopies(original, copies)
                .withForm(wording(fields, "form"), wording(fields, "basis"), wording(fields, "where"))
                .withOrder(order).withSource(source);
        return requirement == Requirement.CONDITIONAL ? item.withCondition(condition) : item;
    }

    private static Wording wording(Map<String, HallProperties.Entry> fields, String field) {
        HallProperties.Entry zh = fields.get(field);
        HallProperties.Entry en = fields.get(field + ".en");
        return new Wording(zh == null ? "" : zh.value(), en == null ? null : en.value());
    }

    private static Integer number(HallProperties file, HallProperties.Entry e, int otherwise) {
        if (e == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(e.value());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException nfe) {
            // reported below
        }
        file.problem(e, "key '" + e.key() + "': '" + e.value() + "' is not a whole number of 0 or more");
        return null;
    }
}
