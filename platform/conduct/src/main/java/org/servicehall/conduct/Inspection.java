package org.servicehall.conduct;

import java.time.Instant;
import java.util.List;

/**
 * A recorded spot check (C4) with the violations it found (none for a clean check).
 *
 * @param inspector the username of the supervisor who made it
 * @param photoType {@code image/jpeg} or {@code image/png} when a photo was attached, else null
 * @param slotId the scheduled slot it carried out, or null
 */
public record Inspection(long id, long siteId, int windowNumber, String staffNumber, Instant at, String inspector, String note,
        String photoType, Long slotId, List<Violation> violations) {
    public Inspection {
        violations = List.copyOf(violations);
    }

    public boolean clean() {
        return violations.isEmpty();
    }
}
