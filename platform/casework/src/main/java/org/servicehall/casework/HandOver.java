package org.servicehall.casework;

import java.time.Instant;

/**
 * A hand-over of a case (前台受理、后台审批、窗口出件): from the front window to a back-office unit,
 * between units, or back to the window; every one is kept.
 *
 * @param fromUnit the unit that held it, null for the front window
 * @param toUnit the unit that holds it now, null for the front window
 */
public record HandOver(long id, long caseId, Instant at, String fromUnit, String toUnit, String by, String note) {
}
