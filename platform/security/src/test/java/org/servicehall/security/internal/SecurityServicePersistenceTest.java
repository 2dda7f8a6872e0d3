package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.persistence.Transactions;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.Role;
import org.servicehall.testing.TestDatabase;

import jakarta.persistence.EntityManagerFactory;

/** Accounts and audit on the real schema, on H2 and on PostgreSQL. */
class SecurityServicePersistenceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);
    private TestDatabase db;
    private EntityManagerFactory emf;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    private SecurityService start(TestDatabase.Kind kind) {
        db = TestDatabase.create(kind);
        SchemaMigrations.migrate(db.dataSource(), getClass().getClassLoader(), "security");
        emf = PersistenceUnits.create("security", getClass().getClassLoader(), db.dataSource());
        return new SecurityService(emf, CLOCK, 1_000);
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void firstStartCreatesOneAdminWithAGeneratedPassword_S1(TestDatabase.Kind kind) {
        SecurityService security = start(kind);
        security.bootstrapFirstAdmin();
        security.bootstrapFirstAdmin();
        assertEquals(1, security.list().size(), "a second start creates no second admin");
        assertEquals(EnumSet.of(Role.ADMIN), security.find("admin").orElseThrow().roles());
        assertFalse(security.authenticate("admin", "admin").isPresent(), "no fixed default password");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void accountsAuthenticateAndEveryChangeIsAudited_S1_S2(TestDatabase.Kind kind) {
        SecurityService security = start(kind);
        Transactions.run(emf, em -> security.create(em, Actor.SYSTEM, "Li.Na", "李娜", EnumSet.of(Role.STAFF), "window-3-pass"));
        Actor li = security.authenticate("li.na", "window-3-pass").orElseThrow();
        assertEquals("li.na", li.username());
        assertTrue(li.has(Role.STAFF));
        assertFalse(li.has(Role.SUPERVISOR));
        assertTrue(security.authenticate("li.na", "wrong-password").isEmpty());
        assertTrue(security.authenticate("nobody", "window-3-pass").isEmpty());

        Transactions.run(emf, em -> security.update(em, Actor.SYSTEM, "li.na", "李娜", EnumSet.of(Role.STAFF), false));
        assertTrue(security.authenticate("li.na", "window-3-pass").isEmpty(), "a disabled account cannot log in");

        List<AuditEntry> history = security.history("account", "li.na");
        assertEquals(List.of("create", "update"), history.stream().map(AuditEntry::action).toList());
        assertEquals("system", history.get(0).actor());
        assertTrue(history.get(1).before().contains("enabled=true"));
        assertTrue(history.get(1).after().contains("enabled=false"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRolledBackTransactionLeavesNeitherAccountNorAuditEntry_S2(TestDatabase.Kind kind) {
        SecurityService security = start(kind);
        assertThrows(IllegalStateException.class, () -> Transactions.run(emf, em -> {
            security.create(em, Actor.SYSTEM, "wang", "王", EnumSet.of(Role.STAFF), "long-enough-pw");
            throw new IllegalStateException("the staff record failed after the account was written");
        }));
        assertTrue(security.find("wang").isEmpty());
        assertTrue(security.recent(10).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badInputIsRefusedWithAClearMessageAndNothingSaved(TestDatabase.Kind kind) {
        SecurityService security = start(kind);
        ValidationException bad = assertThrows(ValidationException.class, () -> Transactions.run(emf,
                em -> security.create(em, Actor.SYSTEM, "x", "", EnumSet.noneOf(Role.class), "short")));
        assertEquals(4, bad.errors().size(), bad.getMessage());
        assertTrue(bad.byField().get("password").contains("at least 10"));
        Transactions.run(emf, em -> security.create(em, Actor.SYSTEM, "zhao", "赵", EnumSet.of(Role.ADMIN), "long-enough-pw"));
        Conflict taken = assertThrows(Conflict.class, () -> Transactions.run(emf,
                em -> security.create(em, Actor.SYSTEM, "ZHAO", "Zhao", EnumSet.of(Role.STAFF), "another-long-pw")));
        assertTrue(taken.getMessage().contains("'zhao' is already taken"));
        Conflict lastAdmin = assertThrows(Conflict.class, () -> Transactions.run(emf,
                em -> security.update(em, Actor.SYSTEM, "zhao", "赵", EnumSet.of(Role.STAFF), true)));
        assertTrue(lastAdmin.getMessage().contains("last enabled administrator"));
        Actor staff = new Actor("li", "Li", EnumSet.of(Role.STAFF));
        AccessDenied denied = assertThrows(AccessDenied.class, () -> Transactions.run(emf,
                em -> security.create(em, staff, "sun", "孙", EnumSet.of(Role.STAFF), "long-enough-pw")));
        assertTrue(denied.getMessage().contains("ADMIN"));
        assertEquals(1, security.list().size());
    }
}
