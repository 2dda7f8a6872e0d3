package org.servicehall.complaint.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.persistence.Database;

/**
 * The complaint tables on the platform's database, migrated once when the bundle starts, before
 * any of the area's services that share its {@link #store()} is activated.
 */
@Component(service = ComplaintDatabase.class, immediate = true)
public final class ComplaintDatabase {
    private final ComplaintStore store;

    @Activate
    public ComplaintDatabase(@Reference Database database) {
        database.migrate("complaint", ComplaintDatabase.class.getClassLoader());
        this.store = new ComplaintStore(database.dataSource());
    }

    ComplaintStore store() {
        return store;
    }
}
