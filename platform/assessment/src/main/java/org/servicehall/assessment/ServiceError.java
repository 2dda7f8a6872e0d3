package org.servicehall.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** M1/M2: a service error (业务差错) a supervisor recorded for a staff member, with a note. */
public record ServiceError(long id, long siteId, String staffNumber, String staffName, LocalDate date, String note, String recordedBy,
        Instant recordedAt) {
}
