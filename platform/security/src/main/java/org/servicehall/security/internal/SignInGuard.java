package org.servicehall.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.common.NotFound;
import org.servicehall.common.Texts;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.security.SignInLock;
import org.servicehall.security.SignInLocked;
import org.servicehall.security.SignInService;
import org.servicehall.security.internal.SignInThrottle.Count;

/**
 * Signing in with throttling (S1) on the shared database, so every node of a cluster counts the
 * same failures: one row per account and per client address in {@code sh_sign_in_failure}, changed
 * under a row lock. A lock and its lifting are written to the audit log (S2) in the same transaction.
 */
@Component(service = SignInService.class, immediate = true, configurationPid = "org.servicehall.security.signin")
@Designate(ocd = SignInGuard.Config.class)
public final class SignInGuard implements SignInService {
    static final Texts TEXTS = Texts.of(SignInGuard.class, "security");
    static final String ACCOUNT = "account";
    static final String ADDRESS = "address";
    /** The audit log's entity types of the two kinds of lock. */
    static final String AUDIT_ACCOUNT = "sign-in-account";
    static final String AUDIT_ADDRESS = "sign-in-address";
    private static final int SUBJECT_COLUMN = 128;
    private static final Function<SQLException, RuntimeException> FAILURE = Jdbc.failure("sign-in");

    @ObjectClassDefinition(name = "ServiceHall sign-in throttling")
    public @interface Config {
        @AttributeDefinition(description = "Failed sign-ins of one account within the window that lock it")
        int accountFailures() default 5;

        @AttributeDefinition(description = "Failed sign-ins from one client address within the window that lock it")
        int addressFailures() default 20;

        @AttributeDefinition(description = "Minutes during which failures are counted")
        int windowMinutes() default 15;

        @AttributeDefinition(description = "Minutes a lock lasts unless an administrator lifts it")
        int lockoutMinutes() default 15;
    }

    private final DataSource dataSource;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SignInThrottle throttle;

    @Activate
    public SignInGuard(Config config, @Reference Database database, @Reference AccountService accounts,
            @Reference AuditLog audit, @Reference Clock clock) {
        this(database.dataSource(), accounts, audit, clock, new SignInThrottle(config.accountFailures(), config.addressFailures(),
                Duration.ofMinutes(config.windowMinutes()), Duration.ofMinutes(config.lockoutMinutes())));
    }

