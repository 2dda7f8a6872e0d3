package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.Message;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.Transactions;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.Role;
import org.servicehall.security.SignInLocked;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;


/** S4, S2 (issue 16): identity checks and fresh sign-ins on the real schema, on H2 and on PostgreSQL. */
class IdentityChecksPersistenceTest extends SecuritySchemaTest {
    private static final String PASSWORD = "window-3-pass";
    private static final String ID = "11010519491231002X";
    /** The operation a refusal names: a label of the caller's texts, read in the reader's language. */
    private static final Message EXPORT = IdentityChecksImpl.TEXTS.message("security.operation.exportPersonalData");
    private final MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
    private final Actor staffA = new Actor("li.na", "李娜", null, Map.of("SITE-A", EnumSet.of(Role.STAFF)));
    private SecurityService security;
    private SignInGuard guard;

    private IdentityChecksImpl start(TestDatabase.Kind kind) {
        openSchema(kind);
        security = new SecurityService(emf, clock, 1_000);
        Transactions.run(emf, em -> security.createAtSite(em, Actor.SYSTEM, "li.na", "李娜", "SITE-A", EnumSet.of(Role.STAFF), PASSWORD));
        guard = new SignInGuard(db.dataSource(), security, security, clock, new SignInThrottle(3, 10, Duration.ofMinutes(15),
                Duration.ofMinutes(15)));
        return new IdentityChecksImpl(db.dataSource(), guard, security, clock, Duration.ofMinutes(30), Duration.ofMinutes(5));
    }

