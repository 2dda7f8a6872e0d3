package org.servicehall.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.Masking;
import org.servicehall.security.Role;
import org.servicehall.security.SignInService;

/**
 * S4 (issue 16) on the shared database: identity checks in {@code sh_identity_check} (the number
 * masked and as a salted SHA-256, the salt generated once per installation), fresh sign-ins in
 * {@code sh_fresh_sign_in}; both audited in the same transaction (S2). A re-authentication checks the
 * password through the throttled {@link SignInService}, so a wrong one counts as a failed sign-in.
 */
@Component(service = IdentityChecks.class, immediate = true, configurationPid = IdentityChecksImpl.PID)
@Designate(ocd = IdentityChecksImpl.Config.class)
public final class IdentityChecksImpl implements IdentityChecks {
    static final String PID = "org.servicehall.identity";
    static final Texts TEXTS = Texts.of(IdentityChecksImpl.class, "security");
    static final String SALT = "identity-number-salt";
    private static final Function<SQLException, RuntimeException> FAILURE = Jdbc.failure("identity-check");
    private static final String SELECT = "SELECT id, site_code, object_kind, object_id, document, number_masked, checked_by, checked_at "
            + "FROM sh_identity_check WHERE object_kind = ? AND object_id = ?";

    @ObjectClassDefinition(name = "ServiceHall identity checks (S4)")
    public @interface Config {
        @AttributeDefinition(description = "Minutes an identity check recorded at the desk is good for")
        int validityMinutes() default 30;

        @AttributeDefinition(description = "Minutes a staff member's password (a sign-in or a re-authentication) counts as fresh; at least 2, "
                + "as an HTTP Basic request's password is checked again every minute")
        int reauthenticationMinutes() default 5;
    }

    private final DataSource dataSource;
    private final SignInService signIn;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validity;
    private final Duration freshness;
    private volatile String salt;

    /** {@code accounts} is referenced so the security schema is migrated before checks are written. */
    @Activate
    public IdentityChecksImpl(Config config, @Reference Database database, @Reference AccountService accounts,
            @Reference SignInService signIn, @Reference AuditLog audit, @Reference Clock clock) {
        this(database.dataSource(), signIn, audit, clock, Duration.ofMinutes(config.validityMinutes()),
                Duration.ofMinutes(config.reauthenticationMinutes()));
    }

    /** For tests and tools outside OSGi; the {@code security} schema must be migrated. */
    IdentityChecksImpl(DataSource dataSource, SignInService signIn, AuditLog audit, Clock clock, Duration validity,
            Duration freshness) {
        if (validity.toMinutes() < 1) {
            throw new IllegalArgumentException("validityMinutes must be at least 1, not " + validity.toMinutes());
        }
        if (freshness.toMinutes() < 2) {
            throw new IllegalArgumentException("reauthenticationMinutes must be at least 2, not " + freshness.toMinutes());
        }
        this.dataSource = dataSource;
        this.signIn = signIn;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
        this.freshness = freshness;
    }

    /**
     * For tests and tools outside OSGi: the checks on a migrated {@code security} schema with the
     * defaults (30-minute checks, 5-minute sign-ins), re-authenticating through a real throttled sign-in.
     */
    public static IdentityChecksImpl onDataSource(DataSource dataSource, AccountService accounts, AuditLog audit, Clock clock) {
        return new IdentityChecksImpl(dataSource, new SignInGuard(dataSource, accounts, audit, clock, SignInThrottle.DEFAULT), audit, clock,
                Duration.ofMinutes(30), Duration.ofMinutes(5));
    }

