package org.servicehall.site;

import java.time.LocalTime;

/**
 * A service hall.
 *
 * @param code short unique code, e.g. {@code DEMO}
 * @param opensAt when windows open on a working day
 * @param closesAt when ticket issuing stops (tickets issued before are still served, Q8)
 */
public record Site(long id, String code, String name, String address, LocalTime opensAt, LocalTime closesAt) {
}
