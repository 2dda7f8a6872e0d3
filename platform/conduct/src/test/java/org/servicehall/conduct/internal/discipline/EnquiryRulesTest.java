package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

class EnquiryRulesTest {
    private static final Actor OWNER = new Actor("s001", "李娜", EnumSet.of(Role.STAFF));
    private static final Actor COLLEAGUE = new Actor("s002", "张伟", EnumSet.of(Role.STAFF));
    private static final Actor SUPERVISOR = new Actor("wang.fang", "王芳", EnumSet.of(Role.SUPERVISOR));
    private static final Actor KIOSK = new Actor("kiosk", "Kiosk", Set.of());

    private static Enquiry enquiry(EnquiryStatus status) {
        return new Enquiry(5, 1, 3, "S001", 3, "S001", "一位老年纳税人", "How do I register?", status, Instant.EPOCH, null, null, null,
                List.of());
    }

    @Test
    void theOwnerAndSupervisorsMayActOnAnOpenEnquiry_C7() {
        EnquiryRules.requireOwner(OWNER, Optional.of("S001"), enquiry(EnquiryStatus.OPEN), "answer");
        EnquiryRules.requireOwner(SUPERVISOR, Optional.empty(), enquiry(EnquiryStatus.OPEN), "hand over");
    }

    @Test
    void anotherStaffMemberMayNeitherAnswerNorHandOver_C7() {
        AccessDenied e = assertThrows(AccessDenied.class,
                () -> EnquiryRules.requireOwner(COLLEAGUE, Optional.of("S002"), enquiry(EnquiryStatus.OPEN), "answer"));
        assertTrue(e.getMessage().contains("S001") && e.getMessage().contains("window 3"), e.getMessage());
        assertThrows(AccessDenied.class, () -> EnquiryRules.requireOwner(COLLEAGUE, Optional.empty(), enquiry(EnquiryStatus.OPEN),
                "hand over"));
        assertThrows(AccessDenied.class, () -> EnquiryRules.requireOwner(KIOSK, Optional.of("S001"), enquiry(EnquiryStatus.OPEN),
                "answer"));
    }

    @Test
    void anAnsweredEnquiryIsClosed_C7() {
        Conflict c = assertThrows(Conflict.class,
                () -> EnquiryRules.requireOwner(OWNER, Optional.of("S001"), enquiry(EnquiryStatus.ANSWERED), "answer"));
        assertTrue(c.getMessage().contains("ANSWERED"), c.getMessage());
        assertThrows(Conflict.class, () -> EnquiryRules.requireOwner(SUPERVISOR, Optional.empty(), enquiry(EnquiryStatus.ANSWERED),
                "hand over"));
    }

    @Test
    void aHandOverGoesToSomeoneElseAndSaysWhy_C7() {
        ValidationException self = assertThrows(ValidationException.class,
                () -> EnquiryRules.checkHandOver(enquiry(EnquiryStatus.OPEN), 3, "S001", "note"));
        assertEquals(Set.of("toStaff"), self.byField().keySet());
        ValidationException empty = assertThrows(ValidationException.class,
                () -> EnquiryRules.checkHandOver(enquiry(EnquiryStatus.OPEN), 0, " ", ""));
        assertEquals(Set.of("toWindow", "toStaff", "note"), empty.byField().keySet());
        EnquiryRules.checkHandOver(enquiry(EnquiryStatus.OPEN), 5, "S001", "the owner moves to window 5");
        EnquiryRules.checkHandOver(enquiry(EnquiryStatus.OPEN), 3, "S002", "colleague at the same window knows the item");
    }

    @Test
    void anAnswerIsRequired_C7() {
        assertThrows(ValidationException.class, () -> EnquiryRules.checkAnswer(" "));
        EnquiryRules.checkAnswer("Bring your ID card to window 2.");
    }

    @Test
    void anAnswerToTheCitizenHoldsNoControlOrDirectionCharacters_C7() {
        ValidationException override = assertThrows(ValidationException.class, () -> EnquiryRules.checkAnswer("请到\u202e2号窗口"));
        assertTrue(override.byField().get("answer").contains("U+202E"), override.getMessage());
        assertThrows(ValidationException.class, () -> EnquiryRules.checkAnswer("请到2号窗口\u0000"));
        EnquiryRules.checkAnswer("请带身份证。\n到2号窗口办理。");
    }
}
