package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * Q3, Q4, Q7, Q9: the queue's settings per service ({@code sh_queue_service_setting}, its booking
 * rule in {@code sh_queue_booking_setting}) and per site ({@code sh_queue_site_setting}) in plain
 * JDBC, on the connection of the caller's transaction.
 */
final class SettingsStore {
    private SettingsStore() {
    }

    /** Q9: a service's own booking values, each null where the installation's default applies. */
    record BookingValues(Boolean bookable, Integer slotMinutes, Integer places) {
        boolean none() {
            return bookable == null && slotMinutes == null && places == null;
        }
    }

    /** Q9: the site's services with booking values of their own. */
    static Map<String, BookingValues> bookingSettings(Connection c, long siteId) throws SQLException {
        Map<String, BookingValues> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT service_code, bookable, slot_minutes, places FROM sh_queue_booking_setting WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean b = rs.getBoolean(2);
                    Boolean bookable = rs.wasNull() ? null : b;
                    int m = rs.getInt(3);
                    Integer minutes = rs.wasNull() ? null : m;
                    int p = rs.getInt(4);
                    Integer places = rs.wasNull() ? null : p;
                    out.put(rs.getString(1), new BookingValues(bookable, minutes, places));
                }
            }
        }
        return out;
    }

    /** Q9: replaces the service's booking values; all null removes them (the defaults apply). */
    static void putBookingSetting(Connection c, long siteId, String code, BookingValues values) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sh_queue_booking_setting WHERE site_id = ? AND service_code = ?")) {
            del.setLong(1, siteId);
            del.setString(2, code);
            del.executeUpdate();
        }
        if (values.none()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_queue_booking_setting (site_id, service_code, bookable,"
                + " slot_minutes, places) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, siteId);
            ps.setString(2, code);
            ps.setObject(3, values.bookable(), Types.BOOLEAN);
            ps.setObject(4, values.slotMinutes(), Types.INTEGER);
            ps.setObject(5, values.places(), Types.INTEGER);
            ps.executeUpdate();
        }
    }

    /** Per service: {alert_waiting_over, wait_target_minutes}, each null when the default applies. */
    static Map<String, Integer[]> serviceSettings(Connection c, long siteId) throws SQLException {
        Map<String, Integer[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT service_code, alert_waiting_over, wait_target_minutes FROM sh_queue_service_setting WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int over = rs.getInt(2);
                    Integer o = rs.wasNull() ? null : over;
                    int target = rs.getInt(3);
                    Integer t = rs.wasNull() ? null : target;
                    out.put(rs.getString(1), new Integer[] { o, t });
                }
            }
        }
        return out;
    }

    static void putServiceSetting(Connection c, long siteId, String code, Integer over, Integer targetMinutes) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sh_queue_service_setting WHERE site_id = ? AND service_code = ?")) {
            del.setLong(1, siteId);
            del.setString(2, code);
            del.executeUpdate();
        }
        if (over == null && targetMinutes == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_queue_service_setting (site_id, service_code, alert_waiting_over,"
                + " wait_target_minutes) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, siteId);
            ps.setString(2, code);
            ps.setObject(3, over, Types.INTEGER);
            ps.setObject(4, targetMinutes, Types.INTEGER);
            ps.executeUpdate();
        }
    }

    static boolean announceEnglish(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT announce_english FROM sh_queue_site_setting WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    static void putAnnounceEnglish(Connection c, long siteId, boolean english) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sh_queue_site_setting WHERE site_id = ?")) {
            del.setLong(1, siteId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_queue_site_setting (site_id, announce_english) VALUES (?, ?)")) {
            ps.setLong(1, siteId);
            ps.setBoolean(2, english);
            ps.executeUpdate();
        }
    }
}
