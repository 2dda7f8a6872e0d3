package org.servicehall.admincenter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.HallFixtures;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Masking;
import org.servicehall.security.PersonalData;
import org.servicehall.testing.TestDatabase;

/**
 * AC3 on H2 and PostgreSQL: the centre's own tables (flyway_history_admincenter) — online
 * pre-applications with their attachments, the staff's one answer (a one-time notice of every missing
 * material, or an invitation to book), a site's wording of a service guide; bad input stores nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentrePersistenceTest {
    private static final long MB = 1024L * 1024L;
    private final HallFixtures fixtures = new HallFixtures(CentreTables.MODULE);

    @AfterAll
    void closeAll() {
        fixtures.close();
    }

    private record Setup(HallFixture fx, TestSite hall, CentreStore store, PreApplicationsImpl preapps, Actor staff) {
    }

    private Setup setup(TestDatabase.Kind kind) {
        HallFixture fx = fixtures.get(kind);
        fx.clock().set(LocalDateTime.of(2026, 12, 2, 9, 0));
        TestSite hall = fx.newSite("AC").create();
        CentreDirectory directory = CentreDirectory.shipped(getClass().getClassLoader(), List.of());
        CentreStore store = new CentreStore(CentreTables.on(fx.dataSource()), fx.audit());
        PreApplicationsImpl preapps = new PreApplicationsImpl(store, () -> directory, new ShippedChecklists(), fx.sites(), fx.clock(), 10 * MB);
        return new Setup(fx, hall, store, preapps, hall.staff(1).actor());
    }

    private long preapps(Setup s) {
        return s.fx().count("sh_admincenter_preapp WHERE site_id = " + s.hall().id());
    }

    private long files(Setup s) {
        return s.fx().count("sh_admincenter_preapp_file f JOIN sh_admincenter_preapp p ON p.id = f.preapp_id WHERE p.site_id = " + s.hall().id());
    }

    private static InputStream bytes(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    private static PreApplicationDraft draft(String item) {
        return new PreApplicationDraft(item, "张三", "13812345678", "想下周来办理");
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void aPreApplicationAnsweredWithOneNoticeOfEveryMissingMaterial_AC3(TestDatabase.Kind kind) {
        Setup s = setup(kind);
        PreApplication p = s.preapps().submit(s.hall().id(), draft("AC-ENT-SETUP"));
        assertEquals(PreApplication.Status.SUBMITTED, p.status());
        assertEquals(30, p.token().length());
        PreApplicationFile form = s.preapps().attach(p.token(), "FORM", "申请书.pdf", "application/pdf", -1, bytes(AttachmentsTest.PDF));
        assertEquals("application/pdf", form.contentType());
        assertEquals(64, form.sha256().length());
        s.preapps().attach(p.token(), "ARTICLES", "章程.png", "image/png", AttachmentsTest.PNG.length, bytes(AttachmentsTest.PNG));
        assertTrue(Arrays.equals(AttachmentsTest.PDF, s.preapps().content(s.staff(), p.id(), form.id())));

        assertEquals(List.of("REP-ID", "PREMISES"), s.preapps().missing(p, Set.of("FORM", "ARTICLES")).stream().map(ChecklistItem::code).toList());
        Conflict notComplete = assertThrows(Conflict.class, () -> s.preapps().invite(s.staff(), p.id(), Set.of("FORM", "ARTICLES"), null));
        assertTrue(notComplete.message(Locale.SIMPLIFIED_CHINESE).contains("法定代表人、股东身份证明"), notComplete.message(Locale.SIMPLIFIED_CHINESE));
        PreApplication answered = s.preapps().answerWithNotice(s.staff(), p.id(), Set.of("FORM", "ARTICLES"), "请带原件");
        assertEquals(PreApplication.Status.NOTICE, answered.status());
        assertEquals(List.of("REP-ID", "PREMISES"), answered.missingCodes());
        assertEquals(s.staff().username(), answered.answeredBy());
        // one answer only: a second notice is refused, so is a later file
        assertThrows(Conflict.class, () -> s.preapps().answerWithNotice(s.staff(), p.id(), Set.of(), null));
        assertThrows(Conflict.class, () -> s.preapps().attach(p.token(), "REP-ID", "id.pdf", "application/pdf", -1, bytes(AttachmentsTest.PDF)));
        assertEquals(PreApplication.Status.NOTICE, s.preapps().byToken(p.token()).status());
        assertEquals(2, files(s));
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void aCompletePreApplicationIsInvitedToBook_AC3(TestDatabase.Kind kind) {
        Setup s = setup(kind);
        PreApplication p = s.preapps().submit(s.hall().id(), draft("AC-PENSION-CERT"));
        assertThrows(Conflict.class, () -> s.preapps().answerWithNotice(s.staff(), p.id(), Set.of("ID"), null));
        PreApplication invited = s.preapps().invite(s.staff(), p.id(), Set.of("ID"), null);
        assertEquals(PreApplication.Status.INVITED, invited.status());
        assertNull(invited.missing());
        assertThrows(AccessDenied.class, () -> s.preapps().list(new Actor("citizen", null, Set.of()), s.hall().id(), null));
        assertEquals(List.of(p.id()), s.preapps().list(s.staff(), s.hall().id(), PreApplication.Status.INVITED).stream().map(PreApplication::id).toList());
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void badPreApplicationsAndFilesAreRefusedNamingWhyAndNothingIsStored_AC3(TestDatabase.Kind kind) {
        Setup s = setup(kind);
        ValidationException notOffered = assertThrows(ValidationException.class, () -> s.preapps().submit(s.hall().id(),
                new PreApplicationDraft("TX-REG-SETUP", " ", "12345", null)));
        assertEquals(Set.of("serviceCode", "applicantName", "applicantPhone"), notOffered.byField().keySet());
        assertTrue(notOffered.byField(Locale.ENGLISH).get("serviceCode").contains("TX-REG-SETUP"));
        assertEquals(0, preapps(s));

        PreApplication p = s.preapps().submit(s.hall().id(), draft("AC-ENT-SETUP"));
        // 50 MB announced: refused before a byte is read
        ValidationException announced = assertThrows(ValidationException.class,
                () -> s.preapps().attach(p.token(), "FORM", "big.pdf", "application/pdf", 50 * MB, InputStream.nullInputStream()));
        assertTrue(announced.byField(Locale.ENGLISH).get("file").contains("50.0 MB"), announced.byField(Locale.ENGLISH).toString());
        // 50 MB not announced: refused while reading, naming its size
        byte[] big = new byte[(int) (50 * MB)];
        System.arraycopy(AttachmentsTest.PDF, 0, big, 0, AttachmentsTest.PDF.length);
        ValidationException streamed = assertThrows(ValidationException.class,
                () -> s.preapps().attach(p.token(), "FORM", "big.pdf", "application/pdf", -1, bytes(big)));
        assertTrue(streamed.byField(Locale.ENGLISH).get("file").contains("is 50.0 MB; the largest file taken is 10.0 MB"));
        // a forged type: a PNG sent as a PDF
        ValidationException forged = assertThrows(ValidationException.class,
                () -> s.preapps().attach(p.token(), "FORM", "form.pdf", "application/pdf", -1, bytes(AttachmentsTest.PNG)));
        assertTrue(forged.byField(Locale.ENGLISH).get("file").contains("forged"));
        assertThrows(ValidationException.class, () -> s.preapps().attach(p.token(), "FORM", "setup.pdf", "application/pdf", -1, bytes(AttachmentsTest.EXE)));
        ValidationException material = assertThrows(ValidationException.class,
                () -> s.preapps().attach(p.token(), "PASSPORT", "a.pdf", "application/pdf", -1, bytes(AttachmentsTest.PDF)));
        assertTrue(material.byField(Locale.ENGLISH).get("material").contains("PASSPORT is not a material of AC-ENT-SETUP"));
        assertThrows(NotFound.class, () -> s.preapps().attach("no-such-token", "FORM", "a.pdf", "application/pdf", -1, bytes(AttachmentsTest.PDF)));
        assertEquals(0, files(s));
        assertEquals(1, preapps(s));
    }

    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void aSiteRewordsAGuideFieldAndGoesBack_AC3(TestDatabase.Kind kind) {
        Setup s = setup(kind);
        long site = s.hall().id();
        s.store().setGuideText(HallFixture.ADMIN, site, "AC-ENT-SETUP", GuideField.HOURS, new GuideText("工作日 8:30-17:30", null), s.fx().clock().instant());
        s.store().setGuideText(HallFixture.ADMIN, site, "AC-ENT-SETUP", GuideField.HOURS, new GuideText("工作日 8:30-18:00", "Working days 8:30-18:00"),
                s.fx().clock().instant());
        assertEquals(new GuideText("工作日 8:30-18:00", "Working days 8:30-18:00"), s.store().guideTexts(site, "AC-ENT-SETUP").get(GuideField.HOURS));
        assertTrue(s.store().guideTexts(site + 1000, "AC-ENT-SETUP").isEmpty(), "another site keeps the shipped text");
        s.store().resetGuideText(HallFixture.ADMIN, site, "AC-ENT-SETUP", GuideField.HOURS);
        assertTrue(s.store().guideTexts(site, "AC-ENT-SETUP").isEmpty());
        assertEquals(1, s.fx().count("\"flyway_history_admincenter\" WHERE \"success\" = TRUE AND \"version\" = '1'"));
    }

    /**
     * S3 (issue 16): retention and requests on a pre-application's personal data — an answered one's
     * name, phone, note and uploaded files are dropped once the period lapsed, or on request; one still
     * waiting for its pre-check keeps them, named; the pre-application, its status and its answer stay.
     */
    @ParameterizedTest
    @MethodSource("org.servicehall.testing.TestDatabase#kinds")
    void aPreApplicationsPersonalDataIsDroppedAfterItsAnswerAndKeptWhileItWaits_S3(TestDatabase.Kind kind) {
        Setup s = setup(kind);
        PersonalData data = new PreApplicationPersonalData(s.fx().dataSource(), s.fx().audit(), s.fx().sites());
        String phone = "139" + (10_000_000 + s.hall().id());
        PreApplication answered = s.preapps().submit(s.hall().id(), new PreApplicationDraft("AC-ENT-SETUP", "张三", phone, "张三 电话 " + phone));
        s.preapps().attach(answered.token(), "FORM", "张三申请书.pdf", "application/pdf", -1, bytes(AttachmentsTest.PDF));
        s.preapps().answerWithNotice(s.staff(), answered.id(), Set.of("FORM"), "请带原件");
        PreApplication waiting = s.preapps().submit(s.hall().id(), new PreApplicationDraft("AC-ENT-SETUP", "张三", phone, null));

        List<String> export = data.export(phone);
        assertEquals(2, export.size(), export.toString());
        assertTrue(export.get(0).contains("张三") && export.get(0).contains("张三申请书.pdf"), export.get(0));

        // the period has not lapsed for an answer given now
        assertEquals(0, data.anonymise(Actor.SYSTEM, java.time.Instant.parse("2020-01-01T00:00:00Z"), java.util.Map.of()));
        assertTrue(data.anonymise(Actor.SYSTEM, java.time.Instant.parse("2099-01-01T00:00:00Z"), java.util.Map.of()) >= 1,
                "this one and those the other tests answered");
        PreApplication after = s.store().byId(answered.id()).orElseThrow();
        assertEquals("", after.applicantName());
        assertEquals("", after.applicantPhone());
        assertEquals("张* 电话 " + Masking.phone(phone), after.note(), "the note no longer names them");
        assertEquals(PreApplication.Status.NOTICE, after.status(), "the answer stays");
        assertEquals(0, s.fx().count("sh_admincenter_preapp_file WHERE preapp_id = " + answered.id() + " AND (file_name <> material_code"
                + " OR octet_length(data) > 0)"), "the files' contents and names are dropped");
        assertEquals(1, s.fx().count("sh_admincenter_preapp_file WHERE preapp_id = " + answered.id()), "the file's record stays");

        PersonalData.Erasure erasure = data.erase(Actor.SYSTEM, phone);
        assertEquals(0, erasure.erased());
        assertEquals(1, erasure.kept().size(), "the waiting one is kept, named: " + erasure.kept());
        assertTrue(erasure.kept().get(0).contains("still waits"), erasure.kept().get(0));
        assertEquals("张三", s.store().byId(waiting.id()).orElseThrow().applicantName());
        assertEquals(1, s.fx().count("sh_audit_log WHERE action = 'anonymise' AND entity_type = 'admincenter-preapp' AND entity_id = '"
                + answered.id() + "'"), "audited");
    }
}
