package org.servicehall.hospital.internal;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Database;

/**
 * The hospital's own tables (H1-H4) on the shared database: {@code db/migration/hospital/}, history
 * in {@code flyway_history_hospital} (RECIPES R6). Migrated once, when the plugin starts; the
 * pharmacy, laboratory, payment and guide-desk components reference this service, so none of them
 * runs on a schema that is not there yet. Uninstalling the plugin keeps the tables and their rows;
 * installing it again finds them and applies only newer scripts.
 */
@Component(service = HospitalTables.class)
public final class HospitalTables {
    /** The module name: {@code db/migration/hospital}, {@code flyway_history_hospital}. */
    public static final String MODULE = "hospital";
    private final DataSource dataSource;

    @Activate
    public HospitalTables(@Reference Database database) {
        database.migrate(MODULE, HospitalTables.class.getClassLoader());
        this.dataSource = database.dataSource();
    }

    /** For tests: a data source whose schema is already migrated. */
    public static HospitalTables on(DataSource migrated) {
        return new HospitalTables(migrated);
    }

    private HospitalTables(DataSource migrated) {
        this.dataSource = migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
