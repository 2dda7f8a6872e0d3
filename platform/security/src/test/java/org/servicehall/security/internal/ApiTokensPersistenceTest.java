package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.ApiToken;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.IssuedToken;
import org.servicehall.security.Role;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;


/** S1, S2 (issue 16): API tokens issued, stored hashed, scoped and revoked, on H2 and on PostgreSQL. */
class ApiTokensPersistenceTest extends SecuritySchemaTest {
    private static final Actor ADMIN = new Actor("zhao", "赵敏", EnumSet.of(Role.ADMIN));
    private final MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
    private SecurityService security;

    private ApiTokens start(TestDatabase.Kind kind) {
        openSchema(kind);
        security = new SecurityService(emf, clock, 1_000);
        return new ApiTokens(db.dataSource(), security, clock);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTokenIsShownOnceStoredHashedAndActsWithItsScope_S1_S2(TestDatabase.Kind kind) {
        ApiTokens tokens = start(kind);
        IssuedToken issued = tokens.issue(ADMIN, " Kiosk 1, east door ", "DEMO", Role.STAFF);
        ApiToken token = tokens.authenticate(issued.secret()).orElseThrow();
        assertEquals("Kiosk 1, east door", token.client());
        assertEquals("DEMO", token.siteCode());
        assertEquals(Role.STAFF, token.role());
        assertEquals("zhao", token.createdBy());
        assertEquals(issued.token(), token);
        assertEquals("token-" + token.id(), token.asActor().username());

        List<Object[]> rows = db.query("SELECT secret_hash, prefix FROM sh_api_token");
        assertEquals(1, rows.size());
        assertEquals(ApiTokens.hash(issued.secret()), rows.get(0)[0], "only the hash of the secret is kept");
        assertFalse(db.query("SELECT * FROM sh_api_token").stream().flatMap(r -> java.util.Arrays.stream(r))
                .anyMatch(v -> issued.secret().equals(String.valueOf(v))), "the secret itself is in no column");
        assertFalse(security.recent(10).stream().anyMatch(e -> String.valueOf(e.after()).contains(issued.secret())));

        assertTrue(tokens.authenticate(issued.secret().substring(0, 46) + "x").isEmpty(), "one character off");
        assertTrue(tokens.authenticate("Basic abc").isEmpty());
        assertTrue(tokens.authenticate(null).isEmpty());
        AuditEntry issue = security.history(ApiTokens.AUDIT_TYPE, token.id()).get(0);
        assertEquals("issue", issue.action());
        assertEquals("client=Kiosk 1, east door, site=DEMO, role=STAFF, prefix=" + token.prefix(), issue.after());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRevokedTokenIsRefusedFromThenOnAndTheRevocationAudited_S1_S2(TestDatabase.Kind kind) {
        ApiTokens tokens = start(kind);
        IssuedToken kiosk = tokens.issue(ADMIN, "Kiosk 1", "DEMO", Role.STAFF);
        IssuedToken his = tokens.issue(ADMIN, "HIS", "CITY-HOSPITAL", Role.SUPERVISOR);
        clock.advanceMinutes(3);
        tokens.revoke(ADMIN, kiosk.token().id());
        assertTrue(tokens.authenticate(kiosk.secret()).isEmpty());
        assertTrue(tokens.authenticate(his.secret()).isPresent(), "the other token still works");
        List<ApiToken> all = tokens.list();
        assertEquals(List.of(his.token().id(), kiosk.token().id()), all.stream().map(ApiToken::id).toList());
        assertTrue(all.get(1).revoked());
        assertEquals(clock.instant(), all.get(1).revokedAt());
        assertEquals(List.of("issue", "revoke"),
                security.history(ApiTokens.AUDIT_TYPE, kiosk.token().id()).stream().map(AuditEntry::action).toList());
        Conflict again = assertThrows(Conflict.class, () -> tokens.revoke(ADMIN, kiosk.token().id()));
        assertEquals("API token " + kiosk.token().id() + " is already revoked", again.message(Locale.ENGLISH));
        NotFound unknown = assertThrows(NotFound.class, () -> tokens.revoke(ADMIN, 999));
        assertEquals("API 令牌 999 不存在", unknown.message(Locale.SIMPLIFIED_CHINESE));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badInputAndNonAdministratorsIssueNothing_S1(TestDatabase.Kind kind) {
        ApiTokens tokens = start(kind);
        ValidationException bad = assertThrows(ValidationException.class, () -> tokens.issue(ADMIN, "", "demo site", Role.ADMIN));
        assertEquals(List.of("client", "siteCode", "role"), bad.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals("'demo site' is not a site code: 2-40 capital letters, digits or '-'", bad.byField().get("siteCode"));
        assertEquals("an API token acts as staff or as a supervisor; administration needs a person's sign-in", bad.byField().get("role"));
        ValidationException control = assertThrows(ValidationException.class, () -> tokens.issue(ADMIN, "Kiosk\u0000", "DEMO", Role.STAFF));
        assertEquals("must not contain control characters", control.byField().get("client"));
        Actor supervisor = new Actor("sun", "孙", EnumSet.of(Role.SUPERVISOR));
        assertThrows(AccessDenied.class, () -> tokens.issue(supervisor, "Kiosk 1", "DEMO", Role.STAFF));
        assertThrows(AccessDenied.class, () -> tokens.revoke(supervisor, 1));
        assertEquals(List.of(), tokens.list());
        assertEquals(List.of(), security.recent(10));
    }
}
