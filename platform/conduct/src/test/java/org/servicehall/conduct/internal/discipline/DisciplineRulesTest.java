package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.DisputeStatus;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.ViolationFinding;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

class DisciplineRulesTest {
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
    private static final Actor SUPERVISOR = new Actor("wang.fang", "王芳", EnumSet.of(Role.SUPERVISOR));
    private static final Actor STAFF = new Actor("s001", "李娜", EnumSet.of(Role.STAFF));

    static byte[] sized(byte[] magic, int size) {
        byte[] b = new byte[size];
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    @Test
    void jpegAndPngAreToldByTheirFirstBytes_C4() {
        assertEquals("image/jpeg", DisciplineRules.photoType(JPEG));
        assertEquals("image/png", DisciplineRules.photoType(PNG));
        assertEquals("image/jpeg", DisciplineRules.photoType(sized(JPEG, DisciplineRules.MAX_PHOTO_BYTES)), "exactly 2 MB");
    }

    @Test
    void otherFilesTooLargeOrEmptyPhotosAreRefusedOnThePhotoField_C4() {
        byte[] gif = "GIF89a........".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] pdf = "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] halfPng = { (byte) 0x89, 'P', 'N', 'G' };
        for (byte[] bad : List.of(gif, pdf, halfPng, new byte[0], sized(JPEG, DisciplineRules.MAX_PHOTO_BYTES + 1))) {
            ValidationException e = assertThrows(ValidationException.class, () -> DisciplineRules.photoType(bad));
            assertEquals(Set.of("photo"), e.byField().keySet());
        }
        assertTrue(assertThrows(ValidationException.class,
                () -> DisciplineRules.photoType(sized(PNG, DisciplineRules.MAX_PHOTO_BYTES + 1))).getMessage().contains("2 MB"));
    }

    @Test
    void anInspectionNamesEveryBrokenField_C4() {
        InspectionDraft bad = new InspectionDraft(0, " ", NOW.plusSeconds(3600), "x".repeat(2001),
                List.of(new ViolationFinding("", null), new ViolationFinding("BAD CODE!", "y".repeat(2001))), new byte[] { 1, 2, 3 },
                null);
        ValidationException e = assertThrows(ValidationException.class, () -> DisciplineRules.checkInspection(bad, NOW));
        assertEquals(Set.of("windowNumber", "staffNumber", "at", "note", "findings[0].ruleCode", "findings[1].ruleCode",
                "findings[1].note", "photo"), e.byField().keySet(), e.getMessage());
    }

    @Test
    void aCleanCheckWithoutPhotoIsValid_C4() {
        assertEquals(Optional.empty(), DisciplineRules.checkInspection(new InspectionDraft(3, "S001", null, null, null, null, null),
                NOW));
        assertEquals(Optional.of("image/png"), DisciplineRules.checkInspection(new InspectionDraft(3, "S001", NOW, "ok",
                List.of(new ViolationFinding("PROHIBITED-3", "away 20 min")), PNG, null), NOW));
    }

    @Test
    void onlyACandidateIsDecidedAndADismissalGivesItsReason_C4() {
        assertEquals("reason", assertThrows(ValidationException.class,
                () -> DisciplineRules.checkDecision(1, ViolationStatus.CANDIDATE, false, " ")).errors().get(0).field());
        Conflict c = assertThrows(Conflict.class, () -> DisciplineRules.checkDecision(1, ViolationStatus.DISMISSED, true, null));
        assertTrue(c.getMessage().contains("DISMISSED"), c.getMessage());
        DisciplineRules.checkDecision(1, ViolationStatus.CANDIDATE, true, null);
    }

    @Test
    void aGiftDeclarationNamesEveryMissingOrWrongField_C6() {
        GiftDeclarationDraft bad = new GiftDeclarationDraft("", " ", new BigDecimal("-1"), null, LocalDate.of(2026, 12, 1), "", null);
        ValidationException e = assertThrows(ValidationException.class, () -> DisciplineRules.checkGift(bad, LocalDate.of(2026, 11, 30)));
        assertEquals(Set.of("staffNumber", "item", "estimatedValue", "giver", "receivedOn", "circumstances", "handedTo"),
                e.byField().keySet());
        DisciplineRules.checkGift(new GiftDeclarationDraft("S001", "茶叶一盒", new BigDecimal("200.00"), "办事企业代表",
                LocalDate.of(2026, 11, 30), "放下即走，无法当场退还", "办公室 王主任"), LocalDate.of(2026, 11, 30));
    }

    @Test
    void aGiftIsReviewedOnceToAnOutcome_C6() {
        assertEquals("outcome", assertThrows(ValidationException.class,
                () -> DisciplineRules.checkGiftReview(1, GiftStatus.DECLARED, GiftStatus.DECLARED, null)).errors().get(0).field());
        assertThrows(Conflict.class, () -> DisciplineRules.checkGiftReview(1, GiftStatus.RETURNED, GiftStatus.DONATED, null));
        DisciplineRules.checkGiftReview(1, GiftStatus.DECLARED, GiftStatus.ACCEPTED_INTO_CUSTODY, null);
    }

    @Test
    void staffActOnlyForThemselvesSupervisorsForAnyone_C6() {
        DisciplineRules.requireSelfOrSupervisor(STAFF, Optional.of("S001"), "S001", "declare a gift");
        DisciplineRules.requireSelfOrSupervisor(SUPERVISOR, Optional.empty(), "S001", "declare a gift");
        assertThrows(AccessDenied.class, () -> DisciplineRules.requireSelfOrSupervisor(STAFF, Optional.of("S001"), "S002", "declare"));
        assertThrows(AccessDenied.class, () -> DisciplineRules.requireSelfOrSupervisor(STAFF, Optional.empty(), "S001", "declare"));
    }

    @Test
    void aDisputeIsNeverResolvedByTheStaffMemberInvolved_C8() {
        Actor supervisingStaff = new Actor("s009", "赵六", EnumSet.of(Role.SUPERVISOR));
        assertThrows(AccessDenied.class, () -> DisciplineRules.checkResolution(supervisingStaff, Optional.of("S009"), 1, "S009",
                DisputeStatus.ESCALATED, "talked it through"));
        assertThrows(AccessDenied.class, () -> DisciplineRules.checkResolution(STAFF, Optional.of("S001"), 1, "S002",
                DisputeStatus.ESCALATED, "talked it through"));
        assertEquals("resolution", assertThrows(ValidationException.class, () -> DisciplineRules.checkResolution(SUPERVISOR,
                Optional.empty(), 1, "S009", DisputeStatus.ESCALATED, " ")).errors().get(0).field());
        assertThrows(Conflict.class, () -> DisciplineRules.checkResolution(SUPERVISOR, Optional.empty(), 1, "S009",
                DisputeStatus.RESOLVED, "again"));
        DisciplineRules.checkResolution(SUPERVISOR, Optional.of("S100"), 1, "S009", DisputeStatus.ESCALATED, "apologised, served");
    }
}
