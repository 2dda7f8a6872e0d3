package org.servicehall.hospital.internal.pharmacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The formulary the plugin ships, {@code HALL-INF/hospital/drugs.properties}: one drug a line,
 * {@code <code> = name | form | strength | unit | skin-test (yes/no)}. The skin-test list (皮试药物)
 * is the drugs marked {@code yes}; the pharmacy changes it on its workbench, and a later start of
 * the plugin never overwrites that. Plain Java.
 */
public final class ShippedDrugs {
    public static final String FILE = "HALL-INF/hospital/drugs.properties";

    private ShippedDrugs() {
    }

    public static List<Drug> load(ClassLoader loader) {
        URL url = loader.getResource(FILE);
        if (url == null) {
            throw new IllegalStateException(FILE + " is missing from the hospital plugin");
        }
        try (InputStream in = url.openStream()) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " could not be read: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming the line's code when it is not five fields or the flag is not yes/no */
    public static List<Drug> read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        List<Drug> out = new ArrayList<>();
        for (String code : new TreeSet<>(p.stringPropertyNames())) {
            String[] f = p.getProperty(code).split("\\|", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(FILE + ": drug " + code + " needs name | form | strength | unit | yes/no");
            }
            String flag = f[4].strip().toLowerCase(Locale.ROOT);
            if (!flag.equals("yes") && !flag.equals("no")) {
                throw new IllegalArgumentException(FILE + ": drug " + code + ": the skin-test flag is yes or no, not '" + f[4].strip() + "'");
            }
            out.add(new Drug(code.strip(), f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), flag.equals("yes")));
        }
        return out;
    }
}
