package org.servicehall.attendance.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Database;

/**
 * The attendance tables on the platform's database, migrated once when the bundle starts, before
 * any of the area's services that share its {@link #store()} is activated.
 */
@Component(service = AttendanceDatabase.class, immediate = true)
public final class AttendanceDatabase {
    private final AttendanceStore store;

    @Activate
    public AttendanceDatabase(@Reference Database database) {
        database.migrate("attendance", AttendanceDatabase.class.getClassLoader());
        this.store = new AttendanceStore(database.dataSource());
    }

    AttendanceStore store() {
        return store;
    }
}
