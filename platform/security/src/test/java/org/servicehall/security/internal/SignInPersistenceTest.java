package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.NotFound;
import org.servicehall.persistence.Transactions;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.Role;
import org.servicehall.security.SignInLock;
import org.servicehall.security.SignInLocked;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;


/** S1, S2 (issue 16): sign-in throttling on the real schema, on H2 and on PostgreSQL. */
class SignInPersistenceTest extends SecuritySchemaTest {
    private static final String PASSWORD = "window-3-pass";
    private final MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);
    private SecurityService security;

    private SignInGuard start(TestDatabase.Kind kind) {
        openSchema(kind);
        security = new SecurityService(emf, clock, 1_000);
        Transactions.run(emf, em -> security.create(em, Actor.SYSTEM, "li.na", "李娜", EnumSet.of(Role.STAFF), PASSWORD));
        Transactions.run(emf, em -> security.create(em, Actor.SYSTEM, "wang", "王芳", EnumSet.of(Role.STAFF), PASSWORD));
        return new SignInGuard(db.dataSource(), security, security, clock,
                new SignInThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void threeWrongPasswordsLockTheAccountEvenForTheRightOneUntilItLapses_S1_S2(TestDatabase.Kind kind) {
        SignInGuard guard = start(kind);
        assertTrue(guard.signIn("li.na", "wrong-one-1", "10.0.0.7").isEmpty());
        assertTrue(guard.signIn("LI.NA", "wrong-one-2", "10.0.0.8").isEmpty(), "the account counts from any address");
        SignInLocked third = assertThrows(SignInLocked.class, () -> guard.signIn("li.na", "wrong-one-3", "10.0.0.9"));
        assertEquals("Too many failed sign-ins for 'li.na': signing in to this account is locked for 15 more minute(s). "
                + "An administrator can unlock it sooner.", third.message(Locale.ENGLISH));
        assertEquals("账号“li.na”登录失败次数过多，已锁定，请 15 分钟后再试；管理员可以提前解锁。", third.message(Locale.SIMPLIFIED_CHINESE));
        clock.advanceMinutes(5);
        SignInLocked right = assertThrows(SignInLocked.class, () -> guard.signIn("li.na", PASSWORD, "10.0.0.7"));
        assertTrue(right.message(Locale.ENGLISH).contains("10 more minute(s)"), right.getMessage());
        assertEquals(Duration.ofMinutes(10), right.retryAfter(), "on the platform's clock, not the wall clock");
        assertTrue(guard.signIn("wang", PASSWORD, "10.0.0.7").isPresent(), "another account is not locked");

        List<SignInLock> locks = guard.locks();
        assertEquals(1, locks.size());
        assertEquals(new SignInLock(SignInLock.Kind.ACCOUNT, "li.na", 3, MutableClock.MONDAY_NINE.atZone(MutableClock.ZONE)
                .toInstant().plus(Duration.ofMinutes(15))), locks.get(0));
        List<AuditEntry> audit = security.history(SignInGuard.AUDIT_ACCOUNT, "li.na");
        assertEquals(List.of("lock"), audit.stream().map(AuditEntry::action).toList(), "the lock is audited once");
        assertTrue(audit.get(0).after().startsWith("3 failed sign-ins"), audit.get(0).after());

        clock.advanceMinutes(10);
        assertTrue(guard.signIn("li.na", PASSWORD, "10.0.0.7").isPresent(), "the lock lapsed after 15 minutes");
        assertEquals(List.of(), guard.locks());
        assertTrue(guard.signIn("li.na", "wrong-again-1", "10.0.0.7").isEmpty(), "a success forgot the old failures");
        assertTrue(guard.signIn("li.na", "wrong-again-2", "10.0.0.7").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAdministratorUnlocksAnAccountAtOnceAndStaffMayNot_S1_S2(TestDatabase.Kind kind) {
        SignInGuard guard = start(kind);
        for (int i = 0; i < 2; i++) {
            guard.signIn("li.na", "wrong-password", "10.0.0.7");
        }
        assertThrows(SignInLocked.class, () -> guard.signIn("li.na", "wrong-password", "10.0.0.7"));
        Actor staff = security.find("wang").orElseThrow().asActor();
        assertThrows(AccessDenied.class, () -> guard.unlockAccount(staff, "li.na"));
        assertThrows(SignInLocked.class, () -> guard.signIn("li.na", PASSWORD, "10.0.0.7"), "a refused unlock leaves the lock");

        Actor admin = new Actor("zhao", "赵敏", EnumSet.of(Role.ADMIN));
        guard.unlockAccount(admin, "Li.Na");
        assertTrue(guard.signIn("li.na", PASSWORD, "10.0.0.7").isPresent());
        List<AuditEntry> audit = security.history(SignInGuard.AUDIT_ACCOUNT, "li.na");
        assertEquals(List.of("lock", "unlock"), audit.stream().map(AuditEntry::action).toList());
        assertEquals("zhao", audit.get(1).actor());
        NotFound none = assertThrows(NotFound.class, () -> guard.unlockAccount(admin, "li.na"));
        assertEquals("The account 'li.na' is not locked and has no failed sign-ins", none.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneAddressTryingManyAccountsIsLockedAndUnlockedByAnAdministrator_S1_S2(TestDatabase.Kind kind) {
        SignInGuard guard = start(kind);
        for (String name : List.of("a1", "a2", "a3", "a4")) {
            assertTrue(guard.signIn(name, "guess-password", "203.0.113.5").isEmpty());
        }
        SignInLocked fifth = assertThrows(SignInLocked.class, () -> guard.signIn("a5", "guess-password", "203.0.113.5"));
        assertEquals("此计算机（203.0.113.5）登录失败次数过多，已暂停从此处登录，请 15 分钟后再试；管理员可以提前解锁。",
                fifth.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(SignInLocked.class, () -> guard.signIn("wang", PASSWORD, "203.0.113.5"), "nobody signs in from that address");
        assertTrue(guard.signIn("wang", PASSWORD, "10.0.0.7").isPresent(), "from elsewhere the account works");
        assertEquals(List.of("lock"), security.history(SignInGuard.AUDIT_ADDRESS, "203.0.113.5").stream().map(AuditEntry::action).toList());

        guard.unlockAddress(Actor.KARAF_CONSOLE, "203.0.113.5");
        assertTrue(guard.signIn("wang", PASSWORD, "203.0.113.5").isPresent());
        assertEquals("karaf-console", security.history(SignInGuard.AUDIT_ADDRESS, "203.0.113.5").get(1).actor());
    }
}
