package org.servicehall.persistence;

/** A schema migration could not be applied; the database was left at the last good version. */
public class MigrationFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