    private static IdentityCheckRequest forCase(String number, String expected) {
        return new IdentityCheckRequest("SITE-A", "case", "42", IdentityDocument.RESIDENT_ID_CARD, number, expected);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCheckIsRecordedMaskedAndHashedOnlyAndIsGoodForItsObjectForThirtyMinutes_S4_S2(TestDatabase.Kind kind) throws SQLException {
        IdentityChecksImpl checks = start(kind);
        IdentityCheckNeeded none = assertThrows(IdentityCheckNeeded.class, () -> checks.required(staffA, "case", "42", EXPORT));
        assertFalse(none.reauthentication(), "what is missing is the citizen's check");
        assertEquals("执行“导出办事人的个人信息”前，须先在窗口核验办事人的身份证件（核验身份）；核验在 30 分钟内有效",
                none.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("To export a citizen's personal data, first check the citizen's identity document at the desk (Check identity); "
                + "a check is good for 30 minutes", none.message(Locale.ENGLISH));
        assertInOneLanguage(none);

        IdentityCheck check = checks.record(staffA, forCase("１１０１０５１９４９１２３１００２ｘ", ID.toLowerCase(Locale.ROOT)));
        assertEquals("110***********002X", check.numberMasked());
        assertEquals("li.na", check.checkedBy());
        assertEquals(check, checks.required(staffA, "case", "42", EXPORT));
        assertThrows(IdentityCheckNeeded.class, () -> checks.required(staffA, "case", "43", EXPORT), "for its object only");
        assertEquals(List.of(check), checks.of(staffA, "case", "42"));
        Actor staffB = new Actor("wang", null, null, Map.of("SITE-B", EnumSet.of(Role.STAFF)));
        assertEquals(List.of(), checks.of(staffB, "case", "42"), "another site's staff do not read it");

        // never the clear number: not in the checks' table, nor in the audit log
        List<String> stored = rows("SELECT * FROM sh_identity_check");
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).contains("1231002") || stored.get(0).contains("491231"), stored.get(0));
        assertTrue(stored.get(0).contains("110***********002X"), stored.get(0));
        assertNotEquals(ApiTokens.hash(ID), column("SELECT number_hash FROM sh_identity_check"), "salted, not a plain SHA-256");
        assertEquals(64, column("SELECT number_hash FROM sh_identity_check").length());
        List<AuditEntry> audited = security.history("case", "42");
        assertEquals(1, audited.size());
        assertEquals("identity-check", audited.get(0).action());
        assertEquals("li.na", audited.get(0).actor());
        assertTrue(audited.get(0).after().contains("110***********002X") && !audited.get(0).after().contains("1231002"), audited.get(0).after());

        clock.advanceMinutes(29);
        assertDoesNotThrow(() -> checks.required(staffA, "case", "42", EXPORT));
        clock.advanceMinutes(2);
        assertThrows(IdentityCheckNeeded.class, () -> checks.required(staffA, "case", "42", EXPORT), "31 minutes on");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aMalformedOrMismatchingNumberIsRefusedNamingTheFieldAndNothingIsRecorded_S4(TestDatabase.Kind kind) throws SQLException {
        IdentityChecksImpl checks = start(kind);
        ValidationException mismatch = assertThrows(ValidationException.class, () -> checks.record(staffA, forCase("440524188001010014", ID)));
        assertEquals("number", mismatch.errors().get(0).field());
        assertEquals("证件号码与办件登记的不一致", mismatch.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("does not match the one on the case", mismatch.errors().get(0).message(Locale.ENGLISH));
        ValidationException wrongCheck = assertThrows(ValidationException.class, () -> checks.record(staffA, forCase("110105199003071234", null)));
        assertEquals("number", wrongCheck.errors().get(0).field());
        assertEquals("末位校验码与号码不符，请重新核对号码", wrongCheck.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
        ValidationException missing = assertThrows(ValidationException.class, () -> checks.record(staffA,
                new IdentityCheckRequest("SITE-A", "case", "42", null, " ", null)));
        assertEquals(List.of("document", "number"), missing.errors().stream().map(ValidationException.FieldError::field).toList());
        Actor staffB = new Actor("wang", null, null, Map.of("SITE-B", EnumSet.of(Role.STAFF)));
        assertThrows(AccessDenied.class, () -> checks.record(staffB, forCase(ID, ID)), "staff of another site");
        assertEquals(List.of(), rows("SELECT * FROM sh_identity_check"));
        IdentityCheck seen = checks.record(staffA, new IdentityCheckRequest("SITE-A", "seal-use", "7", IdentityDocument.PASSPORT, "e12345678", null));
        assertEquals("E12**5678", seen.numberMasked(), "no number on the object: recorded as seen");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aSensitiveOperationNeedsAPasswordOfTheLastFiveMinutesAndAWrongOneIsThrottled_S4_S1(TestDatabase.Kind kind) {
        IdentityChecksImpl checks = start(kind);
        assertDoesNotThrow(() -> checks.requireFreshSignIn(Actor.SYSTEM, EXPORT), "the platform itself");
        assertDoesNotThrow(() -> checks.requireFreshSignIn(Actor.KARAF_CONSOLE, EXPORT));
        IdentityCheckNeeded never = assertThrows(IdentityCheckNeeded.class, () -> checks.requireFreshSignIn(staffA, EXPORT));
        assertTrue(never.reauthentication());
        assertThrows(IdentityCheckNeeded.class, () -> checks.requireFreshSignIn(new Actor("system", "Someone", EnumSet.of(Role.STAFF)), EXPORT),
                "an account that only calls itself system is a person");

        Actor signedIn = guard.signIn("li.na", PASSWORD, "10.0.0.7").orElseThrow();
        assertDoesNotThrow(() -> checks.requireFreshSignIn(signedIn, EXPORT), "the sign-in itself is fresh");
        clock.advanceMinutes(6);
        IdentityCheckNeeded stale = assertThrows(IdentityCheckNeeded.class, () -> checks.requireFreshSignIn(signedIn, EXPORT));
        assertTrue(stale.reauthentication());
        assertEquals("To export a citizen's personal data, give your password again: a sensitive operation needs a sign-in of the last 5 minutes",
                stale.message(Locale.ENGLISH));
        assertEquals("执行“导出办事人的个人信息”前，请再次输入您的密码：敏感操作须在最近 5 分钟内验证过身份", stale.message(Locale.SIMPLIFIED_CHINESE));
        assertInOneLanguage(stale);

        AccessDenied wrong = assertThrows(AccessDenied.class, () -> checks.reauthenticate(signedIn, "not-the-password", "10.0.0.7"));
        assertEquals("账号“li.na”的密码不正确，操作未执行", wrong.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(IdentityCheckNeeded.class, () -> checks.requireFreshSignIn(signedIn, EXPORT));
        checks.reauthenticate(signedIn, PASSWORD, "10.0.0.7");
        assertDoesNotThrow(() -> checks.requireFreshSignIn(signedIn, EXPORT));
        clock.advanceMinutes(4);
        assertDoesNotThrow(() -> checks.requireFreshSignIn(signedIn, EXPORT));
        clock.advanceMinutes(2);
        assertThrows(IdentityCheckNeeded.class, () -> checks.requireFreshSignIn(signedIn, EXPORT));

        // wrong passwords count as failed sign-ins: the third locks the account, also for the right one
        assertThrows(AccessDenied.class, () -> checks.reauthenticate(signedIn, "wrong-1", "10.0.0.7"));
        assertThrows(AccessDenied.class, () -> checks.reauthenticate(signedIn, "wrong-2", "10.0.0.7"));
        assertThrows(SignInLocked.class, () -> checks.reauthenticate(signedIn, "wrong-3", "10.0.0.7"));
        assertThrows(SignInLocked.class, () -> checks.reauthenticate(signedIn, PASSWORD, "10.0.0.7"));
        assertThrows(IdentityCheckNeeded.class, () -> checks.requireFreshSignIn(signedIn, EXPORT));

        List<String> audited = security.history("account", "li.na").stream().map(AuditEntry::action).toList();
        assertEquals(List.of("create", "reauthenticate-refused", "reauthenticate", "reauthenticate-refused", "reauthenticate-refused"), audited);
        assertEquals(1, security.history("sign-in-account", "li.na").size(), "the lock audited as a sign-in's");
    }

    /** Issue 16: a refusal names the operation in the reader's language: no Latin words in Chinese, no Chinese in English. */
    static void assertInOneLanguage(IdentityCheckNeeded refusal) {
        String chinese = refusal.message(Locale.SIMPLIFIED_CHINESE);
        assertFalse(chinese.matches("(?s).*[A-Za-z]{2,}.*"), "no English word in the Chinese refusal: " + chinese);
        String english = refusal.message(Locale.ENGLISH);
        assertFalse(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "no Chinese in the English refusal: " + english);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private String column(String sql) throws SQLException {
        return rows(sql).get(0).split("\\|")[0];
    }
}
