package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;


import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.DisputeStatus;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.SanctionLevel;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationFinding;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.security.internal.SecurityService;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.StaffDraft;
import org.servicehall.site.WindowDraft;
import org.servicehall.site.internal.ServiceCatalogueImpl;
import org.servicehall.site.internal.SiteServiceImpl;
import org.servicehall.testing.TestDatabase;

import jakarta.persistence.EntityManagerFactory;

/**
 * Discipline (C4-C8) on the real schema (H2, and PostgreSQL when reachable) with the real security
 * service as audit log and the real site service. The database of a kind is made once for the
 * class; every test works on a site of its own with windows 1-3, staff members {@code <site>-01}
 * and {@code <site>-02} and a supervisor {@code <site>-SV} who is also staff. The clock starts on
 * Monday 2026-11-30 09:00 (Shanghai).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisciplinePersistenceTest {
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private static final Actor DESK = new Actor("wang.fang", "王芳 (监察台)", EnumSet.of(Role.SUPERVISOR));

    /** One database of a kind with its services. */
    private static final class Fixture {
        final TestDatabase db;
        final JdbcConnectionPool pool;
        final EntityManagerFactory securityEmf;
        final EntityManagerFactory siteEmf;
        final SecurityService security;
        final SiteServiceImpl sites;
        final MutableClock clock = new MutableClock(MutableClock.MONDAY_NINE);

        Fixture(TestDatabase.Kind kind) {
            db = TestDatabase.create(kind);
            pool = db.pool(10);
            ClassLoader loader = getClass().getClassLoader();
            SchemaMigrations.migrate(pool, loader, "security");
            SchemaMigrations.migrate(pool, loader, "site");
            SchemaMigrations.migrate(pool, loader, "conduct");
            securityEmf = PersistenceUnits.create("security", loader, pool);
            siteEmf = PersistenceUnits.create("site", loader, pool);
            security = new SecurityService(securityEmf, clock, 1_000);
            sites = SiteServiceImpl.onUnit(siteEmf, new ServiceCatalogueImpl(), security, security);
        }

        DatabaseKind kind() {
            return db.kind() == TestDatabase.Kind.H2 ? DatabaseKind.H2 : DatabaseKind.POSTGRESQL;
        }

        void close() {
            siteEmf.close();
            securityEmf.close();
            pool.dispose();
            db.close();
        }
    }

    private final Map<TestDatabase.Kind, Fixture> fixtures = new EnumMap<>(TestDatabase.Kind.class);
    private final List<Map.Entry<String, Map<String, Object>>> events = new CopyOnWriteArrayList<>();
    private int siteCount;
    private Fixture fx;
    private Site site;
    private Discipline discipline;
    private String s1;
    private String s2;
    private String sv;
    private Actor staff1;
    private Actor staff2;
    private Actor supervisingStaff;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    @AfterAll
    void closeAll() {
        fixtures.values().forEach(Fixture::close);
    }

    private Discipline start(TestDatabase.Kind kind) {
        fx = fixtures.computeIfAbsent(kind, Fixture::new);
        fx.clock.set(MutableClock.MONDAY_NINE);
        String code = "D" + kind.ordinal() + "-" + (++siteCount);
        site = fx.sites.createSite(ADMIN, new SiteDraft(code, "政务服务中心", "1 Example Road", LocalTime.of(9, 0), LocalTime.of(17, 0)));
        for (int w = 1; w <= 3; w++) {
            fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(w, w + "号窗口", Set.of()));
        }
        s1 = code + "-01";
        s2 = code + "-02";
        sv = code + "-SV";
        fx.sites.createStaff(ADMIN, site.id(), new StaffDraft(s1, "李娜", Set.of(Role.STAFF), true), "password-123");
        fx.sites.createStaff(ADMIN, site.id(), new StaffDraft(s2, "张伟", Set.of(Role.STAFF), true), "password-123");
        fx.sites.createStaff(ADMIN, site.id(), new StaffDraft(sv, "赵强", Set.of(Role.SUPERVISOR), true), "password-123");
        staff1 = new Actor(s1.toLowerCase(), "李娜", EnumSet.of(Role.STAFF));
        staff2 = new Actor(s2.toLowerCase(), "张伟", EnumSet.of(Role.STAFF));
        supervisingStaff = new Actor(sv.toLowerCase(), "赵强", EnumSet.of(Role.SUPERVISOR));
        events.clear();
        discipline = new Discipline(new DisciplineStore(fx.pool, fx.kind()), fx.sites, fx.security, fx.clock,
                (topic, props) -> events.add(Map.entry(topic, props)), (siteId, rule) -> !rule.startsWith("UNKNOWN"));
        return discipline;
    }

    private long count(String table) {
        return ((Number) fx.db.query("SELECT COUNT(*) FROM " + table + " WHERE site_id = " + site.id()).get(0)[0]).longValue();
    }

    private long audits(String entityType) {
        return ((Number) fx.db.query("SELECT COUNT(*) FROM sh_audit_log WHERE entity_type = '" + entityType + "'").get(0)[0])
                .longValue();
    }

    private List<String> topics() {
        return events.stream().map(Map.Entry::getKey).toList();
    }

    /** Runs a failing action and checks that it left the given tables and the audit log as they were. */
    private <T extends Throwable> T unchanged(Class<T> expected, Executable action, String... tables) {
        List<Long> before = new ArrayList<>();
        for (String t : tables) {
            before.add(count(t));
        }
        long audit = ((Number) fx.db.query("SELECT COUNT(*) FROM sh_audit_log").get(0)[0]).longValue();
        int eventCount = events.size();
        T e = assertThrows(expected, action);
        for (int i = 0; i < tables.length; i++) {
            assertEquals(before.get(i), count(tables[i]), tables[i] + " changed by a failed action: " + e.getMessage());
        }
        assertEquals(audit, ((Number) fx.db.query("SELECT COUNT(*) FROM sh_audit_log").get(0)[0]).longValue(), "audit log");
        assertEquals(eventCount, events.size(), "events");
        return e;
    }

    private InspectionDraft check(int window, String staff, ViolationFinding... findings) {
        return new InspectionDraft(window, staff, null, "巡查", List.of(findings), null, null);
    }

    // ---- C4

    @ParameterizedTest
    @MethodSource("kinds")
    void cleanAndFindingInspectionsWithPhotoEvidence_C4(TestDatabase.Kind kind) {
        start(kind);
        Inspection clean = discipline.recordInspection(DESK, site.id(), check(1, s1));
        assertTrue(clean.clean());
        Inspection found = discipline.recordInspection(DESK, site.id(), new InspectionDraft(2, s2, null, "午间巡查",
                List.of(new ViolationFinding("APPEARANCE-4", "穿拖鞋"), new ViolationFinding("PROHIBITED-1", "在窗口吃零食")),
                DisciplineRulesTest.PNG, null));
        assertEquals(2, found.violations().size());
        assertTrue(found.violations().stream().allMatch(v -> v.status() == ViolationStatus.CONFIRMED
                && v.source() == ViolationSource.INSPECTION && v.staffNumber().equals(s2) && v.windowNumber() == 2));
        assertEquals("image/png", found.photoType());
        assertArrayEquals(DisciplineRulesTest.PNG, discipline.inspectionPhoto(found.id()).orElseThrow());
        assertTrue(discipline.inspectionPhoto(clean.id()).isEmpty());
        assertEquals(List.of(found.id(), clean.id()), discipline.inspections(site.id(), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 30)).stream().map(Inspection::id).toList());
        assertEquals(1, fx.security.history(Discipline.INSPECTION, found.id()).size(), "audited");
        assertTrue(topics().contains(DisciplineEvents.INSPECTION_RECORDED));
        assertEquals(2, topics().stream().filter(DisciplineEvents.VIOLATION_RECORDED::equals).count());
        // two confirmed violations: the first step of the ladder is proposed, once
        List<Sanction> sanctions = discipline.sanctions(site.id());
        assertEquals(1, sanctions.size());
        assertEquals(SanctionLevel.WARNING, sanctions.get(0).level());
        assertEquals(2, sanctions.get(0).violationCount());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badInspectionsLeaveNothingBehind_C4(TestDatabase.Kind kind) {
        start(kind);
        String[] tables = { "sh_inspection", "sh_violation", "sh_sanction" };
        InspectionDraft gif = new InspectionDraft(1, s1, null, null, List.of(new ViolationFinding("APPEARANCE-4", null)),
                "GIF89a....".getBytes(java.nio.charset.StandardCharsets.US_ASCII), null);
        assertEquals(Set.of("photo"), unchanged(ValidationException.class, () -> discipline.recordInspection(DESK, site.id(), gif),
                tables).byField().keySet());
        assertEquals(Set.of("findings[0].ruleCode"), unchanged(ValidationException.class, () -> discipline.recordInspection(DESK,
                site.id(), check(1, s1, new ViolationFinding("UNKNOWN-9", null))), tables).byField().keySet());
        assertTrue(unchanged(NotFound.class, () -> discipline.recordInspection(DESK, site.id(), check(9, s1)), tables).getMessage()
                .contains("9"));
        assertTrue(unchanged(NotFound.class, () -> discipline.recordInspection(DESK, site.id(), check(1, "NOBODY")), tables)
                .getMessage().contains("NOBODY"));
        unchanged(AccessDenied.class, () -> discipline.recordInspection(staff1, site.id(), check(1, s2)), tables);
        unchanged(NotFound.class, () -> discipline.recordInspection(DESK, site.id(), new InspectionDraft(1, s1, null, null, List.of(),
                null, 999_999L)), tables);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void automaticCandidatesAreDecidedOnlyBySupervisors_C4(TestDatabase.Kind kind) {
        start(kind);
        Violation v = discipline.proposeViolation(Actor.SYSTEM, site.id(), s1, "BEHAVIOUR-3", ViolationSource.COMPLAINT,
                "citizen says nobody greeted them");
        assertEquals(ViolationStatus.CANDIDATE, v.status());
        assertEquals(List.of(), discipline.sanctions(site.id()), "a candidate does not count");
        String[] tables = { "sh_violation", "sh_sanction" };
        unchanged(AccessDenied.class, () -> discipline.confirmViolation(staff2, v.id(), null), tables);
        assertEquals(Set.of("reason"), unchanged(ValidationException.class, () -> discipline.dismissViolation(DESK, v.id(), " "),
                tables).byField().keySet());
        unchanged(NotFound.class, () -> discipline.confirmViolation(DESK, 999_999L, null), tables);
        Violation dismissed = discipline.dismissViolation(DESK, v.id(), "the citizen came to the wrong window");
        assertEquals(ViolationStatus.DISMISSED, dismissed.status());
        assertEquals(DESK.username(), dismissed.decidedBy());
        Conflict c = unchanged(Conflict.class, () -> discipline.confirmViolation(DESK, v.id(), null), tables);
        assertTrue(c.getMessage().contains("DISMISSED"), c.getMessage());
        assertEquals(ViolationStatus.DISMISSED, discipline.violationsOf(site.id(), s1).get(0).status());
        assertEquals(2, fx.security.history(Discipline.VIOLATION, v.id()).size());
        unchanged(ValidationException.class, () -> discipline.proposeViolation(Actor.SYSTEM, site.id(), s1, "BEHAVIOUR-3",
                ViolationSource.INSPECTION, null), tables);
        unchanged(NotFound.class, () -> discipline.proposeViolation(Actor.SYSTEM, site.id(), "NOBODY", "BEHAVIOUR-3",
                ViolationSource.COMPLAINT, null), tables);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aLeaveOverrunBecomesACandidate_C4(TestDatabase.Kind kind) {
        start(kind);
        Violation v = new LeaveOverrunCandidates(discipline).accept(Map.of("site", site.id(), "staffNumber", s1, "window", 2,
                "minutes", 35L, "allowedMinutes", 15L, "reason", "取资料"));
        assertEquals(ViolationStatus.CANDIDATE, v.status());
        assertEquals(ViolationSource.ATTENDANCE, v.source());
        assertEquals(LeaveOverrunCandidates.RULE_CODE, v.ruleCode());
        assertEquals(2, v.windowNumber());
        assertTrue(v.note().contains("35") && v.note().contains("15") && v.note().contains("取资料"), v.note());
        assertEquals(List.of(v), discipline.violations(site.id(), ViolationStatus.CANDIDATE));
        assertThrows(org.servicehall.common.HallException.class,
                () -> new LeaveOverrunCandidates(discipline).accept(Map.of("staffNumber", s1)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aStoredPlanIsReproducibleAndItsSlotsAreCarriedOutOnce_C4(TestDatabase.Kind kind) {
        start(kind);
        // 2026-W49 with Wednesday 2 December a holiday
        fx.sites.setCalendarDay(ADMIN, site.id(), new CalendarDay(LocalDate.of(2026, 12, 2), CalendarDay.Kind.HOLIDAY, "test"));
        List<InspectionSlot> plan = discipline.planInspections(DESK, site.id(), "2026-W49", 8, 2026L);
        assertEquals(8, plan.size());
        for (InspectionSlot s : plan) {
            assertFalse(s.at().toLocalDate().equals(LocalDate.of(2026, 12, 2)), "holiday: " + s);
            assertTrue(s.at().toLocalTime().isBefore(LocalTime.of(17, 0)) && !s.at().toLocalTime().isBefore(LocalTime.of(9, 0)));
        }
        assertEquals(plan, discipline.inspectionPlan(site.id(), "2026-W49"));
        List<LocalDateTime> times = plan.stream().map(InspectionSlot::at).toList();
        InspectionSlot first = plan.get(0);
        discipline.recordInspection(DESK, site.id(), new InspectionDraft(first.windowNumber(), s1, null, null, List.of(), null,
                first.id()));
        unchanged(Conflict.class, () -> discipline.recordInspection(DESK, site.id(), new InspectionDraft(1, s1, null, null, List.of(),
                null, first.id())), "sh_inspection");
        // planning again with the same seed: the carried-out slot stays, the open ones are drawn again, the same
        List<InspectionSlot> again = discipline.planInspections(DESK, site.id(), "2026-W49", 8, 2026L);
        assertEquals(9, again.size());
        assertEquals(1, again.stream().filter(InspectionSlot::done).count());
        assertEquals(times, again.stream().filter(s -> !s.done()).map(InspectionSlot::at).toList());
        unchanged(AccessDenied.class, () -> discipline.planInspections(staff1, site.id(), "2026-W49", 3, 1L), "sh_inspection_slot");
        unchanged(ValidationException.class, () -> discipline.planInspections(DESK, site.id(), "W49", 3, 1L), "sh_inspection_slot");
    }

    // ---- C5

    @ParameterizedTest
    @MethodSource("kinds")
    void confirmedViolationsClimbTheLadderOneStepAtATime_C5(TestDatabase.Kind kind) {
        start(kind);
        List<SanctionLevel> proposedAfter = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Violation v = discipline.proposeViolation(Actor.SYSTEM, site.id(), s1, "PROHIBITED-3", ViolationSource.ATTENDANCE, null);
            discipline.confirmViolation(DESK, v.id(), null);
            List<Sanction> all = discipline.sanctions(site.id());
            proposedAfter.add(all.size() == 0 ? null : all.get(0).level());
            fx.clock.advance(java.time.Duration.ofDays(1));
        }
        assertEquals(java.util.Arrays.asList(SanctionLevel.WARNING, SanctionLevel.WARNING, SanctionLevel.DEMERIT, SanctionLevel.DEMERIT,
                SanctionLevel.DEMOTION), proposedAfter);
        assertEquals(3, discipline.sanctions(site.id()).size());
        assertEquals(3, topics().stream().filter(DisciplineEvents.SANCTION_PROPOSED::equals).count());
        assertEquals(List.of(), discipline.violationsOf(site.id(), s2), "nothing for the colleague");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void violationsOlderThanTheWindowDoNotCountAndNoStepRepeats_C5(TestDatabase.Kind kind) {
        start(kind);
        discipline.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        assertEquals(SanctionLevel.WARNING, discipline.sanctions(site.id()).get(0).level());
        fx.clock.set(MutableClock.MONDAY_NINE.plusMonths(13));
        // the old violation has aged out: the count is 1 again, and a second warning is never proposed
        discipline.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        discipline.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-2", null)));
        assertEquals(1, discipline.sanctions(site.id()).size(), "2 in the window: no new step");
        discipline.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-3", null)));
        assertEquals(List.of(SanctionLevel.DEMERIT, SanctionLevel.WARNING),
                discipline.sanctions(site.id()).stream().map(Sanction::level).toList());
        assertEquals(3, discipline.sanctions(site.id()).get(0).violationCount());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sanctionsAreConfirmedOrRejectedOnceBySupervisors_C5(TestDatabase.Kind kind) {
        start(kind);
        discipline.recordInspection(DESK, site.id(), check(3, s2, new ViolationFinding("INTEGRITY-6", "收受购物卡")));
        Sanction warning = discipline.sanctions(site.id()).get(0);
        unchanged(AccessDenied.class, () -> discipline.decideSanction(staff1, warning.id(), true, null), "sh_sanction");
        assertEquals(Set.of("note"), unchanged(ValidationException.class, () -> discipline.decideSanction(DESK, warning.id(), false,
                ""), "sh_sanction").byField().keySet());
        Sanction confirmed = discipline.decideSanction(DESK, warning.id(), true, "通报批评");
        assertEquals(DisciplineStatus.CONFIRMED, confirmed.status());
        assertTrue(unchanged(Conflict.class, () -> discipline.decideSanction(DESK, warning.id(), false, "no"), "sh_sanction")
                .getMessage().contains("CONFIRMED"));
        assertEquals(2, fx.security.history(Discipline.SANCTION, warning.id()).size());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void siteThresholdsAreValidatedAndUsed_C5(TestDatabase.Kind kind) {
        start(kind);
        assertEquals(DisciplineThresholds.DEFAULTS, discipline.thresholds(site.id()));
        ValidationException e = assertThrows(ValidationException.class, () -> discipline.setThresholds(DESK, site.id(),
                new DisciplineThresholds(2, 2, 6, 10, 12, 3)));
        assertEquals(Set.of("demeritAt"), e.byField().keySet());
        assertEquals(DisciplineThresholds.DEFAULTS, discipline.thresholds(site.id()));
        assertThrows(AccessDenied.class, () -> discipline.setThresholds(staff1, site.id(), DisciplineThresholds.DEFAULTS));
        DisciplineThresholds strict = new DisciplineThresholds(2, 4, 6, 10, 12, 3);
        discipline.setThresholds(DESK, site.id(), strict);
        assertEquals(strict, discipline.thresholds(site.id()));
        discipline.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        assertEquals(List.of(), discipline.sanctions(site.id()), "1 < 2");
        discipline.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        assertEquals(SanctionLevel.WARNING, discipline.sanctions(site.id()).get(0).level());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void commendationsAfterThreeFullMonthsWithoutConfirmedViolation_C5(TestDatabase.Kind kind) {
        start(kind);
        // a confirmed violation of s1 in October; s2 and the supervisor clean; a dismissed candidate of s2 does not count
        fx.clock.set(LocalDateTime.of(2026, 10, 15, 10, 0));
        discipline.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        Violation c = discipline.proposeViolation(Actor.SYSTEM, site.id(), s2, "BEHAVIOUR-1", ViolationSource.COMPLAINT, null);
        discipline.dismissViolation(DESK, c.id(), "unfounded");
        fx.clock.set(LocalDateTime.of(2027, 1, 5, 10, 0)); // last full months: October-December 2026
        unchanged(AccessDenied.class, () -> discipline.reviewCommendations(staff1, site.id()), "sh_commendation");
        List<Commendation> made = discipline.reviewCommendations(DESK, site.id());
        assertEquals(Set.of(s2, sv), made.stream().map(Commendation::staffNumber).collect(java.util.stream.Collectors.toSet()));
        assertEquals(java.time.YearMonth.of(2026, 10), made.get(0).firstMonth());
        assertEquals(java.time.YearMonth.of(2026, 12), made.get(0).lastMonth());
        assertEquals(List.of(), discipline.reviewCommendations(DESK, site.id()), "nothing twice");
        fx.clock.set(LocalDateTime.of(2027, 2, 1, 10, 0)); // November-January: overlaps the earlier ones; s1 has October behind them
        assertEquals(List.of(s1), discipline.reviewCommendations(DESK, site.id()).stream().map(Commendation::staffNumber).toList());
        Commendation toReject = made.get(0);
        assertEquals(DisciplineStatus.REJECTED, discipline.decideCommendation(DESK, toReject.id(), false, "考核不合格").status());
        assertThrows(Conflict.class, () -> discipline.decideCommendation(DESK, toReject.id(), true, null));
    }

    // ---- C6

    @ParameterizedTest
    @MethodSource("kinds")
    void giftsAreDeclaredByStaffAndReviewedBySupervisors_C6(TestDatabase.Kind kind) {
        start(kind);
        GiftDeclaration tea = discipline.declareGift(staff1, site.id(), new GiftDeclarationDraft(s1, "茶叶一盒",
                new BigDecimal("200.00"), "办事企业代表", LocalDate.of(2026, 11, 27), "放下即走，无法当场退还", "办公室 王主任"));
        assertEquals(GiftStatus.DECLARED, tea.status());
        discipline.declareGift(DESK, site.id(), new GiftDeclarationDraft(s2, "锦旗", BigDecimal.ZERO, "群众", LocalDate.of(2026, 11, 30),
                "感谢", "监察台"));
        unchanged(AccessDenied.class, () -> discipline.declareGift(staff1, site.id(), new GiftDeclarationDraft(s2, "x",
                BigDecimal.ONE, "y", LocalDate.of(2026, 11, 30), "z", "w")), "sh_gift");
        assertEquals(Set.of("estimatedValue", "receivedOn"), unchanged(ValidationException.class, () -> discipline.declareGift(staff1,
                site.id(), new GiftDeclarationDraft(s1, "x", null, "y", LocalDate.of(2026, 12, 31), "z", "w")), "sh_gift")
                .byField().keySet());
        assertEquals(List.of(tea.id()), discipline.gifts(staff1, site.id()).stream().map(GiftDeclaration::id).toList());
        assertEquals(2, discipline.gifts(DESK, site.id()).size());
        unchanged(AccessDenied.class, () -> discipline.reviewGift(staff1, tea.id(), GiftStatus.RETURNED, null), "sh_gift");
        GiftDeclaration kept = discipline.reviewGift(DESK, tea.id(), GiftStatus.ACCEPTED_INTO_CUSTODY, "入库登记");
        assertEquals(GiftStatus.ACCEPTED_INTO_CUSTODY, kept.status());
        assertEquals(0, new BigDecimal("200").compareTo(kept.estimatedValue()));
        assertTrue(unchanged(Conflict.class, () -> discipline.reviewGift(DESK, tea.id(), GiftStatus.RETURNED, null), "sh_gift")
                .getMessage().contains("ACCEPTED_INTO_CUSTODY"));
        assertEquals(2, fx.security.history(Discipline.GIFT, tea.id()).size());
    }

    // ---- C7

    @ParameterizedTest
    @MethodSource("kinds")
    void theFirstWindowOwnsAnEnquiryUntilHandedOverOrAnswered_C7(TestDatabase.Kind kind) {
        start(kind);
        Enquiry e = discipline.openEnquiry(staff1, site.id(), new EnquiryDraft(1, s1, "一位老年人", "如何办理社保转移？"));
        assertEquals(EnquiryStatus.OPEN, e.status());
        unchanged(AccessDenied.class, () -> discipline.openEnquiry(staff1, site.id(), new EnquiryDraft(2, s2, "x", "y")), "sh_enquiry");
        unchanged(AccessDenied.class, () -> discipline.answerEnquiry(staff2, e.id(), "去2号窗口"), "sh_enquiry");
        unchanged(AccessDenied.class, () -> discipline.handOverEnquiry(staff2, e.id(), 2, s2, "我来"), "sh_enquiry");
        unchanged(NotFound.class, () -> discipline.handOverEnquiry(staff1, e.id(), 2, "NOBODY", "转交"), "sh_enquiry");
        unchanged(NotFound.class, () -> discipline.handOverEnquiry(staff1, e.id(), 8, s2, "转交"), "sh_enquiry");
        assertEquals(0, fx.db.query("SELECT * FROM sh_enquiry_handover").stream().filter(r -> ((Number) r[1]).longValue() == e.id())
                .count());
        Enquiry moved = discipline.handOverEnquiry(staff1, e.id(), 2, s2, "社保业务在2号窗口办理");
        assertEquals(2, moved.ownerWindow());
        assertEquals(s2, moved.ownerStaff());
        assertEquals(1, moved.firstWindow());
        assertEquals(s1, moved.firstStaff());
        unchanged(AccessDenied.class, () -> discipline.answerEnquiry(staff1, e.id(), "已答复"), "sh_enquiry");
        Enquiry back = discipline.handOverEnquiry(DESK, e.id(), 3, s1, "supervisor routes it to window 3");
        assertEquals(2, back.handOvers().size());
        assertEquals(List.of(1, 2), back.handOvers().stream().map(h -> h.fromWindow()).toList());
        assertEquals(List.of(s1, s2), back.handOvers().stream().map(h -> h.fromStaff()).toList());
        Enquiry answered = discipline.answerEnquiry(staff1, e.id(), "携带身份证和转移单到3号窗口办理。");
        assertEquals(EnquiryStatus.ANSWERED, answered.status());
        assertEquals(staff1.username(), answered.answeredBy());
        unchanged(Conflict.class, () -> discipline.answerEnquiry(staff1, e.id(), "again"), "sh_enquiry");
        unchanged(Conflict.class, () -> discipline.handOverEnquiry(DESK, e.id(), 1, s2, "again"), "sh_enquiry");
        assertEquals(List.of(answered), discipline.enquiries(site.id(), EnquiryStatus.ANSWERED));
        assertEquals(List.of(), discipline.enquiries(site.id(), EnquiryStatus.OPEN));
        assertEquals(4, fx.security.history(Discipline.ENQUIRY, e.id()).size());
        assertEquals(2, topics().stream().filter(DisciplineEvents.ENQUIRY_HANDED_OVER::equals).count());
    }

    // ---- C8

    @ParameterizedTest
    @MethodSource("kinds")
    void disputesGoToTheSupervisionDeskAndAreNeverResolvedByTheStaffInvolved_C8(TestDatabase.Kind kind) {
        start(kind);
        Dispute d = discipline.escalateDispute(staff1, site.id(), new DisputeDraft(2, sv, "群众对收费有异议，情绪激动", "首席代表"));
        assertEquals(DisputeStatus.ESCALATED, d.status());
        assertEquals(staff1.username(), d.reportedBy());
        assertTrue(topics().contains(DisciplineEvents.DISPUTE_ESCALATED));
        unchanged(ValidationException.class, () -> discipline.escalateDispute(staff1, site.id(), new DisputeDraft(2, s1, "", "")),
                "sh_dispute");
        unchanged(NotFound.class, () -> discipline.escalateDispute(staff1, site.id(), new DisputeDraft(7, s1, "x", "监察台")),
                "sh_dispute");
        unchanged(AccessDenied.class, () -> discipline.resolveDispute(staff1, d.id(), "解释清楚"), "sh_dispute");
        unchanged(AccessDenied.class, () -> discipline.resolveDispute(supervisingStaff, d.id(), "我自己处理了"), "sh_dispute");
        Dispute resolved = discipline.resolveDispute(DESK, d.id(), "监察台核实收费标准并向群众解释，群众表示理解");
        assertEquals(DisputeStatus.RESOLVED, resolved.status());
        assertEquals(DESK.username(), resolved.resolvedBy());
        unchanged(Conflict.class, () -> discipline.resolveDispute(DESK, d.id(), "again"), "sh_dispute");
        assertNull(discipline.disputes(site.id()).stream().filter(x -> x.id() != d.id()).findFirst().orElse(null));
        assertEquals(2, fx.security.history(Discipline.DISPUTE, d.id()).size());
    }
}
