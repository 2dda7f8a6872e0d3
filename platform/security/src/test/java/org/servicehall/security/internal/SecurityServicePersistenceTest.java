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
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.Transactions;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.Role;
import org.servicehall.testing.TestDatabase;


/** Accounts and audit on the real schema, on H2 and on PostgreSQL. */
class SecurityServicePersistenceTest extends SecuritySchemaTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);

    private SecurityService start(TestDatabase.Kind kind) {
        openSchema(kind);
        return new SecurityService(emf, CLOCK, 1_000);
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

    /**
     * The platform's own accounts (the demo hall's staff) start without a password: nothing signs them
     * in until an administrator sets one; anyone else must give a password that keeps the policy.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void anAccountThePlatformCreatesWithoutAPasswordSignsInOnlyOnceAnAdministratorSetsOne_S1(TestDatabase.Kind kind) {
        SecurityService security = start(kind);
        Transactions.run(emf, em -> security.createAtSite(em, Actor.SYSTEM, "d001", "李明", "DEMO", EnumSet.of(Role.STAFF), null));
        assertTrue(security.find("d001").orElseThrow().asActor().hasAt(Role.STAFF, "DEMO"));
        for (String tried : List.of("none", "", "d001", "pbkdf2-sha256")) {
            assertTrue(security.authenticate("d001", tried).isEmpty(), "no password signs in an account without one: " + tried);
        }
        Transactions.run(emf, em -> security.setPassword(em, Actor.SYSTEM, "d001", "Hall-2026-handover"));
        assertTrue(security.authenticate("d001", "Hall-2026-handover").isPresent(), "signs in once an administrator set a password");

        Actor adminOfDemo = new Actor("boss", "管理员", java.util.Set.of(), java.util.Map.of("DEMO", EnumSet.of(Role.ADMIN)));
        ValidationException missing = assertThrows(ValidationException.class, () -> Transactions.run(emf,
                em -> security.createAtSite(em, adminOfDemo, "d002", "王芳", "DEMO", EnumSet.of(Role.STAFF), null)));
        assertTrue(missing.getMessage().contains("10"), "an administrator must give a password: " + missing.getMessage());
        assertTrue(security.find("d002").isEmpty());
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
    @ParameterizedTest
    @MethodSource("kinds")
    void aValidChangeIsNeverRefusedByTheAuditLog_S2(TestDatabase.Kind kind) throws Exception {
        SecurityService security = start(kind);
        String longId = "7/" + "请勿大声喧哗".repeat(10) + "ABC"; // 65 characters: the entity_id column holds 64
        String otherLongId = "7/" + "请勿大声喧哗".repeat(10) + "ABD";
        String longType = "plugin-" + "x".repeat(70);
        String longAction = "reconsider-" + "y".repeat(70);
        String hugeState = "状".repeat(3998) + "🙂🙂🙂"; // a surrogate pair across the 4000-character limit
        Actor robot = new Actor("r".repeat(80), "Robot", EnumSet.of(Role.ADMIN));
        Transactions.run(emf, em -> security.record(em, robot, longAction, longType, longId, "a\u0000b\uD83D", hugeState));
        Transactions.run(emf, em -> security.record(em, Actor.SYSTEM, "create", longType, otherLongId, null, "other"));
        try (java.sql.Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            security.record(c, Actor.SYSTEM, "update", longType, longId, null, hugeState);
            c.commit();
        }

        List<AuditEntry> history = security.history(longType, longId);
        assertEquals(2, history.size(), "the shortened id still finds the record's history, and only its own");
        AuditEntry first = history.get(0);
        assertEquals(64, first.entityId().length());
        assertTrue(first.entityId().startsWith("7/请勿大声喧哗"), first.entityId());
        assertEquals(64, first.entityType().length());
        assertEquals(64, first.action().length());
        assertEquals(64, first.actor().length());
        assertEquals("a\uFFFDb\uFFFD", first.before(), "characters a database cannot store are replaced, not refused");
        assertTrue(first.after().length() <= 4000, "at most the column's 4000 characters");
        assertTrue(first.after().endsWith("[4004 characters, shortened]"), first.after().substring(3900));
        assertTrue(first.after().startsWith("状状状"));
        assertEquals(1, security.history(longType, otherLongId).size(), "two long ids sharing 62 characters stay apart");
        assertEquals(history.get(1).entityId(), first.entityId());
        assertEquals(3, security.recent(10).size());
    }

    /** Issue 12 (Console): the language an account chose is kept with the account and read back at sign-in. */
    @ParameterizedTest
    @MethodSource("kinds")
    void theConsoleLanguageIsRememberedPerAccount(TestDatabase.Kind kind) {
        SecurityService security = start(kind);
        Transactions.run(emf, em -> security.create(em, Actor.SYSTEM, "zhao", "赵敏", EnumSet.of(Role.STAFF), "Hall-2026-desk"));
        Actor zhao = security.find("zhao").orElseThrow().asActor();
        assertEquals(Optional.empty(), security.language("zhao"), "none until chosen: the browser's language applies");
        security.setLanguage(zhao, "zhao", Locale.SIMPLIFIED_CHINESE);
        assertEquals(Optional.of(Locale.forLanguageTag("zh-CN")), security.language("ZHAO"));
        security.setLanguage(zhao, "zhao", Locale.US);
        assertEquals(Optional.of(Locale.ENGLISH), security.language("zhao"));
        ValidationException french = assertThrows(ValidationException.class, () -> security.setLanguage(zhao, "zhao", Locale.FRENCH));
        assertEquals("“fr”不是控制台支持的语言：请选择中文（zh-CN）或英文（en）", french.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Optional.of(Locale.ENGLISH), security.language("zhao"), "a refused language changes nothing");
        assertThrows(AccessDenied.class, () -> security.setLanguage(zhao, "admin", Locale.ENGLISH), "only an admin sets another's");
        assertEquals("set-language", security.history("account", "zhao").get(security.history("account", "zhao").size() - 1).action());
    }

    /**
     * S1 (issue 16): an account of one site holds its roles there only; the administrator of a site
     * creates and changes accounts of that site alone, and only a central administrator grants roles on
     * every site; each grant is audited.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void rolesAreHeldPerSiteAndGrantedByThatSitesAdministrator_S1(TestDatabase.Kind kind) {
        SecurityService security = start(kind);
        Actor adminOfA = new Actor("boss-a", "A 站管理员", java.util.Set.of(), java.util.Map.of("SA", EnumSet.of(Role.ADMIN)));
        Transactions.run(emf, em -> security.createAtSite(em, adminOfA, "wang", "王芳", "SA", EnumSet.of(Role.SUPERVISOR),
                "Hall-2026-fang"));
        Actor wang = security.authenticate("wang", "Hall-2026-fang").orElseThrow();
        assertTrue(wang.hasAt(Role.SUPERVISOR, "SA"));
        assertFalse(wang.hasAt(Role.STAFF, "SB"), "nothing at B");
        assertTrue(wang.roles().isEmpty(), "no role on every site");

        AccessDenied other = assertThrows(AccessDenied.class, () -> Transactions.run(emf,
                em -> security.createAtSite(em, adminOfA, "li", "李", "SB", EnumSet.of(Role.STAFF), "Hall-2026-li-x")));
        assertTrue(other.getMessage().contains("at site SB"), other.getMessage());
        assertThrows(AccessDenied.class, () -> Transactions.run(emf,
                em -> security.grant(em, adminOfA, "wang", "SB", EnumSet.of(Role.STAFF))), "A's administrator grants nothing at B");
        assertThrows(AccessDenied.class, () -> Transactions.run(emf,
                em -> security.create(em, adminOfA, "root2", "Root", EnumSet.of(Role.ADMIN), "Hall-2026-root")),
                "a site's administrator makes no central administrator");

        Transactions.run(emf, em -> security.grant(em, Actor.SYSTEM, "wang", "SB", EnumSet.of(Role.STAFF)));
        wang = security.find("wang").orElseThrow().asActor();
        assertTrue(wang.hasAt(Role.STAFF, "SB"));
        assertFalse(wang.hasAt(Role.SUPERVISOR, "SB"));
        assertEquals(java.util.Set.of("SA", "SB"), security.list().stream().filter(a -> a.username().equals("wang")).findFirst()
                .orElseThrow().siteRoles().keySet());
        AccessDenied password = assertThrows(AccessDenied.class, () -> Transactions.run(emf,
                em -> security.setPassword(em, adminOfA, "wang", "Hall-2026-other")), "wang now also works at B");
        assertTrue(password.getMessage().contains("at site SB"), password.getMessage());

        Transactions.run(emf, em -> security.updateAtSite(em, Actor.SYSTEM, "wang", "王芳", "SA", EnumSet.of(Role.STAFF), true));
        assertFalse(security.find("wang").orElseThrow().asActor().hasAt(Role.SUPERVISOR, "SA"));
        Transactions.run(emf, em -> security.grant(em, Actor.SYSTEM, "wang", "SB", java.util.Set.of()));
        assertEquals(java.util.Set.of("SA"), security.find("wang").orElseThrow().siteRoles().keySet(), "no roles: nothing at B");
        Transactions.run(emf, em -> security.setPassword(em, adminOfA, "wang", "Hall-2026-again"));

        ValidationException badSite = assertThrows(ValidationException.class, () -> Transactions.run(emf,
                em -> security.grant(em, Actor.SYSTEM, "wang", "b c", EnumSet.of(Role.STAFF))));
        assertTrue(badSite.byField().containsKey("site"), badSite.getMessage());
        List<AuditEntry> history = security.history("account", "wang");
        assertEquals(List.of("create", "grant", "update", "grant", "set-password"), history.stream().map(AuditEntry::action).toList());
        assertEquals("SB=STAFF", history.get(1).after());
        assertEquals("boss-a", history.get(0).actor());
    }
}
