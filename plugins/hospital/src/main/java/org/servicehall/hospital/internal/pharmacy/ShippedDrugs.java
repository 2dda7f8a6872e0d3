package org.servicehall.hospital.internal.pharmacy;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;

import org.servicehall.hospital.internal.ShippedTable;

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
        return ShippedTable.load(loader, FILE, ShippedDrugs::drug);
    }

    /** @throws IllegalArgumentException naming the line's code when it is not five fields or the flag is not yes/no */
    public static List<Drug> read(Reader reader) throws IOException {
        return ShippedTable.read(reader, ShippedDrugs::drug);
    }

    private static Drug drug(String code, String[] f) {
        if (f.length != 5) {
            throw new IllegalArgumentException(FILE + ": drug " + code + " needs name | form | strength | unit | yes/no");
        }
        String flag = f[4].toLowerCase(Locale.ROOT);
        if (!flag.equals("yes") && !flag.equals("no")) {
            throw new IllegalArgumentException(FILE + ": drug " + code + ": the skin-test flag is yes or no, not '" + f[4] + "'");
        }
        return new Drug(code, f[0], f[1], f[2], f[3], flag.equals("yes"));
    }
}
