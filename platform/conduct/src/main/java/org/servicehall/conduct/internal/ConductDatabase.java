package org.servicehall.conduct.internal;

import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.Transactions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The conduct tables on the platform's database, migrated once when the bundle starts, before any
 * of the area's services is activated: the catalogue and phrases (C1-C3) work on them through the
 * {@code conduct} persistence unit, discipline (C4-C8) in plain JDBC on the {@link #dataSource()}.
 */
@Component(service = ConductDatabase.class, immediate = true)
public final class ConductDatabase {
    static final String MODULE = "conduct";

    private final EntityManagerFactory emf;
    private final DataSource dataSource;
    private final DatabaseKind kind;

    @Activate
    public ConductDatabase(@Reference Database database) {
        database.migrate(MODULE, ConductDatabase.class.getClassLoader());
        this.emf = database.createEntityManagerFactory(MODULE, ConductDatabase.class.getClassLoader());
        this.dataSource = database.dataSource();
        this.kind = database.kind();
    }

    /** For tests and tools outside OSGi: the schema already migrated, the unit made on the same data source. */
    public ConductDatabase(EntityManagerFactory emf, DataSource dataSource, DatabaseKind kind) {
        this.emf = emf;
        this.dataSource = dataSource;
        this.kind = kind;
    }

    @Deactivate
    void deactivate() {
        emf.close();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /**
     * Runs work in one JPA transaction with the audit entry it writes; a unique key that refuses it
     * (another change at the same time) is a {@link Conflict}.
     */
    <T> T change(Function<EntityManager, T> work) {
        try {
            return Transactions.inTransaction(emf, work);
        } catch (PersistenceException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new Conflict("the change clashed with another change made at the same time; reload and try again");
            }
            throw e;
        }
    }

    <T> T read(Function<EntityManager, T> work) {
        return Transactions.read(emf, work);
    }
}
