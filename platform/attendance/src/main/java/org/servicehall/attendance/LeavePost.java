package org.servicehall.attendance;

import java.time.Duration;
import java.time.Instant;

/** A3: a time away from the post (离岗) with its reason; {@code returnedAt} is null while away. */
public record LeavePost(long id, long recordId, String staffNumber, int windowNumber, String reason, Instant leftAt, Instant returnedAt) {

    public boolean away() {
        return returnedAt == null;
    }

    /** How long the staff member was (or has been until {@code now}) away. */
    public Duration duration(Instant now) {
        return Duration.between(leftAt, returnedAt == null ? now : returnedAt);
    }
}
