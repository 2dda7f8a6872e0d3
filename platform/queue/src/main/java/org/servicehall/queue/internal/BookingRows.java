package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.servicehall.queue.Booking;

/** Q9: the rows of {@code sh_booking} as bookings, with the phone in clear for the reader's (masked) view. */
final class BookingRows {
    private BookingRows() {
    }

    /**
     * A stored booking with its phone in clear (for the reader's view, masked) and the length of the
     * slot it was booked in (Q9; null for a booking made before that was kept: the service's length).
     */
    record Stored(Booking booking, String phone, Integer slotMinutes) {
    }

    static final String SELECT = "SELECT id, site_id, service_code, booking_date, slot_start, booking_code, status, ticket_id, "
            + "phone, slot_minutes FROM sh_booking";

    static Optional<Stored> find(Connection c, long siteId, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE site_id = ? AND " + column + " = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, value);
            return list(ps).stream().findFirst();
        }
    }

    static List<Stored> list(PreparedStatement ps) throws SQLException {
        List<Stored> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long ticket = rs.getLong(8);
                Long ticketId = rs.wasNull() ? null : ticket;
                list.add(new Stored(new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalTime.class), rs.getString(6), Booking.Status.valueOf(rs.getString(7)), ticketId),
                        rs.getString(9), minutes(rs)));
            }
        }
        return list;
    }

    private static Integer minutes(ResultSet rs) throws SQLException {
        int m = rs.getInt(10);
        return rs.wasNull() ? null : m;
    }
}
