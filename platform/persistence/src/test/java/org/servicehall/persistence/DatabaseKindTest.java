package org.servicehall.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseKindTest {
    @Test
    void productNamesMapToKinds() {
        assertEquals(DatabaseKind.H2, DatabaseKind.fromProductName("H2"));
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.fromProductName("PostgreSQL"));
        assertEquals(DatabaseKind.OTHER, DatabaseKind.fromProductName("MariaDB"));
        assertEquals(DatabaseKind.OTHER, DatabaseKind.fromProductName(null));
    }

    @Test
    void moduleNamesThatCannotNameAHistoryTableAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchemaMigrations.migrate(null, getClass().getClassLoader(), "Site; drop table x"));
        assertEquals(true, e.getMessage().contains("flyway_history_<module>"));
    }
}
