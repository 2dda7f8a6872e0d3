package org.servicehall.casework.notice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.MaterialsCheckDraft;
import org.servicehall.casework.notice.NoticeDraft;
import org.servicehall.casework.notice.NoticeRefused;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.Wording;
import org.servicehall.casework.testing.FakeConduct;
import org.servicehall.common.PluginSource;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.HallFixtures;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.testing.TestDatabase;

/** T4, C3, C5 on H2 and PostgreSQL: checklists, ticks and one-time notices with their PDF, audited; refusals store nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticePersistenceTest {
    private static final PluginSource TAX = new PluginSource(11, "org.servicehall.sector.taxhall", "1.0.0", "tax");
    private final HallFixtures fixtures = new HallFixtures("casework");

    @AfterAll
    void closeAll() {
        fixtures.close();
    }

    private record Stack(HallFixture fx, TestSite hall, ChecklistsImpl checklists, OneTimeNoticesImpl notices, FakeConduct conduct) {
        Actor staff() {
            return hall.staff(1).actor();
        }

        long noticeRows() {
            return fx.count("sh_casework_notice WHERE site_id = " + hall.id());
        }
    }

    private Stack stack(TestDatabase.Kind kind) {
        HallFixture fx = fixtures.get(kind);
        TestSite hall = fx.newSite("NT").create();
        ChecklistHandler shipped = new ChecklistHandler();
        shipped.added(TAX, List.of(NoticePersistenceTest.class.getResource("tax-checklist.properties")));
        NoticeParts parts = new NoticeParts(NoticeParts.storeOn(fx.dataSource()), fx.sites(), fx.audit(), fx.clock(), shipped,
                () -> NoticeFont.locate("", NoticeFont.SYSTEM_FONTS), "http://hall.example.cn", "/api/v1/casework/progress/{0}/{1}",
                "FIRST-CONTACT-2");
        ChecklistsImpl checklists = new ChecklistsImpl(parts);
        FakeConduct conduct = new FakeConduct();
        return new Stack(fx, hall, checklists, new OneTimeNoticesImpl(parts, checklists, conduct.phrases(), conduct.violations()), conduct);
    }

    private static MaterialsCheck tick(Stack s, long caseId, int visit, Set<String> brought, Set<String> applicable) {
        return s.checklists().recordCheck(s.staff(), new MaterialsCheckDraft(s.hall().id(), caseId, visit, "GENERAL", brought, applicable));
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void oneNoticeListsEveryMissingMaterialAndIsKeptAsPdfWithTheCase_T4(TestDatabase.Kind kind) throws Exception {
        Stack s = stack(kind);
        MaterialsCheck t = tick(s, 101, 1, Set.of("ID-CARD"), Set.of("PROXY"));
        assertEquals(List.of("LICENCE", "PROXY"), t.missing());
        OneTimeNotice n = s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 101, "C-101", 1, 1, null, null));
        assertEquals(List.of("LICENCE", "PROXY"), n.items().stream().map(ChecklistItem::code).toList());
        assertEquals(s.hall().staffNumber(1), n.staffNumber());
        assertEquals(n, s.notices().notice(n.id()));
        byte[] pdf = s.notices().pdf(n.id());
        assertEquals(n.pdfSha256(), OneTimeNoticesImpl.sha256(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("营业执照副本") && text.contains("授权委托书") && text.contains("C-101"), text);
            assertFalse(text.contains("居民身份证"), "what was brought is not asked for");
        }
        assertFalse(s.fx().audit().history("one-time-notice", n.id()).isEmpty(), "audited");
        assertEquals(List.of(t), s.checklists().checks(s.hall().id(), 101));
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void aSecondNoticeForTheVisitIsRefusedAndProposedAsAViolation_T4_C5(TestDatabase.Kind kind) {
        Stack s = stack(kind);
        tick(s, 102, 1, Set.of(), Set.of());
        s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 102, "C-102", 1, 2, null, null));
        tick(s, 102, 1, Set.of("ID-CARD"), Set.of("PROXY"));
        NoticeRefused r = assertThrows(NoticeRefused.class,
                () -> s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 102, "C-102", 1, 2, null, null)));
        assertEquals(NoticeRefused.Reason.SECOND_NOTICE, r.reason());
        assertEquals(1, s.noticeRows(), "nothing stored");
        assertEquals(1, s.conduct().proposals.size());
        FakeConduct.Proposal p = s.conduct().proposals.get(0);
        assertEquals(s.hall().staffNumber(1), p.staffNumber());
        assertEquals("FIRST-CONTACT-2", p.ruleCode());
        assertEquals(Integer.valueOf(2), p.window());
        assertTrue(p.note().contains("C-102"), p.note());
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void aLaterVisitAsksOnlyForNewMaterialsOrSaysWhy_T4(TestDatabase.Kind kind) {
        Stack s = stack(kind);
        tick(s, 103, 1, Set.of("ID-CARD"), Set.of());
        s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 103, "C-103", 1, 1, null, null));
        tick(s, 103, 2, Set.of("ID-CARD"), Set.of("PROXY"));
        NoticeRefused again = assertThrows(NoticeRefused.class,
                () -> s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 103, "C-103", 2, 1, null, null)));
        assertEquals(NoticeRefused.Reason.ASKED_BEFORE, again.reason());
        assertEquals(1, s.noticeRows());
        OneTimeNotice second = s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 103, "C-103", 2, 1, "上次带来的执照副本已过期", null));
        assertEquals("上次带来的执照副本已过期", second.reason());
        assertEquals(2, s.notices().notices(s.hall().id(), 103).size());
        assertTrue(s.conduct().proposals.isEmpty(), "a later visit's notice is no violation");
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void badNoticesAreRefusedNamingTheProblemAndStoreNothing_T4_C3(TestDatabase.Kind kind) {
        Stack s = stack(kind);
        NoticeRefused unchecked = assertThrows(NoticeRefused.class,
                () -> s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 104, "C-104", 1, 1, null, null)));
        assertEquals(NoticeRefused.Reason.NOT_CHECKED, unchecked.reason());
        tick(s, 104, 1, Set.of("ID-CARD", "LICENCE"), Set.of());
        NoticeRefused nothing = assertThrows(NoticeRefused.class,
                () -> s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 104, "C-104", 1, 1, null, null)));
        assertEquals(NoticeRefused.Reason.NOTHING_MISSING, nothing.reason());
        assertEquals("Nothing is missing for case C-104, visit 1: a one-time notice lists missing materials, so none is issued.",
                nothing.message(Locale.ENGLISH));
        tick(s, 105, 1, Set.of("ID-CARD"), Set.of());
        NoticeRefused rude = assertThrows(NoticeRefused.class,
                () -> s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 105, "C-105", 1, 1, null, "回去补齐再来")));
        assertEquals(NoticeRefused.Reason.FORBIDDEN_PHRASES, rude.reason());
        assertEquals(List.of("回去补齐再来"), rude.items());
        assertEquals(1, s.conduct().refusedTexts.size(), "the refusal is recorded with conduct (C3)");
        ValidationException noNumber = assertThrows(ValidationException.class,
                () -> s.notices().issue(s.staff(), new NoticeDraft(s.hall().id(), 105, " ", 0, 1, null, null)));
        assertEquals(Set.of("caseNumber", "visit"), noNumber.byField().keySet());
        ValidationException unknown = assertThrows(ValidationException.class, () -> tick(s, 105, 1, Set.of("PASSPORT"), Set.of()));
        assertTrue(unknown.byField().get("brought").contains("PASSPORT"));
        assertEquals(0, s.noticeRows());
        assertEquals(2, s.fx().count("sh_casework_materials_check WHERE site_id = " + s.hall().id()));
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void adminsAdjustTheShippedChecklistPerSite_T4(TestDatabase.Kind kind) {
        Stack s = stack(kind);
        long site = s.hall().id();
        assertEquals(List.of("ID-CARD", "LICENCE", "PROXY"), codes(s.checklists().checklist(site, "GENERAL")));
        s.checklists().hideItem(HallFixture.ADMIN, site, "GENERAL", "PROXY");
        ChecklistItem own = ChecklistItem.required("GENERAL", "SEAL", Wording.of("单位公章")).withOrder(40);
        s.checklists().setSiteItem(HallFixture.ADMIN, site, own);
        ChecklistItem reworded = s.checklists().checklist(site, "GENERAL").get(1).withForm(Wording.of("原件"), Wording.NONE, Wording.NONE);
        s.checklists().setSiteItem(HallFixture.ADMIN, site, reworded);
        List<ChecklistItem> adjusted = s.checklists().checklist(site, "GENERAL");
        assertEquals(List.of("ID-CARD", "LICENCE", "SEAL"), codes(adjusted));
        assertEquals("原件", adjusted.get(1).form().zh());
        assertEquals(List.of("ID-CARD", "LICENCE", "PROXY"), codes(s.checklists().checklist(s.fx().newSite("NU").create().id(), "GENERAL")),
                "another site keeps the shipped checklist");
        s.checklists().resetItem(HallFixture.ADMIN, site, "GENERAL", "PROXY");
        s.checklists().hideItem(HallFixture.ADMIN, site, "GENERAL", "SEAL");
        assertEquals(List.of("ID-CARD", "LICENCE", "PROXY"), codes(s.checklists().checklist(site, "GENERAL")));
        assertThrows(AccessDenied.class, () -> s.checklists().hideItem(s.staff(), site, "GENERAL", "PROXY"));
        ValidationException bad = assertThrows(ValidationException.class, () -> s.checklists().setSiteItem(HallFixture.ADMIN, site,
                ChecklistItem.required("GENERAL", "bad code", Wording.NONE).withCondition(Wording.NONE)));
        assertEquals(Set.of("code", "name", "condition"), bad.byField().keySet());
    }

    private static List<String> codes(List<ChecklistItem> items) {
        return items.stream().map(ChecklistItem::code).toList();
    }
}
