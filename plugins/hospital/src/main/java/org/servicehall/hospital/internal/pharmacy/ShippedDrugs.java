package org.servicehall.hospital.internal.pharmacy;

import java.util.Locale;

import org.servicehall.hospital.internal.ShippedTable;

/**
 * The formulary the plugin ships, {@code HALL-INF/hospital/drugs.properties}: one drug a line,
 * {@code <code> = name | form | strength | unit | skin-test (yes/no)}. The skin-test list (皮试药物)
 * is the drugs marked {@code yes}; the pharmacy changes it on its workbench, and a later start of
 * the plugin never overwrites that. Plain Java.
 */
public final class ShippedDrugs {
    /** The table; a line that is not five fields or whose skin-test flag is not yes/no throws IllegalArgumentException naming its code. */
    public static final ShippedTable<Drug> TABLE = new ShippedTable<>("HALL-INF/hospital/drugs.properties", ShippedDrugs::drug);

    private ShippedDrugs() {
    }

    private static Drug drug(String code, String[] f) {
        if (f.length != 5) {
            throw new IllegalArgumentException(TABLE.file() + ": drug " + code + " needs name | form | strength | unit | yes/no");
        }
        String flag = f[4].toLowerCase(Locale.ROOT);
        if (!flag.equals("yes") && !flag.equals("no")) {
            throw new IllegalArgumentException(TABLE.file() + ": drug " + code + ": the skin-test flag is yes or no, not '" + f[4] + "'");
        }
        return new Drug(code, f[0], f[1], f[2], f[3], flag.equals("yes"));
    }
}
