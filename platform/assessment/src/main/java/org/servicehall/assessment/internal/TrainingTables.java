package org.servicehall.assessment.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.servicehall.assessment.Course;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * M2 in plain JDBC: courses ({@code asm_course}), who took part ({@code asm_participation}) and the
 * service errors ({@code asm_error}), their rows mapped by {@link RowMapper}. The caller owns the
 * connection and its transaction ({@link AssessmentStore}).
 */
final class TrainingTables {
    private static final RowMapper<Course> COURSES = RowMapper.of(Course.class).column("date", "course_date");
    private static final RowMapper<Participation> PARTICIPATIONS = RowMapper.of(Participation.class);
    private static final RowMapper<ServiceError> ERRORS = RowMapper.of(ServiceError.class).column("date", "error_date");
    private static final RowMapper<StaffOutcome> OUTCOMES = RowMapper.of(StaffOutcome.class);

    private TrainingTables() {
    }

    /** How a staff member took part in one course. */
    record StaffOutcome(String staffNumber, TrainingOutcome outcome) {
    }

    /** Runs the insert of the record (its id left out) and answers the id the database gave it. */
    private static <R extends Record> long insert(Connection c, RowMapper<R> rows, String table, R record) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(rows.insert(table, "id"), Statement.RETURN_GENERATED_KEYS)) {
            rows.bind(ps, record, "id");
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** The rows of a query whose parameters are the site and the first and last day. */
    private static <R extends Record> List<R> ofSiteBetween(Connection c, RowMapper<R> rows, String sql, long siteId, LocalDate from,
            LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, siteId);
            ps.setObject(2, from);
            ps.setObject(3, to);
            return rows.list(ps);
        }
    }

    /** The row of the table with the id. */
    private static <R extends Record> Optional<R> byId(Connection c, RowMapper<R> rows, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + rows.columnList() + " FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            return rows.first(ps);
        }
    }

    /** Runs a statement whose one parameter is an id ({@code … WHERE id = ?}, {@code … WHERE course_id = ?}). */
    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    // ---- courses

    static List<Course> courses(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        return ofSiteBetween(c, COURSES, "SELECT " + COURSES.columnList() + " FROM asm_course"
                + " WHERE site_id = ? AND course_date BETWEEN ? AND ? ORDER BY course_date DESC, id DESC", siteId, from, to);
    }

    static Optional<Course> course(Connection c, long id) throws SQLException {
        return byId(c, COURSES, "asm_course", id);
    }

    static long insertCourse(Connection c, long siteId, String title, LocalDate date, BigDecimal hours) throws SQLException {
        return insert(c, COURSES, "asm_course", new Course(0, siteId, title, date, hours));
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

    /** The course with its participations. */
    static void deleteCourse(Connection c, long id) throws SQLException {
        update(c, "DELETE FROM asm_participation WHERE course_id = ?", id);
        update(c, "DELETE FROM asm_course WHERE id = ?", id);
    }

    // ---- participations

    static List<Participation> participants(Connection c, long courseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PARTICIPATIONS.columnList() + " FROM asm_participation"
                + " WHERE course_id = ? ORDER BY staff_number")) {
            ps.setLong(1, courseId);
            return PARTICIPATIONS.list(ps);
        }
    }

    static Optional<Participation> participation(Connection c, long id) throws SQLException {
        return byId(c, PARTICIPATIONS, "asm_participation", id);
    }

    static long insertParticipation(Connection c, long courseId, String staffNumber, String staffName, TrainingOutcome outcome)
            throws SQLException {
        return insert(c, PARTICIPATIONS, "asm_participation", new Participation(0, courseId, staffNumber, staffName, outcome));
    }

    static void updateParticipation(Connection c, long id, TrainingOutcome outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE asm_participation SET outcome = ? WHERE id = ?")) {
            ps.setString(1, outcome.name());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static void deleteParticipation(Connection c, long id) throws SQLException {
        update(c, "DELETE FROM asm_participation WHERE id = ?", id);
    }

    /** Every participation in the site's courses of the period. */
    static List<StaffOutcome> outcomes(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        return ofSiteBetween(c, OUTCOMES, "SELECT " + OUTCOMES.columnList("p") + " FROM asm_participation p"
                + " JOIN asm_course k ON k.id = p.course_id WHERE k.site_id = ? AND k.course_date BETWEEN ? AND ?", siteId, from, to);
    }

    // ---- service errors

    static List<ServiceError> errors(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
        return ofSiteBetween(c, ERRORS, "SELECT " + ERRORS.columnList() + " FROM asm_error"
                + " WHERE site_id = ? AND error_date BETWEEN ? AND ? ORDER BY error_date DESC, id DESC", siteId, from, to);
    }

    static Optional<ServiceError> error(Connection c, long id) throws SQLException {
        return byId(c, ERRORS, "asm_error", id);
    }

    static long insertError(Connection c, ServiceError e) throws SQLException {
        return insert(c, ERRORS, "asm_error", e);
    }

    static void deleteError(Connection c, long id) throws SQLException {
        update(c, "DELETE FROM asm_error WHERE id = ?", id);
    }
}
