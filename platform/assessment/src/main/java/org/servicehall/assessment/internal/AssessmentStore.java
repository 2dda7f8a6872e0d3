package org.servicehall.assessment.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.Course;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.PeriodKind;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalKind;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.StaffScore;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.common.Conflict;
import org.servicehall.persistence.Jdbc;

/** The assessment tables in plain JDBC on the shared data source; the caller owns transactions. */
final class AssessmentStore {

    private final DataSource dataSource;

    AssessmentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> Jdbc.isUniqueViolation(e)
                ? new Conflict("the change clashed with another made at the same moment (on this or another node); reload and try again")
                : new IllegalStateException("assessment database error: " + e.getMessage(), e));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("assessment"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Period period(String kind, LocalDate start) {
        return new Period(PeriodKind.valueOf(kind), YearMonth.from(start));
    }

    // ---- settings

    Optional<AssessmentSettings> settings(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT attitude_weight, efficiency_weight, discipline_weight, ability_weight,"
                + " commendation_at, commendation_top, warning_below, period_kind FROM asm_settings WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(settings(rs, 1)) : Optional.empty();
            }
        }
    }

    private static AssessmentSettings settings(ResultSet rs, int at) throws SQLException {
        return new AssessmentSettings(rs.getInt(at), rs.getInt(at + 1), rs.getInt(at + 2), rs.getInt(at + 3),
                rs.getBigDecimal(at + 4).doubleValue(), rs.getInt(at + 5), rs.getBigDecimal(at + 6).doubleValue(),
                PeriodKind.valueOf(rs.getString(at + 7)));
    }

    void putSettings(Connection c, long siteId, AssessmentSettings s) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM asm_settings WHERE site_id = ?")) {
            del.setLong(1, siteId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_settings (site_id, attitude_weight, efficiency_weight,"
                + " discipline_weight, ability_weight, commendation_at, commendation_top, warning_below, period_kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, siteId);
            ps.setInt(2, s.attitudeWeight());
            ps.setInt(3, s.efficiencyWeight());
            ps.setInt(4, s.disciplineWeight());
            ps.setInt(5, s.abilityWeight());
            ps.setBigDecimal(6, BigDecimal.valueOf(s.commendationAt()));
            ps.setInt(7, s.commendationTop());
            ps.setBigDecimal(8, BigDecimal.valueOf(s.warningBelow()));
            ps.setString(9, s.periodKind().name());
            ps.executeUpdate();
        }
    }

    // ---- runs and scores

    private static final String RUN_COLUMNS = "id, site_id, period_kind, period_start, attitude_weight, efficiency_weight,"
            + " discipline_weight, ability_weight, commendation_at, commendation_top, warning_below, feedback_available, ran_at,"
            + " ran_by FROM asm_run";

    Optional<AssessmentResult> run(Connection c, long siteId, Period period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " WHERE site_id = ? AND period_kind = ? AND period_start = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, period.kind().name());
            ps.setObject(3, period.from());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                AssessmentSettings s = new AssessmentSettings(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        rs.getBigDecimal(9).doubleValue(), rs.getInt(10), rs.getBigDecimal(11).doubleValue(), period.kind());
                boolean feedback = rs.getBoolean(12);
                Instant at = Jdbc.instant(rs, 13);
                String by = rs.getString(14);
                return Optional.of(new AssessmentResult(id, siteId, period, s, at, by, feedback, scores(c, id)));
            }
        }
    }

    List<Period> periods(Connection c, long siteId) throws SQLException {
        List<Period> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT period_kind, period_start FROM asm_run WHERE site_id = ?"
                + " ORDER BY period_start DESC, period_kind")) {
            ps.setLong(1, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(period(rs.getString(1), rs.getObject(2, LocalDate.class)));
                }
            }
        }
        return out;
    }

    private List<StaffScore> scores(Connection c, long runId) throws SQLException {
        List<StaffScore> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT staff_number, staff_name, attitude, efficiency, discipline, ability, total,"
                + " staff_rank, details FROM asm_score WHERE run_id = ? ORDER BY staff_rank, staff_number")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StaffScore(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6), rs.getDouble(7), rs.getInt(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    void deleteRun(Connection c, long runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM asm_score WHERE run_id = ?");
                PreparedStatement r = c.prepareStatement("DELETE FROM asm_run WHERE id = ?")) {
            s.setLong(1, runId);
            s.executeUpdate();
            r.setLong(1, runId);
            r.executeUpdate();
        }
    }

    long insertRun(Connection c, long siteId, Period period, AssessmentSettings s, boolean feedback, Instant at, String by,
            List<StaffScore> scores) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_run (site_id, period_kind, period_start, attitude_weight,"
                + " efficiency_weight, discipline_weight, ability_weight, commendation_at, commendation_top, warning_below,"
                + " feedback_available, ran_at, ran_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, siteId);
            ps.setString(2, period.kind().name());
            ps.setObject(3, period.from());
            ps.setInt(4, s.attitudeWeight());
            ps.setInt(5, s.efficiencyWeight());
            ps.setInt(6, s.disciplineWeight());
            ps.setInt(7, s.abilityWeight());
            ps.setBigDecimal(8, BigDecimal.valueOf(s.commendationAt()));
            ps.setInt(9, s.commendationTop());
            ps.setBigDecimal(10, BigDecimal.valueOf(s.warningBelow()));
            ps.setBoolean(11, feedback);
            ps.setTimestamp(12, ts(at));
            ps.setString(13, by);
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_score (run_id, staff_number, staff_name, attitude, efficiency,"
                + " discipline, ability, total, staff_rank, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StaffScore sc : scores) {
                ps.setLong(1, id);
                ps.setString(2, sc.staffNumber());
                ps.setString(3, sc.staffName());
                ps.setBigDecimal(4, BigDecimal.valueOf(sc.attitude()));
                ps.setBigDecimal(5, BigDecimal.valueOf(sc.efficiency()));
                ps.setBigDecimal(6, BigDecimal.valueOf(sc.discipline()));
                ps.setBigDecimal(7, BigDecimal.valueOf(sc.ability()));
                ps.setBigDecimal(8, BigDecimal.valueOf(sc.total()));
                ps.setInt(9, sc.rank());
                ps.setString(10, sc.details());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    // ---- proposals

    private static final String PROPOSAL_COLUMNS = "id, site_id, period_kind, period_start, staff_number, staff_name, kind, score,"
            + " staff_rank, status, proposed_at, decided_by, decided_at, note FROM asm_proposal";

    private static Proposal proposal(ResultSet rs) throws SQLException {
        return new Proposal(rs.getLong(1), rs.getLong(2), period(rs.getString(3), rs.getObject(4, LocalDate.class)), rs.getString(5),
                rs.getString(6), ProposalKind.valueOf(rs.getString(7)), rs.getDouble(8), rs.getInt(9),
                ProposalStatus.valueOf(rs.getString(10)), Jdbc.instant(rs, 11), rs.getString(12), Jdbc.instant(rs, 13), rs.getString(14));
    }

    List<Proposal> proposals(Connection c, long siteId, ProposalStatus status) throws SQLException {
        List<Proposal> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PROPOSAL_COLUMNS + " WHERE site_id = ?"
                + (status == null ? "" : " AND status = ?") + " ORDER BY period_start DESC, id DESC")) {
            ps.setLong(1, siteId);
            if (status != null) {
                ps.setString(2, status.name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(proposal(rs));
                }
            }
        }
        return out;
    }

    List<Proposal> proposals(Connection c, long siteId, Period period) throws SQLException {
        List<Proposal> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PROPOSAL_COLUMNS
                + " WHERE site_id = ? AND period_kind = ? AND period_start = ? ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setString(2, period.kind().name());
            ps.setObject(3, period.from());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(proposal(rs));
                }
            }
        }
        return out;
    }

    Optional<Proposal> proposal(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PROPOSAL_COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(proposal(rs)) : Optional.empty();
            }
        }
    }

    long insertProposal(Connection c, Proposal p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_proposal (site_id, period_kind, period_start, staff_number,"
                + " staff_name, kind, score, staff_rank, status, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, p.siteId());
            ps.setString(2, p.period().kind().name());
            ps.setObject(3, p.period().from());
            ps.setString(4, p.staffNumber());
            ps.setString(5, p.staffName());
            ps.setString(6, p.kind().name());
            ps.setBigDecimal(7, BigDecimal.valueOf(p.score()));
            ps.setInt(8, p.rank());
            ps.setString(9, p.status().name());
            ps.setTimestamp(10, ts(p.proposedAt()));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Sets the status if it is still {@code from}; false when someone decided first. */
    boolean decideProposal(Connection c, long id, ProposalStatus from, ProposalStatus to, String by, Instant at, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE asm_proposal SET status = ?, decided_by = ?, decided_at = ?, note = ?"
                + " WHERE id = ? AND status = ?")) {
            ps.setString(1, to.name());
            ps.setString(2, by);
            ps.setTimestamp(3, ts(at));
            ps.setString(4, note);
            ps.setLong(5, id);
            ps.setString(6, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    // ---- courses

    private static Course course(ResultSet rs) throws SQLException {
        return new Course(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5));
    }

    List<Course> courses(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
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

    Optional<Course> course(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, site_id, title, course_date, hours FROM asm_course WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(course(rs)) : Optional.empty();
            }
        }
    }

    long insertCourse(Connection c, long siteId, String title, LocalDate date, BigDecimal hours) throws SQLException {
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

    void updateCourse(Connection c, long id, String title, LocalDate date, BigDecimal hours) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE asm_course SET title = ?, course_date = ?, hours = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setObject(2, date);
            ps.setBigDecimal(3, hours);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    void deleteCourse(Connection c, long id) throws SQLException {
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

    List<Participation> participants(Connection c, long courseId) throws SQLException {
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

    Optional<Participation> participation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, course_id, staff_number, staff_name, outcome FROM asm_participation"
                + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(participation(rs)) : Optional.empty();
            }
        }
    }

    long insertParticipation(Connection c, long courseId, String staffNumber, String staffName, TrainingOutcome outcome)
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

    void updateParticipation(Connection c, long id, TrainingOutcome outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE asm_participation SET outcome = ? WHERE id = ?")) {
            ps.setString(1, outcome.name());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    void deleteParticipation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM asm_participation WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** How a staff member took part in one course. */
    record StaffOutcome(String staffNumber, TrainingOutcome outcome) {
    }

    /** Every participation in the site's courses of the period. */
    List<StaffOutcome> outcomes(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
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

    List<ServiceError> errors(Connection c, long siteId, LocalDate from, LocalDate to) throws SQLException {
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

    Optional<ServiceError> error(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ERROR_COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(error(rs)) : Optional.empty();
            }
        }
    }

    long insertError(Connection c, ServiceError e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_error (site_id, staff_number, staff_name, error_date, note,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, e.siteId());
            ps.setString(2, e.staffNumber());
            ps.setString(3, e.staffName());
            ps.setObject(4, e.date());
            ps.setString(5, e.note());
            ps.setString(6, e.recordedBy());
            ps.setTimestamp(7, ts(e.recordedAt()));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void deleteError(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM asm_error WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
