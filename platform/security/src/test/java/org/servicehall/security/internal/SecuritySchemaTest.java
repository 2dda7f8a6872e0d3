package org.servicehall.security.internal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.testing.TestDatabase;

import jakarta.persistence.EntityManagerFactory;

/**
 * What the security module's persistence tests share: a fresh database of a kind (H2 or
 * PostgreSQL, see {@link #kinds()}) with the security schema migrated and its persistence unit,
 * both closed after each test.
 */
abstract class SecuritySchemaTest {
    protected TestDatabase db;
    protected EntityManagerFactory emf;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    /** A fresh database of {@code kind} with the security schema; sets {@link #db} and {@link #emf}. */
    protected EntityManagerFactory openSchema(TestDatabase.Kind kind) {
        db = TestDatabase.create(kind);
        SchemaMigrations.migrate(db.dataSource(), getClass().getClassLoader(), "security");
        emf = PersistenceUnits.create("security", getClass().getClassLoader(), db.dataSource());
        return emf;
    }

    @AfterEach
    void closeSchema() {
        if (emf != null) {
            emf.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
