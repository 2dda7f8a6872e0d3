package org.servicehall.complaint.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.servicehall.common.HallException;
import org.servicehall.common.HallProperties;
import org.servicehall.complaint.ComplaintCategory;

/**
 * P3: reads complaint category files ({@code HALL-INF/complaint/*.properties}, UTF-8, with the
 * platform's {@link HallProperties}):
 * <pre>
 * category.&lt;CODE&gt;.name = 收费争议
 * category.&lt;CODE&gt;.name.en = Billing dispute
 * category.&lt;CODE&gt;.order = 110        (optional)
 * </pre>
 * Codes are upper-case letters, digits and '-'. A malformed file fails with a
 * {@link HallException} naming the file and the key of every problem (the line too where the
 * file cannot be read as properties). Plain Java.
 */
public final class CategoryFiles {
    private static final Pattern KEY = Pattern.compile("category\\.([A-Z][A-Z0-9-]{0,39})\\.(name|name\\.en|order)");
    private static final Comparator<ComplaintCategory> ORDER = Comparator.comparingInt(ComplaintCategory::order)
            .thenComparing(ComplaintCategory::code);

    private CategoryFiles() {
    }

    public static List<ComplaintCategory> read(String fileName, InputStream in, String sector) {
        return categories(HallProperties.read(fileName, in), sector);
    }

    /**
     * The categories of a file read; a category without a name or with a bad order is a problem.
     *
     * @throws HallException listing every problem of the file
     */
    public static List<ComplaintCategory> categories(HallProperties file, String sector) {
        int readingProblems = file.problems().size();
        // codes in the order of their sorted keys, as 1.x numbered the categories without an order
        Map<String, Map<String, HallProperties.Entry>> byCode = new LinkedHashMap<>();
        for (HallProperties.Entry e : file.entries().stream().sorted(Comparator.comparing(HallProperties.Entry::key)).toList()) {
            Matcher m = KEY.matcher(e.key());
            if (!m.matches()) {
                file.problem(e, "key '" + e.key() + "' is not category.<CODE>.name, .name.en or .order"
                        + " (CODE: upper-case letters, digits and '-')");
                continue;
            }
            byCode.computeIfAbsent(m.group(1), c -> new LinkedHashMap<>()).put(m.group(2), e);
        }
        List<ComplaintCategory> out = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, Map<String, HallProperties.Entry>> c : byCode.entrySet()) {
            String code = c.getKey();
            Map<String, HallProperties.Entry> f = c.getValue();
            int order = 1000 + position++;
            String name = value(f, "name");
            if (name == null || name.isEmpty()) {
                HallProperties.Entry any = f.values().iterator().next();
                file.problem(f.getOrDefault("name", any), "key 'category." + code + ".name' is missing or empty");
                continue;
            }
            if (f.containsKey("order")) {
                try {
                    order = Integer.parseInt(value(f, "order"));
                } catch (NumberFormatException nfe) {
                    file.problem(f.get("order"), "key 'category." + code + ".order': '" + value(f, "order") + "' is not a whole number");
                    continue;
                }
            }
            String nameEn = value(f, "name.en");
            out.add(new ComplaintCategory(code, name, nameEn == null || nameEn.isEmpty() ? name : nameEn, sector, order));
        }
        if (file.hasProblems()) {
            throw new HallException(message(file, readingProblems));
        }
        out.sort(ORDER);
        return out;
    }

    private static String value(Map<String, HallProperties.Entry> fields, String field) {
        HallProperties.Entry e = fields.get(field);
        return e == null ? null : e.value();
    }

    /** Reading problems name their line; P3's own keep the wording of 1.x ({@code <file>: key '…' …}). */
    private static String message(HallProperties file, int readingProblems) {
        List<HallProperties.Problem> all = file.problems();
        return IntStream.range(0, all.size()).mapToObj(i -> i < readingProblems ? all.get(i).toString()
                : all.get(i).file() + ": " + all.get(i).message()).collect(Collectors.joining("; "));
    }
}
