package org.servicehall.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * Runs work in one resource-local transaction: committed when the work returns, rolled back
 * when it throws, so a failed request leaves nothing half-saved.
 */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Runs {@code work} in one transaction. When the work (or the commit) fails and the rollback or
     * close then fails too (the database dropped the connection), the work's failure reaches the
     * caller with the cleanup's failures {@linkplain Throwable#getSuppressed() suppressed} on it, not
     * masked by them (issue 17).
     */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        T result;
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                result = work.apply(em);
                tx.commit();
            } catch (Throwable e) {
                try {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                } catch (RuntimeException cleanup) {
                    if (cleanup != e) {
                        e.addSuppressed(cleanup);
                    }
                }
                throw e;
            }
        } catch (Throwable e) {
            closeAfter(em, e);
            throw e;
        }
        em.close();
        return result;
    }

    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransaction(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Read-only work: no transaction is committed. A failed close after failed work is kept as suppressed. */
    public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        T result;
        try {
            result = work.apply(em);
        } catch (Throwable e) {
            closeAfter(em, e);
            throw e;
        }
        em.close();
        return result;
    }

    private static void closeAfter(EntityManager em, Throwable failure) {
        try {
            em.close();
        } catch (RuntimeException cleanup) {
            if (cleanup != failure) {
                failure.addSuppressed(cleanup);
            }
        }
    }
}
