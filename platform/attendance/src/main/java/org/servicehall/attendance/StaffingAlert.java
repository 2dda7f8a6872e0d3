package org.servicehall.attendance;

import java.util.Objects;

/**
 * One alert a {@link StaffingRule} finds. Make one with {@link #of(String, String, String)} and name
 * what it is about with {@link #atWindow}, {@link #forService} and {@link #forStaff}, rather than by
 * position: components added in later versions then keep their defaults.
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

    /**
     * An alert about no window, service or staff member in particular (yet).
     *
     * @since 1.1
     */
    public static StaffingAlert of(String kind, String key, String message) {
        return new StaffingAlert(kind, key, message, null, null, null);
    }

    /**
     * This alert, about the window.
     *
     * @since 1.1
     */
    public StaffingAlert atWindow(Integer windowNumber) {
        return new StaffingAlert(kind, key, message, windowNumber, service, staffNumber);
    }

    /**
     * This alert, about the service.
     *
     * @since 1.1
     */
    public StaffingAlert forService(String serviceCode) {
        return new StaffingAlert(kind, key, message, window, serviceCode, staffNumber);
    }

    /**
     * This alert, about the staff member.
     *
     * @since 1.1
     */
    public StaffingAlert forStaff(String number) {
        return new StaffingAlert(kind, key, message, window, service, number);
    }
}
