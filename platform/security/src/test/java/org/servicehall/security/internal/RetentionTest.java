package org.servicehall.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.common.ValidationException;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.Role;
import org.servicehall.testing.TestDatabase;


/**
 * S3 (issue 16): the retention periods as configured, and who may export or erase a citizen's data,
 * with the real audit log on H2; since S4, after the citizen's identity check and a fresh sign-in. The areas' own anonymising is tested with their data (ComplaintTest).
 */
class RetentionTest extends SecuritySchemaTest {
    private static final String ID = "11010519491231002X";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void sitesHaveAPeriodOfTheirOwnAsConfigured_S3() {
        assertEquals(Map.of("DEMO", Duration.ofDays(90), "TAX-01", Duration.ofDays(180)), Retention.sitePeriods(" DEMO=90, TAX-01 = 180 "));
        assertEquals(Map.of(), Retention.sitePeriods(""));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Retention.sitePeriods("DEMO=90,demo=x"));
        assertTrue(bad.getMessage().contains("'demo=x' is not CODE=days"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Retention(null, CLOCK, Duration.ZERO, Map.of(), null, () -> "salt"));
    }

    @Test
    void onlyACentralAdministratorExportsOrErasesACitizensDataAndEachIsAudited_S3_S2() {
        openSchema(TestDatabase.Kind.H2);
        SecurityService audit = new SecurityService(emf, CLOCK, 1_000);
        IdentityChecksImpl identity = new IdentityChecksImpl(db.dataSource(), null, audit, CLOCK, Duration.ofMinutes(30), Duration.ofMinutes(5));
        Retention retention = new Retention(audit, CLOCK, Duration.ofDays(365), Map.of(), identity,
                () -> InstallationSecrets.get(db.dataSource(), IdentityChecksImpl.SALT));
        Actor siteAdmin = new Actor("boss-a", null, Set.of(), Map.of("SITE-A", EnumSet.of(Role.ADMIN)));
        AccessDenied denied = assertThrows(AccessDenied.class, () -> retention.export(siteAdmin, "13912345678"));
        assertTrue(denied.getMessage().contains("on every site"), denied.getMessage());
        assertThrows(AccessDenied.class, () -> retention.erase(siteAdmin, "13912345678"));
        assertThrows(AccessDenied.class, () -> retention.anonymiseLapsed(siteAdmin));
        assertThrows(AccessDenied.class, () -> retention.checkIdentity(siteAdmin, "13912345678", IdentityDocument.RESIDENT_ID_CARD, ID));
        ValidationException phone = assertThrows(ValidationException.class, () -> retention.export(Actor.SYSTEM, "12-34"));
        assertEquals("phone", phone.errors().get(0).field());

        // S4: the citizen's identity checked first, for this phone only
        IdentityCheckNeeded unchecked = assertThrows(IdentityCheckNeeded.class, () -> retention.export(Actor.SYSTEM, "13912345678"));
        assertFalse(unchecked.reauthentication());
        assertTrue(unchecked.message(Locale.SIMPLIFIED_CHINESE).startsWith("执行“导出办事人的个人信息”前"), unchecked.message(Locale.SIMPLIFIED_CHINESE));
        IdentityChecksPersistenceTest.assertInOneLanguage(unchecked);
        IdentityCheckNeeded erase = assertThrows(IdentityCheckNeeded.class, () -> retention.erase(Actor.SYSTEM, "13912345678"));
        assertTrue(erase.getMessage().startsWith("To erase a citizen's personal data,"), erase.getMessage());
        IdentityChecksPersistenceTest.assertInOneLanguage(erase);
        ValidationException badNumber = assertThrows(ValidationException.class,
                () -> retention.checkIdentity(Actor.SYSTEM, "13912345678", IdentityDocument.RESIDENT_ID_CARD, "110105199003071234"));
        assertEquals("number", badNumber.errors().get(0).field());
        IdentityCheck check = retention.checkIdentity(Actor.SYSTEM, "139 1234 5678", IdentityDocument.RESIDENT_ID_CARD, ID);
        assertEquals("personal-data", check.objectKind());
        assertTrue(check.objectId().startsWith("phone-") && !check.objectId().contains("13912345678") && !check.objectId().contains("5678"),
                "a hash of the phone, not the phone: " + check.objectId());
        assertEquals(check.objectId(), retention.subject("+86 139-1234-5678"), "the same phone however written");
        assertThrows(IdentityCheckNeeded.class, () -> retention.export(Actor.SYSTEM, "13912345679"), "another phone is not checked");

        assertEquals(Map.of(), retention.export(Actor.SYSTEM, "13912345678"), "no area registered");
        retention.erase(Actor.SYSTEM, "13912345678");
        List<AuditEntry> entries = audit.history("personal-data", "139****5678");
        assertEquals(List.of("export", "erase"), entries.stream().map(AuditEntry::action).toList(), "named by the phone masked");

        // a person (not the platform) also needs a password of the last minutes
        Actor admin = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
        IdentityCheckNeeded stale = assertThrows(IdentityCheckNeeded.class, () -> retention.export(admin, "13912345678"));
        assertTrue(stale.reauthentication(), stale.getMessage());
    }
}