    @Override
    public IdentityCheck record(Actor by, IdentityCheckRequest request) {
        if (request == null) {
            throw ValidationException.of("document", TEXTS.message("security.identity.document"));
        }
        String site = blankToNull(request.siteCode());
        if (site == null) {
            by.requireEverywhere(Role.STAFF, "check a citizen's identity");
        } else {
            by.requireAt(Role.STAFF, site, "check a citizen's identity");
        }
        String kind = blankToNull(request.objectKind());
        String id = blankToNull(request.objectId());
        IdentityDocument document = request.document();
        String number = IdentityNumbers.normalise(request.number());
        Validator v = new Validator().required("objectKind", kind).maxLength("objectKind", kind, 32).required("objectId", id)
                .maxLength("objectId", id, 128);
        v.check(document != null, "document", TEXTS.message("security.identity.document"));
        if (number == null || number.isEmpty()) {
            v.error("number", TEXTS.message("security.identity.number"));
        } else if (document != null) {
            Message problem = IdentityNumbers.problem(document, number);
            if (problem != null) {
                v.error("number", problem);
            }
        }
        v.throwIfInvalid();
        String expected = IdentityNumbers.normalise(blankToNull(request.expectedNumber()));
        if (expected != null && !expected.equals(number)) {
            throw ValidationException.of("number", TEXTS.message("security.identity.mismatch"));
        }
        String masked = Masking.number(number);
        String hash = hash(document, number);
        Instant now = clock.instant();
        String checkedBy = AuditText.name(by.username());
        return Jdbc.inTransaction(dataSource, c -> {
            long rowId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_identity_check (site_code, object_kind, object_id, document, "
                    + "number_masked, number_hash, checked_by, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, site);
                ps.setString(2, kind);
                ps.setString(3, id);
                ps.setString(4, document.name());
                ps.setString(5, masked);
                ps.setString(6, hash);
                ps.setString(7, checkedBy);
                ps.setTimestamp(8, Jdbc.timestamp(now));
                ps.executeUpdate();
                rowId = Jdbc.generatedId(ps);
            }
            audit.record(c, by, "identity-check", kind, id, null, document.name() + " " + masked + (expected == null ? " (seen)" : " (matches)"));
            return new IdentityCheck(rowId, site, kind, id, document, masked, checkedBy, now);
        }, FAILURE);
    }

    @Override
    public IdentityCheck required(Actor by, String objectKind, String objectId, Message operation) {
        Instant now = clock.instant();
        Optional<IdentityCheck> newest = Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " AND checked_at > ? ORDER BY checked_at DESC, id DESC")) {
                ps.setString(1, objectKind);
                ps.setString(2, objectId);
                ps.setTimestamp(3, Jdbc.timestamp(now.minus(validity)));
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(check(rs)) : Optional.<IdentityCheck>empty();
                }
            }
        }, FAILURE);
        return newest.orElseThrow(() -> new IdentityCheckNeeded(TEXTS.message("security.identity.needed", operation, validity.toMinutes()),
                false));
    }

    @Override
    public List<IdentityCheck> of(Actor by, String objectKind, String objectId) {
        by.require(Role.STAFF, "read identity checks");
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY checked_at DESC, id DESC")) {
                ps.setString(1, objectKind);
                ps.setString(2, objectId);
                List<IdentityCheck> checks = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        IdentityCheck check = check(rs);
                        if (check.siteCode() == null ? by.hasEverywhere(Role.STAFF) : by.hasAt(Role.STAFF, check.siteCode())) {
                            checks.add(check);
                        }
                    }
                }
                return checks;
            }
        }, FAILURE);
    }

    @Override
    public void reauthenticate(Actor by, String password, String clientAddress) {
        if (isPlatform(by)) {
            return;
        }
        Optional<Actor> again = signIn.signIn(by.username(), password, clientAddress); // throttled; SignInLocked goes up
        if (again.isEmpty() || !again.get().username().equals(by.username())) {
            audit.record(by, "reauthenticate-refused", "account", by.username(), null, "wrong password");
            throw new AccessDenied(TEXTS.message("security.reauth.wrong", by.username()));
        }
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, c -> {
            FreshSignIns.record(c, by.username(), now);
            audit.record(c, by, "reauthenticate", "account", by.username(), null, "password given again");
            return null;
        }, FAILURE);
    }

    @Override
    public void requireFreshSignIn(Actor by, Message operation) {
        if (isPlatform(by)) {
            return;
        }
        Instant now = clock.instant();
        Instant last = Jdbc.read(dataSource, c -> FreshSignIns.last(c, by.username()), FAILURE);
        if (last == null || !last.isAfter(now.minus(freshness))) {
            throw new IdentityCheckNeeded(TEXTS.message("security.reauth.needed", operation, freshness.toMinutes()), true);
        }
    }

    /** The platform acting itself (start-up, scheduled work, the Karaf shell): no person to sign in again. */
    static boolean isPlatform(Actor by) {
        return same(by, Actor.SYSTEM) || same(by, Actor.KARAF_CONSOLE);
    }

    private static boolean same(Actor by, Actor platform) {
        return by.username().equals(platform.username()) && by.displayName().equals(platform.displayName())
                && by.roles().equals(platform.roles()) && by.siteRoles().isEmpty();
    }

    /** The salted SHA-256 of a normalised number: the salt is this installation's, made once. */
    String hash(IdentityDocument document, String number) {
        String s = salt;
        if (s == null) {
            s = InstallationSecrets.get(dataSource, SALT);
            salt = s;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((s + ":" + document.name() + ":" + number).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static IdentityCheck check(ResultSet rs) throws SQLException {
        return new IdentityCheck(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), IdentityDocument.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), Jdbc.instant(rs, 8));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
