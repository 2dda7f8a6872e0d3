package org.servicehall.attendance;

import java.util.Objects;

/**
 * One alert a {@link StaffingRule} finds.
 *
 * @param kind an {@link AlertKind} name for the core's rules; a plugin's own (e.g. {@code H_PHARMACY_PEAK})
 * @param key identifies the alert while it stands, so it is raised once (e.g. {@code "idle:3:09:40"})
 * @param message what supervisors read, naming window, staff member or service
 * @param window the window it is about, or null
 * @param service the service code it is about, or null
 * @param staffNumber the staff member it is about, or null
 */
public record StaffingAlert(String kind, String key, String message, Integer window, String service, String staffNumber) {
    public StaffingAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }
}
