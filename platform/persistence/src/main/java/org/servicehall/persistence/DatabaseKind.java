package org.servicehall.persistence;

import java.util.Locale;

/** The database products ServiceHall runs on. */
public enum DatabaseKind {
    H2, POSTGRESQL, OTHER;

    /** From JDBC's {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static DatabaseKind fromProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        return OTHER;
    }
}
