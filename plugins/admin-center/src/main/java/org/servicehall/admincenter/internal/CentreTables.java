package org.servicehall.admincenter.internal;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Database;

/**
 * The centre's own tables (AC3: guide wording, pre-applications) on the shared database:
 * {@code db/migration/admincenter/}, history in {@code flyway_history_admincenter} (RECIPES R6).
 * Migrated once when the plugin starts; uninstalling keeps the tables and rows.
 */
@Component(service = CentreTables.class)
public final class CentreTables {
    public static final String MODULE = "admincenter";
    private final DataSource dataSource;

    @Activate
    public CentreTables(@Reference Database database) {
        database.migrate(MODULE, CentreTables.class.getClassLoader());
        this.dataSource = database.dataSource();
    }

    /** For tests: a data source whose schema is already migrated. */
    public static CentreTables on(DataSource migrated) {
        return new CentreTables(migrated, true);
    }

    private CentreTables(DataSource migrated, boolean ignored) {
        this.dataSource = migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
