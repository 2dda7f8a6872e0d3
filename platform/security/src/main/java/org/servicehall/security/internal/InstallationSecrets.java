package org.servicehall.security.internal;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.function.Function;

import javax.sql.DataSource;

import org.servicehall.persistence.Jdbc;

/**
 * Secrets of this installation in {@code sh_installation_secret}: generated once, on first use, by
 * whichever node comes first, and then read by all (the salt of the identity checks' number hashes, S4).
 */
final class InstallationSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Function<java.sql.SQLException, RuntimeException> FAILURE = Jdbc.failure("installation-secret");

    private InstallationSecrets() {
    }

    /** The secret of that name: 32 random bytes as hex, made now if there is none yet. */
    static String get(DataSource dataSource, String name) {
        String found = read(dataSource, name);
        if (found != null) {
            return found;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String made = HexFormat.of().formatHex(bytes);
        try {
            Jdbc.inTransaction(dataSource, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_installation_secret (name, secret) VALUES (?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, made);
                    return ps.executeUpdate();
                }
            }, FAILURE);
        } catch (RuntimeException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // another node made it at the same moment: theirs is the one
        }
        return read(dataSource, name);
    }

    private static String read(DataSource dataSource, String name) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM sh_installation_secret WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }, FAILURE);
    }
}
