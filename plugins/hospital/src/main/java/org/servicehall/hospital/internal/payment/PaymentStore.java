package org.servicehall.hospital.internal.payment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.servicehall.persistence.Jdbc;
import org.servicehall.persistence.RowMapper;

/** H2 on the hospital's tables: payments, their fee items and the steps of 唱收唱付 (one row each). */
final class PaymentStore {
    record Row(long id, long siteId, String externalId, String ticketNumber, String patientName, BigDecimal total, BigDecimal received,
            BigDecimal changeGiven, PaymentStatus status, String createdBy, Instant createdAt, String finishedBy, Instant finishedAt) {
    }

    private static final RowMapper<Row> ROWS = RowMapper.of(Row.class);
    private static final RowMapper<FeeItem> ITEMS = RowMapper.of(FeeItem.class);
    private static final RowMapper<StepRecord> STEPS = RowMapper.of(StepRecord.class);
    private final DataSource dataSource;

    PaymentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, Jdbc.failure("payment"));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("payment"));
    }

    long insert(Connection c, Row r, List<FeeItem> items) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(ROWS.insert("sh_hospital_payment", "id"), new String[] { "id" })) {
            ROWS.bind(ps, r, "id");
            ps.executeUpdate();
            id = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_hospital_fee_item (payment_id, " + ITEMS.columnList()
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (FeeItem it : items) {
                ps.setLong(1, id);
                ITEMS.bind(ps, 2, it);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    Optional<Payment> byId(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROWS.columnList() + " FROM sh_hospital_payment WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            List<Row> rows = ROWS.list(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(full(c, rows.get(0)));
        }
    }

    boolean externalUsed(Connection c, long siteId, String externalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sh_hospital_payment WHERE site_id = ? AND external_id = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    List<Payment> open(Connection c, long siteId, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROWS.columnList() + " FROM sh_hospital_payment WHERE site_id = ?"
                + " AND (status = 'OPEN' OR finished_at >= ?) ORDER BY id")) {
            ps.setLong(1, siteId);
            ps.setTimestamp(2, Jdbc.timestamp(since));
            List<Payment> out = new ArrayList<>();
            for (Row r : ROWS.list(ps)) {
                out.add(full(c, r));
            }
            return out;
        }
    }

    void step(Connection c, StepRecord s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STEPS.insert("sh_hospital_payment_step"))) {
            STEPS.bind(ps, s);
            ps.executeUpdate();
        }
        if (s.step() == PaymentStep.RECEIVED_ANNOUNCED || s.step() == PaymentStep.CHANGE_ANNOUNCED) {
            String column = s.step() == PaymentStep.RECEIVED_ANNOUNCED ? "received" : "change_given";
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_payment SET " + column + " = ? WHERE id = ?")) {
                ps.setBigDecimal(1, s.amount());
                ps.setLong(2, s.paymentId());
                ps.executeUpdate();
            }
        }
    }

    void finished(Connection c, long id, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_hospital_payment SET status = 'FINISHED', finished_by = ?, finished_at = ?"
                + " WHERE id = ? AND status = 'OPEN'")) {
            ps.setString(1, by);
            ps.setTimestamp(2, Jdbc.timestamp(at));
            ps.setLong(3, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("payment " + id + " changed meanwhile");
            }
        }
    }

    private Payment full(Connection c, Row r) throws SQLException {
        List<FeeItem> items;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEMS.columnList() + " FROM sh_hospital_fee_item WHERE payment_id = ?"
                + " ORDER BY line_no")) {
            ps.setLong(1, r.id());
            items = ITEMS.list(ps);
        }
        List<StepRecord> steps;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEPS.columnList() + " FROM sh_hospital_payment_step WHERE payment_id = ?"
                + " ORDER BY step_at")) {
            ps.setLong(1, r.id());
            steps = new ArrayList<>(STEPS.list(ps));
            steps.sort((a, b) -> a.step().compareTo(b.step()));
        }
        return new Payment(r.id(), r.siteId(), r.externalId(), r.ticketNumber(), r.patientName(), r.total(), r.received(), r.changeGiven(),
                r.status(), r.createdBy(), r.createdAt(), r.finishedBy(), r.finishedAt(), items, steps);
    }
}
