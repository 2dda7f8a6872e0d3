package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Q11: whether windows are open for calling ({@code sh_window_state}; a window without a row is open), in plain JDBC. */
final class WindowStateStore {
    private WindowStateStore() {
    }

    static Set<Long> closedWindows(Connection c) throws SQLException {
        Set<Long> closed = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT window_id FROM sh_window_state WHERE open = ?")) {
            ps.setBoolean(1, false);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    closed.add(rs.getLong(1));
                }
            }
        }
        return closed;
    }

    static boolean isWindowOpen(Connection c, long windowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT open FROM sh_window_state WHERE window_id = ?")) {
            ps.setLong(1, windowId);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getBoolean(1);
            }
        }
    }

    static void setWindowOpen(Connection c, long windowId, boolean open) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE sh_window_state SET open = ? WHERE window_id = ?")) {
            up.setBoolean(1, open);
            up.setLong(2, windowId);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO sh_window_state (window_id, open) VALUES (?, ?)")) {
            ins.setLong(1, windowId);
            ins.setBoolean(2, open);
            ins.executeUpdate();
        }
    }
}
