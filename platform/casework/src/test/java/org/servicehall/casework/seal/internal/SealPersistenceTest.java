package org.servicehall.casework.seal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.casework.seal.SealEntryKind;
import org.servicehall.casework.seal.SealRefused;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.seal.SealRequestDraft;
import org.servicehall.casework.seal.SealStatus;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.IdentityCheck;
import org.servicehall.casework.internal.RefusalLanguage;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityCheckRequest;
import org.servicehall.security.IdentityDocument;
import org.servicehall.testing.TestDatabase;

/** T6 (AC5) on H2 and PostgreSQL: request, approval by a supervisor, use; append-only; CSV; a use without approval refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SealPersistenceTest {

    private static SealRequestDraft draft(TestSite hall) {
        return new SealRequestDraft(hall.id(), 42L, "不予受理决定书 C-42", "行政审批专用章", "送达申请人", 2);
    }

    @EachDatabase("casework")
    void aSealIsUsedOnlyAfterASupervisorApprovedAndEveryStepIsAnEntry_T6(HallFixture fx) {
        TestSite hall = fx.newSite("SE").create();
        SealRegisterImpl register = new SealRegisterImpl(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(), null, fx.identityChecks());
        Actor clerk = hall.staff(1).actor();
        SealRequest asked = register.request(clerk, draft(hall));
        assertEquals(SealStatus.REQUESTED, asked.status());
        SealRefused early = assertThrows(SealRefused.class, () -> register.recordUse(clerk, asked.id(), 1));
        assertEquals("不能在“不予受理决定书 C-42”上用印：第 " + asked.id() + " 号申请待审批，用印须经督查人员批准。",
                early.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, fx.count("sh_casework_seal_entry WHERE site_id = " + hall.id()), "nothing recorded");
        assertThrows(AccessDenied.class, () -> register.approve(clerk, asked.id(), null));
        SealRequest approved = register.approve(HallFixture.SUPERVISOR, asked.id(), "同意");
        assertEquals(SealStatus.APPROVED, approved.status());
        assertEquals("sup", approved.decidedBy());
        assertThrows(SealRefused.class, () -> register.refuse(HallFixture.SUPERVISOR, asked.id(), "再看看"), "decided once");
        assertThrows(ValidationException.class, () -> register.recordUse(clerk, asked.id(), 3), "more than approved");
        Actor user = hall.staff(2).actor();
        IdentityCheckNeeded unchecked = assertThrows(IdentityCheckNeeded.class, () -> register.recordUse(user, asked.id(), 2),
                "S4: the citizen's identity first");
        assertFalse(unchecked.reauthentication());
        assertTrue(unchecked.message(Locale.SIMPLIFIED_CHINESE).startsWith("执行“用印”前"), unchecked.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(unchecked.message(Locale.ENGLISH).startsWith("To use the seal,"), unchecked.getMessage());
        RefusalLanguage.assertInOneLanguage(unchecked);
        fx.identityChecks().record(user, new IdentityCheckRequest(hall.code(), "case", "42", IdentityDocument.RESIDENT_ID_CARD,
                "11010519491231002X", null));
        IdentityCheckNeeded stale = assertThrows(IdentityCheckNeeded.class, () -> register.recordUse(user, asked.id(), 2));
        assertTrue(stale.reauthentication(), "then the staff member's password");
        assertTrue(stale.message(Locale.ENGLISH).startsWith("To use the seal, give your password again"), stale.getMessage());
        RefusalLanguage.assertInOneLanguage(stale);
        assertEquals(2, fx.count("sh_casework_seal_entry WHERE site_id = " + hall.id()), "nothing recorded while refused");
        fx.freshSignIn(user);
        SealRequest used = register.recordUse(user, asked.id(), 2);
        assertEquals(SealStatus.USED, used.status());
        assertEquals(2, used.usedImpressions());
        assertEquals(hall.staff(2).actor().username(), used.usedBy());
        assertThrows(SealRefused.class, () -> register.recordUse(clerk, asked.id(), 1), "used once");
        LocalDate today = fx.clock().instant().atZone(hall.site().zone()).toLocalDate();
        assertEquals(List.of(SealEntryKind.REQUESTED, SealEntryKind.APPROVED, SealEntryKind.USED),
                register.entries(hall.id(), today, today).stream().map(e -> e.kind()).toList());
        assertEquals(List.of(used), register.requests(hall.id(), today, today));
        assertEquals(3, fx.audit().history("seal-request", asked.id()).size());
    }

    @EachDatabase("casework")
    void aSealUsedWithoutACaseNeedsTheCitizensCheckForTheRequest_S4_T6(HallFixture fx) {
        TestSite hall = fx.newSite("SN").create();
        SealRegisterImpl register = new SealRegisterImpl(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(), null, fx.identityChecks());
        Actor user = hall.staff(1).actor();
        SealRequest asked = register.request(user, new SealRequestDraft(hall.id(), null, "证明 2026-17", "业务专用章", "出具证明", 1));
        register.approve(HallFixture.SUPERVISOR, asked.id(), null);
        fx.freshSignIn(user);
        assertThrows(IdentityCheckNeeded.class, () -> register.recordUse(user, asked.id(), 1));
        ValidationException bad = assertThrows(ValidationException.class, () -> register.checkIdentity(user, asked.id(), IdentityDocument.PASSPORT, "123"));
        assertEquals("number", bad.errors().get(0).field());
        IdentityCheck check = register.checkIdentity(user, asked.id(), IdentityDocument.PASSPORT, "E12345678");
        assertEquals("seal-use", check.objectKind());
        assertEquals(String.valueOf(asked.id()), check.objectId());
        assertEquals(SealStatus.USED, register.recordUse(user, asked.id(), 1).status());
    }

    @EachDatabase("casework")
    void refusalsNeedAReasonAndNobodyApprovesTheirOwnRequest_T6(HallFixture fx) {
        TestSite hall = fx.newSite("SR").create();
        SealRegisterImpl register = new SealRegisterImpl(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(), null, fx.identityChecks());
        SealRequest own = register.request(HallFixture.SUPERVISOR, draft(hall));
        SealRefused self = assertThrows(SealRefused.class, () -> register.approve(HallFixture.SUPERVISOR, own.id(), null));
        assertTrue(self.getMessage().contains("is your own"), self.getMessage());
        assertThrows(ValidationException.class, () -> register.refuse(hall.staff(1).actor(), own.id(), " "));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> register.request(hall.staff(1).actor(), new SealRequestDraft(hall.id(), null, " ", "", null, 0)));
        assertEquals(Set.of("document", "seal", "purpose", "impressions"), bad.byField().keySet());
        assertEquals(1, fx.count("sh_casework_seal_entry WHERE site_id = " + hall.id()));
    }

    @EachDatabase("casework")
    void theRegisterExportsAsCsvInTheReadersLanguage_T6(HallFixture fx) {
        TestSite hall = fx.newSite("SC").create();
        SealRegisterImpl register = new SealRegisterImpl(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(), null, fx.identityChecks());
        SealRequest r = register.request(hall.staff(1).actor(), new SealRequestDraft(hall.id(), 7L, "=HYPERLINK(\"x\")", "公章", "送达，\"急\"", 1));
        register.approve(HallFixture.SUPERVISOR, r.id(), null);
        LocalDate today = fx.clock().instant().atZone(hall.site().zone()).toLocalDate();
        String csv = register.csv(hall.id(), today, today, Locale.SIMPLIFIED_CHINESE);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF\"登记号\",\"申请号\",\"环节\",\"时间\",\"办件\",\"文件\",\"印章\",\"用途\",\"用印次数\",\"经办人\",\"备注\"", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains("\"申请\"") && lines.get(1).contains("\"'=HYPERLINK(\"\"x\"\")\"")
                && lines.get(1).contains("\"送达，\"\"急\"\"\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"批准\""), lines.get(2));
    }

    @EachDatabase("casework")
    void onPostgresqlTheDatabaseRefusesToChangeOrRemoveAnEntry_T6(HallFixture fx, TestDatabase.Kind kind) throws SQLException {
        TestSite hall = fx.newSite("SA").create();
        SealRegisterImpl register = new SealRegisterImpl(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(), null, fx.identityChecks());
        SealRequest r = register.request(hall.staff(1).actor(), draft(hall));
        if (kind != TestDatabase.Kind.POSTGRESQL) {
            return; // H2 has no SQL triggers; the platform has no update or delete path on either database
        }
        try (Connection c = fx.dataSource().getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE sh_casework_seal_entry SET impressions = 9 WHERE id = " + r.id()));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM sh_casework_seal_entry WHERE id = " + r.id()));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals(2, register.requestById(r.id()).impressions());
    }
}
