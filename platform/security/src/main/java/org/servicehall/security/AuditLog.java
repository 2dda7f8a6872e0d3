package org.servicehall.security;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.osgi.annotation.versioning.ProviderType;

/**
 * REQUIREMENTS S2: who changed what, when, with the state before and after. Writing an entry never
 * makes a valid change fail: a name (actor, action, entity type or id) longer than 64 characters is
 * stored as its start and a hash of the whole (so {@link #history} still finds it by the full name),
 * a state longer than 4000 characters is shortened with a note of its length, and characters no
 * database can store (NUL, broken surrogates) become U+FFFD.
 */
@ProviderType
public interface AuditLog {

    /**
     * Writes one entry through the caller's {@link EntityManager}, inside its transaction.
     *
     * @param action a verb such as {@code create}, {@code update}, {@code delete}
     * @param before the state before (a short text form), or null for a creation
     * @param after the state after, or null for a deletion
     */
    void record(EntityManager em, Actor actor, String action, String entityType, Object entityId, Object before, Object after);

    /**
     * The same, through a JDBC connection whose transaction the caller owns (for hot paths written
     * in plain JDBC, such as the queue).
     *
     * @since 1.1
     */
    void record(java.sql.Connection connection, Actor actor, String action, String entityType, Object entityId, Object before,
            Object after) throws java.sql.SQLException;

    /**
     * Writes one entry in a transaction of its own: for what changes nothing else, such as an
     * operation refused for want of a role on a site (S1).
     *
     * @since 1.3
     */
    void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after);

    /** The newest entries, newest first. */
    List<AuditEntry> recent(int limit);

    /** The history of one record, oldest first. */
    List<AuditEntry> history(String entityType, Object entityId);
}
