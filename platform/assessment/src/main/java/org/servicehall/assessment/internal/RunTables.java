package org.servicehall.assessment.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.PeriodKind;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalKind;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.StaffScore;
import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/**
 * M1/C5 in plain JDBC: the sites' settings ({@code asm_settings}), the stored runs with their
 * scores ({@code asm_run}, {@code asm_score}) and the proposals ({@code asm_proposal}). Settings, runs and
 * scores are read through {@link RowMapper}; they are written as {@code BigDecimal.valueOf} of each
 * double, the decimal the NUMERIC columns keep. The caller owns the connection and its transaction
 * ({@link AssessmentStore}).
 */
final class RunTables {
    /** The settings' columns, named as the components (also in {@code asm_run}, which keeps those a run used). */
    private static final RowMapper<AssessmentSettings> SETTINGS = RowMapper.of(AssessmentSettings.class);
    private static final RowMapper<StaffScore> SCORES = RowMapper.of(StaffScore.class).column("rank", "staff_rank");

    private RunTables() {
    }

    private static Period period(String kind, LocalDate start) {
        return new Period(PeriodKind.valueOf(kind), YearMonth.from(start));
    }

    // ---- settings

    static Optional<AssessmentSettings> settings(Connection c, long siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SETTINGS.columnList() + " FROM asm_settings WHERE site_id = ?")) {
            ps.setLong(1, siteId);
            return SETTINGS.first(ps);
        }
    }

    static void putSettings(Connection c, long siteId, AssessmentSettings s) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM asm_settings WHERE site_id = ?")) {
            del.setLong(1, siteId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_settings (site_id, attitude_weight, efficiency_weight,"
                + " discipline_weight, ability_weight, commendation_at, commendation_top, warning_below, period_kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, siteId);
            ps.setString(bindWeights(ps, 2, s), s.periodKind().name());
            ps.executeUpdate();
        }
    }

    /** Sets the four weights and the three thresholds as parameters {@code first} to {@code first + 6}; answers the next index. */
    private static int bindWeights(PreparedStatement ps, int first, AssessmentSettings s) throws SQLException {
        ps.setInt(first, s.attitudeWeight());
        ps.setInt(first + 1, s.efficiencyWeight());
        ps.setInt(first + 2, s.disciplineWeight());
        ps.setInt(first + 3, s.abilityWeight());
        ps.setBigDecimal(first + 4, BigDecimal.valueOf(s.commendationAt()));
        ps.setInt(first + 5, s.commendationTop());
        ps.setBigDecimal(first + 6, BigDecimal.valueOf(s.warningBelow()));
        return first + 7;
    }

    // ---- runs and scores

    /** What a run's row holds beside its settings. */
    private record RunRow(long id, boolean feedbackAvailable, Instant ranAt, String ranBy) {
    }

    private static final RowMapper<RunRow> RUNS = RowMapper.of(RunRow.class);

    /** The stored result with its scores; its settings are the weights and thresholds it was run with. */
    static Optional<AssessmentResult> run(Connection c, long siteId, Period period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RUNS.columnList() + ", " + SETTINGS.columnList() + " FROM asm_run"
                + " WHERE site_id = ? AND period_kind = ? AND period_start = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, period.kind().name());
            ps.setObject(3, period.from());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                RunRow run = RUNS.map(rs);
                return Optional.of(new AssessmentResult(run.id(), siteId, period, SETTINGS.map(rs), run.ranAt(), run.ranBy(),
                        run.feedbackAvailable(), scores(c, run.id())));
            }
        }
    }

    static List<Period> periods(Connection c, long siteId) throws SQLException {
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

    private static List<StaffScore> scores(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SCORES.columnList() + " FROM asm_score WHERE run_id = ?"
                + " ORDER BY staff_rank, staff_number")) {
            ps.setLong(1, runId);
            return SCORES.list(ps);
        }
    }

    static void deleteRun(Connection c, long runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM asm_score WHERE run_id = ?");
                PreparedStatement r = c.prepareStatement("DELETE FROM asm_run WHERE id = ?")) {
            s.setLong(1, runId);
            s.executeUpdate();
            r.setLong(1, runId);
            r.executeUpdate();
        }
    }

    static long insertRun(Connection c, long siteId, Period period, AssessmentSettings s, boolean feedback, Instant at, String by,
            List<StaffScore> scores) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO asm_run (site_id, period_kind, period_start, attitude_weight,"
                + " efficiency_weight, discipline_weight, ability_weight, commendation_at, commendation_top, warning_below,"
                + " feedback_available, ran_at, ran_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, siteId);
            ps.setString(2, period.kind().name());
            ps.setObject(3, period.from());
            ps.setBoolean(bindWeights(ps, 4, s), feedback);
            ps.setTimestamp(12, Jdbc.timestamp(at));
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

    static List<Proposal> proposals(Connection c, long siteId, ProposalStatus status) throws SQLException {
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

    static List<Proposal> proposals(Connection c, long siteId, Period period) throws SQLException {
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

    static Optional<Proposal> proposal(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PROPOSAL_COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(proposal(rs)) : Optional.empty();
            }
        }
    }

    static long insertProposal(Connection c, Proposal p) throws SQLException {
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
            ps.setTimestamp(10, Jdbc.timestamp(p.proposedAt()));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** Sets the status if it is still {@code from}; false when someone decided first. */
    static boolean decideProposal(Connection c, long id, ProposalStatus from, ProposalStatus to, String by, Instant at, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE asm_proposal SET status = ?, decided_by = ?, decided_at = ?, note = ?"
                + " WHERE id = ? AND status = ?")) {
            ps.setString(1, to.name());
            ps.setString(2, by);
            ps.setTimestamp(3, Jdbc.timestamp(at));
            ps.setString(4, note);
            ps.setLong(5, id);
            ps.setString(6, from.name());
            return ps.executeUpdate() == 1;
        }
    }
}