    /** For tests and tools outside OSGi; the accounts' schema ({@code security}) must be migrated. */
    SignInGuard(DataSource dataSource, AccountService accounts, AuditLog audit, Clock clock, SignInThrottle throttle) {
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    public Optional<Actor> signIn(String username, String password, String clientAddress) {
        String account = subject(AccountRules.normalizeUsername(username));
        String address = subject(clientAddress);
        Instant now = clock.instant();
        Count[] before = Jdbc.read(dataSource, c -> new Count[] { read(c, ACCOUNT, account, false), read(c, ADDRESS, address, false) },
                FAILURE);
        refuseIfLocked(before[0], before[1], account, address, now);
        Optional<Actor> actor = accounts.authenticate(username, password);
        if (actor.isPresent()) {
            if (before[0] != null) {
                Jdbc.inTransaction(dataSource, c -> delete(c, ACCOUNT, account), FAILURE);
            }
            gavePassword(actor.get().username(), now);
            return actor;
        }
        Count[] after;
        try {
            after = countFailure(account, address, now);
        } catch (RuntimeException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            after = countFailure(account, address, now); // another node wrote the first failure at the same moment
        }
        refuseIfLocked(after[0], after[1], account, address, now);
        return Optional.empty();
    }

    /**
     * S4: the account gave its password now, so the sensitive operations of the next minutes need no
     * re-authentication ({@link IdentityChecksImpl#requireFreshSignIn}). A failure to write it only
     * costs the staff member a password dialog later: logged, the sign-in stands.
     */
    private void gavePassword(String username, Instant now) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Jdbc.inTransaction(dataSource, c -> {
                    FreshSignIns.record(c, username, now);
                    return null;
                }, FAILURE);
                return;
            } catch (RuntimeException e) {
                if (attempt > 0 || !Jdbc.isUniqueViolation(e)) {
                    org.slf4j.LoggerFactory.getLogger(SignInGuard.class).warn("Could not note the sign-in of {} as fresh", username, e);
                    return;
                }
            }
        }
    }

    private Count[] countFailure(String account, String address, Instant now) {
        return Jdbc.inTransaction(dataSource, c -> new Count[] { fail(c, ACCOUNT, account, throttle.accountFailures(), now),
                fail(c, ADDRESS, address, throttle.addressFailures(), now) }, FAILURE);
    }

    private static void refuseIfLocked(Count account, Count address, String accountName, String addressName, Instant now) {
        if (account != null && account.lockedAt(now)) {
            throw new SignInLocked(TEXTS.message("security.signIn.accountLocked", accountName,
                    SignInThrottle.minutesLeft(account.lockedUntil(), now)), account.lockedUntil(),
                    Duration.between(now, account.lockedUntil()));
        }
        if (address != null && address.lockedAt(now)) {
            throw new SignInLocked(TEXTS.message("security.signIn.addressLocked", addressName,
                    SignInThrottle.minutesLeft(address.lockedUntil(), now)), address.lockedUntil(),
                    Duration.between(now, address.lockedUntil()));
        }
    }

    /** One more failure of the subject, written under a row lock; the lock, if it starts now, audited. */
    private Count fail(Connection c, String kind, String subject, int limit, Instant now) throws SQLException {
        if (subject == null) {
            return null;
        }
        Count before = read(c, kind, subject, true);
        Count after = throttle.failed(before, limit, now);
        if (before == null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_sign_in_failure (kind, subject, failures, window_start, locked_until) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, kind);
                ps.setString(2, subject);
                ps.setInt(3, after.failures());
                ps.setTimestamp(4, Jdbc.timestamp(after.windowStart()));
                ps.setTimestamp(5, Jdbc.timestamp(after.lockedUntil()));
                ps.executeUpdate();
            }
        } else if (!after.equals(before)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sh_sign_in_failure SET failures = ?, window_start = ?, locked_until = ? WHERE kind = ? AND subject = ?")) {
                ps.setInt(1, after.failures());
                ps.setTimestamp(2, Jdbc.timestamp(after.windowStart()));
                ps.setTimestamp(3, Jdbc.timestamp(after.lockedUntil()));
                ps.setString(4, kind);
                ps.setString(5, subject);
                ps.executeUpdate();
            }
        }
        if (SignInThrottle.newlyLocked(before, after, now)) {
            audit.record(c, Actor.SYSTEM, "lock", auditType(kind), subject, null,
                    after.failures() + " failed sign-ins since " + after.windowStart() + "; locked until " + after.lockedUntil());
        }
        return after;
    }

    private static Count read(Connection c, String kind, String subject, boolean forUpdate) throws SQLException {
        if (subject == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT failures, window_start, locked_until FROM sh_sign_in_failure "
                + "WHERE kind = ? AND subject = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, kind);
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Count(rs.getInt(1), Jdbc.instant(rs, 2), Jdbc.instant(rs, 3)) : null;
            }
        }
    }

    private static int delete(Connection c, String kind, String subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sh_sign_in_failure WHERE kind = ? AND subject = ?")) {
            ps.setString(1, kind);
            ps.setString(2, subject);
            return ps.executeUpdate();
        }
    }

    @Override
    public List<SignInLock> locks() {
        Instant now = clock.instant();
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, subject, failures, locked_until FROM sh_sign_in_failure "
                    + "WHERE locked_until > ? ORDER BY locked_until, kind, subject")) {
                ps.setTimestamp(1, Jdbc.timestamp(now));
                List<SignInLock> locks = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SignInLock.Kind kind = ACCOUNT.equals(rs.getString(1)) ? SignInLock.Kind.ACCOUNT : SignInLock.Kind.ADDRESS;
                        locks.add(new SignInLock(kind, rs.getString(2), rs.getInt(3), Jdbc.instant(rs, 4)));
                    }
                }
                return locks;
            }
        }, FAILURE);
    }

    @Override
    public void unlockAccount(Actor by, String username) {
        unlock(by, ACCOUNT, subject(AccountRules.normalizeUsername(username)));
    }

    @Override
    public void unlockAddress(Actor by, String clientAddress) {
        unlock(by, ADDRESS, subject(clientAddress));
    }

    private void unlock(Actor by, String kind, String subject) {
        by.require(Role.ADMIN, "unlock signing in");
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, c -> {
            Count before = subject == null ? null : read(c, kind, subject, true);
            if (before == null) {
                throw new NotFound(TEXTS.message(ACCOUNT.equals(kind) ? "security.signIn.noAccountLock" : "security.signIn.noAddressLock",
                        subject == null ? "" : subject));
            }
            delete(c, kind, subject);
            audit.record(c, by, "unlock", auditType(kind), subject, before.failures() + " failed sign-ins"
                    + (before.lockedAt(now) ? "; locked until " + before.lockedUntil() : ""), "unlocked");
            return null;
        }, FAILURE);
    }

    private static String auditType(String kind) {
        return ACCOUNT.equals(kind) ? AUDIT_ACCOUNT : AUDIT_ADDRESS;
    }

    /** The subject as stored: trimmed, at most the column's width; null for none. */
    static String subject(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        return text.length() <= SUBJECT_COLUMN ? text : text.substring(0, SUBJECT_COLUMN);
    }
}
