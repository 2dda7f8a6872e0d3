package org.servicehall.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.servicehall.persistence.Jdbc;

/**
 * S4 (issue 16): when each account last gave its password, in {@code sh_fresh_sign_in} (one row per
 * account, so every node sees it): written by every successful sign-in (the console's login, each
 * HTTP Basic check) and every re-authentication, read by {@link IdentityChecksImpl#requireFreshSignIn}.
 */
final class FreshSignIns {
    private FreshSignIns() {
    }

    static void record(Connection c, String username, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sh_fresh_sign_in SET signed_in_at = ? WHERE username = ?")) {
            ps.setTimestamp(1, Jdbc.timestamp(at));
            ps.setString(2, username);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_fresh_sign_in (username, signed_in_at) VALUES (?, ?)")) {
            ps.setString(1, username);
            ps.setTimestamp(2, Jdbc.timestamp(at));
            ps.executeUpdate();
        }
    }

    /** When the account last gave its password, or null. */
    static Instant last(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT signed_in_at FROM sh_fresh_sign_in WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Jdbc.instant(rs, 1) : null;
            }
        }
    }
}
