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

    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransaction(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Read-only work: no transaction is committed. */
    public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
