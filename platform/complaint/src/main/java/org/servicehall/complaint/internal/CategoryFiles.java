package org.servicehall.complaint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.common.HallException;
import org.servicehall.complaint.ComplaintCategory;

/**
 * P3: reads complaint category files ({@code HALL-INF/complaint/*.properties}, UTF-8):
 * <pre>
 * category.&lt;CODE&gt;.name = 收费争议
 * category.&lt;CODE&gt;.name.en = Billing dispute
 * category.&lt;CODE&gt;.order = 110        (optional)
 * </pre>
 * Codes are upper-case letters, digits and '-'. A malformed file fails with a
 * {@link HallException} naming the file and the key. Plain Java.
 */
public final class CategoryFiles {
    private static final Pattern KEY = Pattern.compile("category\\.([A-Z][A-Z0-9-]{0,39})\\.(name|name\\.en|order)");

    private CategoryFiles() {
    }

    public static List<ComplaintCategory> read(String fileName, InputStream in, String sector) {
        Properties p = new Properties();
        try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new HallException(fileName + ": cannot be read as a properties file: " + e.getMessage(), e);
        }
        Map<String, String[]> byCode = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            Matcher m = KEY.matcher(key.strip());
            if (!m.matches()) {
                throw new HallException(fileName + ": key '" + key + "' is not category.<CODE>.name, .name.en or .order"
                        + " (CODE: upper-case letters, digits and '-')");
            }
            String[] fields = byCode.computeIfAbsent(m.group(1), c -> new String[3]);
            String value = p.getProperty(key).strip();
            switch (m.group(2)) {
                case "name" -> fields[0] = value;
                case "name.en" -> fields[1] = value;
                default -> fields[2] = value;
            }
        }
        List<ComplaintCategory> out = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, String[]> e : byCode.entrySet()) {
            String code = e.getKey();
            String[] f = e.getValue();
            if (f[0] == null || f[0].isEmpty()) {
                throw new HallException(fileName + ": key 'category." + code + ".name' is missing or empty");
            }
            int order = 1000 + position++;
            if (f[2] != null) {
                try {
                    order = Integer.parseInt(f[2]);
                } catch (NumberFormatException nfe) {
                    throw new HallException(fileName + ": key 'category." + code + ".order': '" + f[2] + "' is not a whole number");
                }
            }
            out.add(new ComplaintCategory(code, f[0], f[1] == null || f[1].isEmpty() ? f[0] : f[1], sector, order));
        }
        out.sort(Comparator.comparingInt(ComplaintCategory::order).thenComparing(ComplaintCategory::code));
        return out;
    }
}
