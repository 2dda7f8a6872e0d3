package org.servicehall.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.Texts;
import org.servicehall.common.Validator;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Jdbc;
import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.ApiToken;
import org.servicehall.security.ApiTokenService;
import org.servicehall.security.AuditLog;
import org.servicehall.security.IssuedToken;
import org.servicehall.security.Role;

/**
 * API tokens on the shared database (S1). A secret is {@code sht_} and 32 random bytes (base64url);
 * only its SHA-256 is stored — a random secret of 256 bits needs no slow hash, and a lookup by hash
 * keeps each request cheap. Issuing and revoking are audited with the token's scope, never its secret.
 */
@Component(service = ApiTokenService.class, immediate = true)
public final class ApiTokens implements ApiTokenService {
    static final Texts TEXTS = Texts.of(ApiTokens.class, "security");
    static final String SCHEME = "sht_";
    static final String AUDIT_TYPE = "api-token";
    private static final int SECRET_BYTES = 32;
    private static final int PREFIX_CHARS = 12;
    /** The form of a site's code (the site module's rule). */
    private static final Pattern SECRET = Pattern.compile("sht_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Function<SQLException, RuntimeException> FAILURE = Jdbc.failure("api-token");

    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;

    /** {@code accounts} is referenced so the security schema is migrated before tokens are read. */
    @Activate
    public ApiTokens(@Reference Database database, @Reference AccountService accounts, @Reference AuditLog audit,
            @Reference Clock clock) {
        this(database.dataSource(), audit, clock);
    }

    /** For tests and tools outside OSGi; the {@code security} schema must be migrated. */
    ApiTokens(DataSource dataSource, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(Actor by, String client, String siteCode, Role role) {
        by.require(Role.ADMIN, "issue API tokens");
        String name = client == null ? null : client.strip();
        String site = siteCode == null ? null : siteCode.strip();
        new Validator().required("client", name).maxLength("client", name, 128)
                .check(name == null || name.chars().noneMatch(Character::isISOControl), "client",
                        TEXTS.message("security.token.clientControl"))
                .required("siteCode", site)
                .check(site == null || site.isEmpty() || AccountRules.SITE_CODE.matcher(site).matches(), "siteCode",
                        TEXTS.message("security.token.siteCode", site))
                .check(role == Role.STAFF || role == Role.SUPERVISOR, "role", TEXTS.message("security.token.role"))
                .throwIfInvalid();
        by.requireAt(Role.ADMIN, site, "issue API tokens");
        String secret = newSecret();
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_api_token (client, site_code, role, secret_hash, prefix, "
                    + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, site);
                ps.setString(3, role.name());
                ps.setString(4, hash(secret));
                ps.setString(5, prefix(secret));
                ps.setTimestamp(6, Jdbc.timestamp(now));
                ps.setString(7, AuditText.name(by.username()));
                ps.executeUpdate();
                id = Jdbc.generatedId(ps);
            }
            ApiToken token = new ApiToken(id, name, site, role, prefix(secret), now, AuditText.name(by.username()), null);
            audit.record(c, by, "issue", AUDIT_TYPE, id, null, scope(token));
            return new IssuedToken(token, secret);
        }, FAILURE);
    }

    @Override
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE secret_hash = ? AND revoked_at IS NULL")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(token(rs)) : Optional.<ApiToken>empty();
                }
            }
        }, FAILURE);
    }

    private static final String SELECT = "SELECT id, client, site_code, role, prefix, created_at, created_by, revoked_at FROM sh_api_token";

    @Override
    public List<ApiToken> list() {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id DESC"); ResultSet rs = ps.executeQuery()) {
                List<ApiToken> tokens = new ArrayList<>();
                while (rs.next()) {
                    tokens.add(token(rs));
                }
                return tokens;
            }
        }, FAILURE);
    }

    @Override
    public void revoke(Actor by, long id) {
        by.require(Role.ADMIN, "revoke API tokens");
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, c -> {
            ApiToken token = find(c, id).orElseThrow(() -> new NotFound(TEXTS.message("security.token.notFound", id)));
            by.requireAt(Role.ADMIN, token.siteCode(), "revoke API tokens");
            if (token.revoked()) {
                throw new Conflict(TEXTS.message("security.token.revoked", id));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_api_token SET revoked_at = ?, revoked_by = ? WHERE id = ?")) {
                ps.setTimestamp(1, Jdbc.timestamp(now));
                ps.setString(2, AuditText.name(by.username()));
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            audit.record(c, by, "revoke", AUDIT_TYPE, id, scope(token), "revoked");
            return null;
        }, FAILURE);
    }

    private static Optional<ApiToken> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(token(rs)) : Optional.empty();
            }
        }
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)), rs.getString(5),
                Jdbc.instant(rs, 6), rs.getString(7), Jdbc.instant(rs, 8));
    }

    private static String scope(ApiToken t) {
        return "client=" + t.client() + ", site=" + t.siteCode() + ", role=" + t.role() + ", prefix=" + t.prefix();
    }

    static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String prefix(String secret) {
        return secret.substring(0, PREFIX_CHARS);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
