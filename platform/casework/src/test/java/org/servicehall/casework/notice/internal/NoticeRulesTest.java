package org.servicehall.casework.notice.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.MaterialsCheckDraft;
import org.servicehall.casework.notice.NoticeRefused;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.Wording;
import org.servicehall.common.ValidationException;

/** T4 (and C5): which materials are missing and when a one-time notice may be issued. */
class NoticeRulesTest {
    private static final ChecklistItem ID = ChecklistItem.required("GENERAL", "ID-CARD", Wording.of("身份证")).withOrder(10);
    private static final ChecklistItem LICENCE = ChecklistItem.required("GENERAL", "LICENCE", Wording.of("营业执照")).withOrder(20);
    private static final ChecklistItem PROXY = ChecklistItem.required("GENERAL", "PROXY", Wording.of("授权委托书"))
            .withCondition(Wording.of("委托他人办理的")).withOrder(30);
    private static final List<ChecklistItem> CHECKLIST = List.of(ID, LICENCE, PROXY);

    private static OneTimeNotice notice(int visit, ChecklistItem... items) {
        return new OneTimeNotice(visit, 1, 9, "C-9", visit, "GENERAL", List.of(items), "001", "李明", 1, Instant.EPOCH, null, null, "");
    }

    @Test
    void missingAreTheRequiredNotBroughtAndTheConditionalWhoseConditionApplies_T4() {
        assertEquals(List.of(LICENCE), NoticeRules.missing(CHECKLIST, Set.of("ID-CARD"), Set.of()));
        assertEquals(List.of(LICENCE, PROXY), NoticeRules.missing(CHECKLIST, Set.of("ID-CARD"), Set.of("PROXY")));
        assertEquals(List.of(), NoticeRules.missing(CHECKLIST, Set.of("ID-CARD", "LICENCE"), Set.of()));
    }

    @Test
    void aTickNamesUnknownCodesAndNonConditionalOnes_T4() {
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> NoticeRules.checkTick(CHECKLIST, new MaterialsCheckDraft(1, 9, 1, "GENERAL", Set.of("PASSPORT"), Set.of())));
        assertEquals("PASSPORT is not a material of the checklist of GENERAL.", unknown.byField().get("brought"));
        ValidationException notConditional = assertThrows(ValidationException.class,
                () -> NoticeRules.checkTick(CHECKLIST, new MaterialsCheckDraft(1, 9, 1, "GENERAL", Set.of(), Set.of("LICENCE"))));
        assertTrue(notConditional.byField().get("applicable").startsWith("LICENCE is not a conditional material"));
    }

    @Test
    void aNoticeWithNothingMissingIsRefused_T4() {
        NoticeRefused r = assertThrows(NoticeRefused.class, () -> NoticeRules.mayIssue("C-9", 1, List.of(), List.of(), null));
        assertEquals(NoticeRefused.Reason.NOTHING_MISSING, r.reason());
        assertEquals("办件 C-9 第 1 次来访的材料已齐全：一次性告知书只列缺少的材料，因此不出具。", r.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aSecondNoticeForTheSameVisitIsRefused_T4_C5() {
        NoticeRefused r = assertThrows(NoticeRefused.class,
                () -> NoticeRules.mayIssue("C-9", 1, List.of(PROXY), List.of(notice(1, LICENCE)), null));
        assertEquals(NoticeRefused.Reason.SECOND_NOTICE, r.reason());
        assertTrue(r.getMessage().contains("breaks the one-notice rule"), r.getMessage());
    }

    @Test
    void aLaterVisitListsOnlyNewItemsOrSaysWhy_T4() {
        List<OneTimeNotice> first = List.of(notice(1, LICENCE));
        assertDoesNotThrow(() -> NoticeRules.mayIssue("C-9", 2, List.of(PROXY), first, null));
        NoticeRefused again = assertThrows(NoticeRefused.class, () -> NoticeRules.mayIssue("C-9", 2, List.of(LICENCE, PROXY), first, " "));
        assertEquals(NoticeRefused.Reason.ASKED_BEFORE, again.reason());
        assertEquals(List.of("LICENCE"), again.items());
        assertTrue(again.message(Locale.SIMPLIFIED_CHINESE).contains("营业执照"));
        assertDoesNotThrow(() -> NoticeRules.mayIssue("C-9", 2, List.of(LICENCE, PROXY), first, "上次提交的执照已过有效期"));
    }
}
