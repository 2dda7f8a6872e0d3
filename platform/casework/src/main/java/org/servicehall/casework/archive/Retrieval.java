package org.servicehall.casework.archive;

import java.time.Instant;

/**
 * One read of an archived file, served or not.
 *
 * @param outcome {@code SERVED}, or {@code TAMPERED} when the content no longer matched its hash
 */
public record Retrieval(long id, long fileId, String actor, Instant at, String purpose, String outcome) {
}
