package org.servicehall.conduct;

import java.time.LocalDateTime;

/**
 * A planned random inspection (C4): a window to check at a time of a working day, within opening
 * hours. Slots of a site and ISO week are drawn from a seed, so the same seed gives the same plan.
 *
 * @param week the ISO week, e.g. {@code 2026-W49}
 * @param inspectionId the inspection that carried it out, or null while still open
 */
public record InspectionSlot(long id, long siteId, String week, long seed, LocalDateTime at, int windowNumber, Long inspectionId) {

    public boolean done() {
        return inspectionId != null;
    }
}
