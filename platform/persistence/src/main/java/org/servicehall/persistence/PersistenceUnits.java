package org.servicehall.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sessions.DatabaseLogin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * Builds an EclipseLink persistence unit on a given data source without the JPA bootstrap's
 * ServiceLoader, which does not work in OSGi (RECIPES R3). The same call is used by unit tests
 * outside OSGi, so what is tested is what runs.
 */
public final class PersistenceUnits {

    private PersistenceUnits() {
    }

    public static EntityManagerFactory create(String unit, ClassLoader loader, DataSource dataSource) {
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.CLASSLOADER, loader);
        // Flyway owns the schema (R6); no dynamic weaving in OSGi (R3).
        props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        props.put(PersistenceUnitProperties.WEAVING, "false");
        // Several nodes may share one database: no node may serve rows from a stale cache.
        props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        props.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unit, props);
            if (emf == null) {
                throw new PersistenceException("no persistence unit '" + unit + "' in META-INF/persistence.xml");
            }
            // Deploy now, so a broken unit fails at activation and not at the first request.
            EntityManager em = emf.createEntityManager();
            em.close();
            // A read that loses its database fails at once (503 through the REST API, issue 17) instead of
            // EclipseLink's default of retrying it three times, 5 s apart: a request then waited ~22 s.
            DatabaseLogin login = JpaHelper.getServerSession(emf).getLogin();
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            return emf;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
