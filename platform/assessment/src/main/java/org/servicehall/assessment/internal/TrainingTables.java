package org.servicehall.assessment.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.servicehall.assessment.Course;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.persistence.Jdbc;

/**
 * M2 in plain JDBC: courses ({@code asm_course}), who took part ({@code asm_participation}) and the
 * service errors ({@code asm_error}). The caller owns the connection and its transaction
 * ({@link AssessmentStore}).
 */
final class TrainingTables {
    private TrainingTables() {
    }

    // ---- courses

    private static Course course(ResultSet rs) throws SQLException {
        return new Course(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5));
    }

    static List<Course> courses(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        List<Course> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, title, course_date, hours FROM asm_course"
                + " WHERE site_id = ? AND course_date BETWEEN ? AND ? ORDER BY course_date DESC, id DESC")) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(course(rs));
                }
            }
        }
        return out;
    }

    static Optional<Course> course(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, title, course_date, hours FROM asm_course WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(course(rs)) : Optional.empty();
            }
        }
    }

    static long insertCourse(Connection c, long siteId, String title, LocalDate date, BigDecimal hours) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_course (site_id, title, course_date, hours) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, siteId);
            ps.setString(2, title);
            ps.setObject(3, date);
            ps.setBigDecimal(4, hours);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    static void updateCourse(Connection c, long id, String title, LocalDate date, BigDecimal hours) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE asm_course SET title = ?, course_date = ?, hours = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setObject(2, date);
            ps.setBigDecimal(3, hours);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    static void deleteCourse(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM asm_participation WHERE course_id = ?");
                PreparedStatement d = c.prepareStatement("DELETE FROM asm_course WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
            d.setLong(1, id);
            d.executeUpdate();
        }
    }

    private static Participation participation(ResultSet rs) throws SQLException {
        return new Participation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), TrainingOutcome.valueOf(rs.getString(5)));
    }

    static List<Participation> participants(Connection c, long courseId) throws SQLException {
        List<Participation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, course_id, staff_number, staff_name, outcome FROM asm_participation"
                + " WHERE course_id = ? ORDER BY staff_number")) {
            ps.setLong(1, courseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(participation(rs));
                }
            }
        }
        return out;
    }

    static Optional<Participation> participation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, course_id, staff_number, staff_name, outcome FROM asm_participation"
                + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(participation(rs)) : Optional.empty();
            }
        }
    }

    static long insertParticipation(Connection c, long courseId, String staffNumber, String staffName, TrainingOutcome outcome)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_participation (course_id, staff_number, staff_name, outcome)"
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, courseId);
            ps.setString(2, staffNumber);
            ps.setString(3, staffName);
            ps.setString(4, outcome.name());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    static void updateParticipation(Connection c, long id, TrainingOutcome outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE asm_participation SET outcome = ? WHERE id = ?")) {
            ps.setString(1, outcome.name());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static void deleteParticipation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM asm_participation WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** How a staff member took part in one course. */
    record StaffOutcome(String staffNumber, TrainingOutcome outcome) {
    }

    /** Every participation in the site's courses of the period. */
    static List<StaffOutcome> outcomes(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        List<StaffOutcome> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.staff_number, p.outcome FROM asm_participation p"
                + " JOIN asm_course k ON k.id = p.course_id WHERE k.site_id = ? AND k.course_date BETWEEN ? AND ?")) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StaffOutcome(rs.getString(1), TrainingOutcome.valueOf(rs.getString(2))));
                }
            }
        }
        return out;
    }

    // ---- service errors

    private static final String ERROR_COLUMNS = "id, site_id, staff_number, staff_name, error_date, note, recorded_by, recorded_at FROM asm_error";

    private static ServiceError error(ResultSet rs) throws SQLException {
        return new ServiceError(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getString(6), rs.getString(7), Jdbc.instant(rs, 8));
    }

    static List<ServiceError> errors(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        List<ServiceError> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ERROR_COLUMNS
                + " WHERE site_id = ? AND error_date BETWEEN ? AND ? ORDER BY error_date DESC, id DESC")) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(error(rs));
                }
            }
        }
        return out;
    }

    static Optional<ServiceError> error(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ERROR_COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(error(rs)) : Optional.empty();
            }
        }
    }

    static long insertError(Connection c, ServiceError e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_error (site_id, staff_number, staff_name, error_date, note,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, e.siteId());
            ps.setString(2, e.staffNumber());
            ps.setString(3, e.staffName());
            ps.setObject(4, e.date());
            ps.setString(5, e.note());
            ps.setString(6, e.recordedBy());
            ps.setTimestamp(7, Jdbc.timestamp(e.recordedAt()));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    static void deleteError(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM asm_error WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
