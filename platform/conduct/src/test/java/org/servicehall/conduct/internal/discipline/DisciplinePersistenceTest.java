package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.DisciplineStatus;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.Dispute;
import org.servicehall.conduct.DisputeDraft;
import org.servicehall.conduct.DisputeStatus;
import org.servicehall.conduct.Disputes;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.Sanction;
import org.servicehall.conduct.SanctionLevel;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationFinding;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.conduct.Violations;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.NewSite;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.WindowDraft;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

/**
 * Discipline (C4-C8) on the real schema (H2, and PostgreSQL when reachable) with the real security
 * service as audit log and the real site service, from the platform's {@link HallFixture}. The
 * database of a kind is made once for the class; every test works on a site of its own with
 * windows 1-3, staff members 李娜 and 张伟 and a supervisor 赵强 who is also staff (staff numbers
 * {@code T<n>01}-{@code T<n>03}). The clock starts on Monday 2026-11-30 09:00 (Shanghai).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisciplinePersistenceTest {
    private static final Actor DESK = new Actor("wang.fang", "王芳 (监察台)", EnumSet.of(Role.SUPERVISOR));

    private final List<Map.Entry<String, Map<String, Object>>> events = new CopyOnWriteArrayList<>();
    private HallFixture fx;
    private TestSite site;
    private Inspections inspections;
    private Violations violations;
    private Sanctions sanctions;
    private Commendations commendations;
    private Gifts gifts;
    private Enquiries enquiries;
    private Disputes disputes;
    private String s1;
    private String s2;
    private String sv;
    private Actor staff1;
    private Actor staff2;
    private Actor supervisingStaff;

    private void start(HallFixture fixture, TestDatabase.Kind kind) {
        fx = fixture;
        fx.clock().set(MutableClock.MONDAY_NINE);
        NewSite draft = fx.newSite("D" + kind.ordinal()).address("1 Example Road");
        for (int w = 1; w <= 3; w++) {
            draft.window(new WindowDraft(w, w + "号窗口", Set.of()));
        }
        site = draft.staff("李娜", "张伟").staff("赵强", Role.SUPERVISOR).create();
        s1 = site.staff(1).number();
        s2 = site.staff(2).number();
        sv = site.staff(3).number();
        staff1 = site.staff(1).actor();
        staff2 = site.staff(2).actor();
        supervisingStaff = site.staff(3).actor();
        events.clear();
        DisciplineContext context = new DisciplineContext(new DisciplineStore(fx.dataSource(), fx.kind()), fx.sites(), fx.audit(),
                fx.clock(), event -> events.add(Map.entry(event.topic(), event.properties())), (siteId, rule) -> !rule.startsWith("UNKNOWN"));
        inspections = new InspectionsImpl(context);
        violations = new ViolationsImpl(context);
        sanctions = new SanctionsImpl(context);
        commendations = new CommendationsImpl(context);
        gifts = new GiftsImpl(context);
        enquiries = new EnquiriesImpl(context);
        disputes = new DisputesImpl(context);
    }

    private long count(String table) {
        return fx.count(table + " WHERE site_id = " + site.id());
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
        long audit = fx.count("sh_audit_log");
        int eventCount = events.size();
        T e = assertThrows(expected, action);
        for (int i = 0; i < tables.length; i++) {
            assertEquals(before.get(i), count(tables[i]), tables[i] + " changed by a failed action: " + e.getMessage());
        }
        assertEquals(audit, fx.count("sh_audit_log"), "audit log");
        assertEquals(eventCount, events.size(), "events");
        return e;
    }

    private InspectionDraft check(int window, String staff, ViolationFinding... findings) {
        return new InspectionDraft(window, staff, null, "巡查", List.of(findings), null, null);
    }

    // ---- S1: roles per site

    /**
     * S1 (issue 16): a supervisor of another site deciding this site's violation or reviewing its
     * gift declaration, and a staff member of another site declaring a gift here, are refused with
     * the operation and the site named, audited, and nothing changes; a central administrator decides.
     */
    @EachDatabase("conduct")
    void anotherSitesSupervisorsAndStaffAreRefusedThisSitesRecords_S1(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        Actor supervisorOfOther = new Actor("other.sup", "外站督查", Set.of(), Map.of("OTHER-SITE", Set.of(Role.SUPERVISOR)));
        Actor staffOfOther = new Actor("other.staff", "外站", Set.of(), Map.of("OTHER-SITE", Set.of(Role.STAFF)));
        Violation v = violations.proposeViolation(Actor.SYSTEM, site.id(), s1, "BEHAVIOUR-3", ViolationSource.COMPLAINT,
                "citizen says nobody greeted them");
        GiftDeclaration tea = gifts.declareGift(staff1, site.id(), new GiftDeclarationDraft(s1, "茶叶一盒",
                new BigDecimal("200.00"), "办事企业代表", LocalDate.of(2026, 11, 27), "放下即走，无法当场退还", "办公室 王主任"));

        AccessDenied confirm = assertThrows(AccessDenied.class, () -> violations.confirmViolation(supervisorOfOther, v.id(), null));
        assertEquals("other.sup may not confirm a violation at site " + site.code() + ": the role Supervisor is required there",
                confirm.message(java.util.Locale.ENGLISH));
        assertEquals("other.sup 无权在站点 " + site.code() + " 执行“确认违规”：需要该站点的督查员角色",
                confirm.message(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThrows(AccessDenied.class, () -> violations.dismissViolation(supervisorOfOther, v.id(), "not here"));
        assertThrows(AccessDenied.class, () -> gifts.reviewGift(supervisorOfOther, tea.id(), GiftStatus.ACCEPTED_INTO_CUSTODY, null));
        assertThrows(AccessDenied.class, () -> gifts.declareGift(staffOfOther, site.id(), new GiftDeclarationDraft(s1, "x",
                BigDecimal.ZERO, "y", LocalDate.of(2026, 11, 27), "z", "w")));
        assertThrows(AccessDenied.class, () -> gifts.gifts(supervisorOfOther, site.id()));
        assertEquals(2, fx.audit().history("violation", v.id()).stream().filter(e -> e.action().equals("refuse")).count(),
                "the refusals are audited");
        assertEquals(ViolationStatus.CANDIDATE, violations.violations(site.id(), ViolationStatus.CANDIDATE).stream().filter(x -> x.id() == v.id()).findFirst()
                .orElseThrow().status(), "nothing decided");

        assertEquals(ViolationStatus.CONFIRMED, violations.confirmViolation(HallFixture.ADMIN, v.id(), null).status(),
                "a central administrator on every site");
    }

    // ---- C4

    @EachDatabase("conduct")
    void cleanAndFindingInspectionsWithPhotoEvidence_C4(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        Inspection clean = inspections.recordInspection(DESK, site.id(), check(1, s1));
        assertTrue(clean.clean());
        Inspection found = inspections.recordInspection(DESK, site.id(), new InspectionDraft(2, s2, null, "午间巡查",
                List.of(new ViolationFinding("APPEARANCE-4", "穿拖鞋"), new ViolationFinding("PROHIBITED-1", "在窗口吃零食")),
                DisciplineRulesTest.PNG, null));
        assertEquals(2, found.violations().size());
        assertTrue(found.violations().stream().allMatch(v -> v.status() == ViolationStatus.CONFIRMED
                && v.source() == ViolationSource.INSPECTION && v.staffNumber().equals(s2) && v.windowNumber() == 2));
        assertEquals("image/png", found.photoType());
        assertArrayEquals(DisciplineRulesTest.PNG, inspections.inspectionPhoto(found.id()).orElseThrow());
        assertTrue(inspections.inspectionPhoto(clean.id()).isEmpty());
        assertEquals(List.of(found.id(), clean.id()), inspections.inspections(site.id(), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 30)).stream().map(Inspection::id).toList());
        assertEquals(1, fx.audit().history(InspectionsImpl.AUDITED, found.id()).size(), "audited");
        assertTrue(topics().contains(DisciplineEvents.INSPECTION_RECORDED));
        assertEquals(2, topics().stream().filter(DisciplineEvents.VIOLATION_RECORDED::equals).count());
        // two confirmed violations: the first step of the ladder is proposed, once
        List<Sanction> proposed = sanctions.sanctions(site.id());
        assertEquals(1, proposed.size());
        assertEquals(SanctionLevel.WARNING, proposed.get(0).level());
        assertEquals(2, proposed.get(0).violationCount());
    }

    @EachDatabase("conduct")
    void badInspectionsLeaveNothingBehind_C4(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        String[] tables = { "sh_inspection", "sh_violation", "sh_sanction" };
        InspectionDraft gif = new InspectionDraft(1, s1, null, null, List.of(new ViolationFinding("APPEARANCE-4", null)),
                "GIF89a....".getBytes(StandardCharsets.US_ASCII), null);
        assertEquals(Set.of("photo"), unchanged(ValidationException.class, () -> inspections.recordInspection(DESK, site.id(), gif),
                tables).byField().keySet());
        assertEquals(Set.of("findings[0].ruleCode"), unchanged(ValidationException.class, () -> inspections.recordInspection(DESK,
                site.id(), check(1, s1, new ViolationFinding("UNKNOWN-9", null))), tables).byField().keySet());
        assertTrue(unchanged(NotFound.class, () -> inspections.recordInspection(DESK, site.id(), check(9, s1)), tables).getMessage()
                .contains("9"));
        assertTrue(unchanged(NotFound.class, () -> inspections.recordInspection(DESK, site.id(), check(1, "NOBODY")), tables)
                .getMessage().contains("NOBODY"));
        unchanged(AccessDenied.class, () -> inspections.recordInspection(staff1, site.id(), check(1, s2)), tables);
        unchanged(NotFound.class, () -> inspections.recordInspection(DESK, site.id(), new InspectionDraft(1, s1, null, null, List.of(),
                null, 999_999L)), tables);
    }

    @EachDatabase("conduct")
    void automaticCandidatesAreDecidedOnlyBySupervisors_C4(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        Violation v = violations.proposeViolation(Actor.SYSTEM, site.id(), s1, "BEHAVIOUR-3", ViolationSource.COMPLAINT,
                "citizen says nobody greeted them");
        assertEquals(ViolationStatus.CANDIDATE, v.status());
        assertEquals(List.of(), sanctions.sanctions(site.id()), "a candidate does not count");
        String[] tables = { "sh_violation", "sh_sanction" };
        unchanged(AccessDenied.class, () -> violations.confirmViolation(staff2, v.id(), null), tables);
        assertEquals(Set.of("reason"), unchanged(ValidationException.class, () -> violations.dismissViolation(DESK, v.id(), " "),
                tables).byField().keySet());
        unchanged(NotFound.class, () -> violations.confirmViolation(DESK, 999_999L, null), tables);
        Violation dismissed = violations.dismissViolation(DESK, v.id(), "the citizen came to the wrong window");
        assertEquals(ViolationStatus.DISMISSED, dismissed.status());
        assertEquals(DESK.username(), dismissed.decidedBy());
        Conflict c = unchanged(Conflict.class, () -> violations.confirmViolation(DESK, v.id(), null), tables);
        assertTrue(c.getMessage().contains("DISMISSED"), c.getMessage());
        assertEquals(ViolationStatus.DISMISSED, violations.violationsOf(site.id(), s1).get(0).status());
        assertEquals(2, fx.audit().history(ViolationsImpl.AUDITED, v.id()).size());
        unchanged(ValidationException.class, () -> violations.proposeViolation(Actor.SYSTEM, site.id(), s1, "BEHAVIOUR-3",
                ViolationSource.INSPECTION, null), tables);
        unchanged(NotFound.class, () -> violations.proposeViolation(Actor.SYSTEM, site.id(), "NOBODY", "BEHAVIOUR-3",
                ViolationSource.COMPLAINT, null), tables);
    }

    @EachDatabase("conduct")
    void aLeaveOverrunBecomesACandidate_C4(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        Violation v = new LeaveOverrunCandidates(violations).accept(Map.of("site", site.id(), "staffNumber", s1, "window", 2,
                "minutes", 35L, "allowedMinutes", 15L, "reason", "取资料"));
        assertEquals(ViolationStatus.CANDIDATE, v.status());
        assertEquals(ViolationSource.ATTENDANCE, v.source());
        assertEquals(LeaveOverrunCandidates.RULE_CODE, v.ruleCode());
        assertEquals(2, v.windowNumber());
        assertTrue(v.note().contains("35") && v.note().contains("15") && v.note().contains("取资料"), v.note());
        assertEquals(List.of(v), violations.violations(site.id(), ViolationStatus.CANDIDATE));
        assertThrows(HallException.class,
                () -> new LeaveOverrunCandidates(violations).accept(Map.of("staffNumber", s1)));
    }

    @EachDatabase("conduct")
    void aStoredPlanIsReproducibleAndItsSlotsAreCarriedOutOnce_C4(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        // 2026-W49 with Wednesday 2 December a holiday
        fx.sites().setCalendarDay(HallFixture.ADMIN, site.id(), new CalendarDay(LocalDate.of(2026, 12, 2), CalendarDay.Kind.HOLIDAY, "test"));
        List<InspectionSlot> plan = inspections.planInspections(DESK, site.id(), "2026-W49", 8, 2026L);
        assertEquals(8, plan.size());
        for (InspectionSlot s : plan) {
            assertFalse(s.at().toLocalDate().equals(LocalDate.of(2026, 12, 2)), "holiday: " + s);
            assertTrue(s.at().toLocalTime().isBefore(LocalTime.of(17, 0)) && !s.at().toLocalTime().isBefore(LocalTime.of(9, 0)));
        }
        assertEquals(plan, inspections.inspectionPlan(site.id(), "2026-W49"));
        List<LocalDateTime> times = plan.stream().map(InspectionSlot::at).toList();
        InspectionSlot first = plan.get(0);
        inspections.recordInspection(DESK, site.id(), new InspectionDraft(first.windowNumber(), s1, null, null, List.of(), null,
                first.id()));
        unchanged(Conflict.class, () -> inspections.recordInspection(DESK, site.id(), new InspectionDraft(1, s1, null, null, List.of(),
                null, first.id())), "sh_inspection");
        // planning again with the same seed: the carried-out slot stays, the open ones are drawn again, the same
        List<InspectionSlot> again = inspections.planInspections(DESK, site.id(), "2026-W49", 8, 2026L);
        assertEquals(9, again.size());
        assertEquals(1, again.stream().filter(InspectionSlot::done).count());
        assertEquals(times, again.stream().filter(s -> !s.done()).map(InspectionSlot::at).toList());
        unchanged(AccessDenied.class, () -> inspections.planInspections(staff1, site.id(), "2026-W49", 3, 1L), "sh_inspection_slot");
        unchanged(ValidationException.class, () -> inspections.planInspections(DESK, site.id(), "W49", 3, 1L), "sh_inspection_slot");
    }

    // ---- C5

    @EachDatabase("conduct")
    void confirmedViolationsClimbTheLadderOneStepAtATime_C5(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        List<SanctionLevel> proposedAfter = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Violation v = violations.proposeViolation(Actor.SYSTEM, site.id(), s1, "PROHIBITED-3", ViolationSource.ATTENDANCE, null);
            violations.confirmViolation(DESK, v.id(), null);
            List<Sanction> all = sanctions.sanctions(site.id());
            proposedAfter.add(all.size() == 0 ? null : all.get(0).level());
            fx.clock().advance(Duration.ofDays(1));
        }
        assertEquals(Arrays.asList(SanctionLevel.WARNING, SanctionLevel.WARNING, SanctionLevel.DEMERIT, SanctionLevel.DEMERIT,
                SanctionLevel.DEMOTION), proposedAfter);
        assertEquals(3, sanctions.sanctions(site.id()).size());
        assertEquals(3, topics().stream().filter(DisciplineEvents.SANCTION_PROPOSED::equals).count());
        assertEquals(List.of(), violations.violationsOf(site.id(), s2), "nothing for the colleague");
    }

    @EachDatabase("conduct")
    void violationsOlderThanTheWindowDoNotCountAndNoStepRepeats_C5(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        inspections.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        assertEquals(SanctionLevel.WARNING, sanctions.sanctions(site.id()).get(0).level());
        fx.clock().set(MutableClock.MONDAY_NINE.plusMonths(13));
        // the old violation has aged out: the count is 1 again, and a second warning is never proposed
        inspections.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        inspections.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-2", null)));
        assertEquals(1, sanctions.sanctions(site.id()).size(), "2 in the window: no new step");
        inspections.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-3", null)));
        assertEquals(List.of(SanctionLevel.DEMERIT, SanctionLevel.WARNING),
                sanctions.sanctions(site.id()).stream().map(Sanction::level).toList());
        assertEquals(3, sanctions.sanctions(site.id()).get(0).violationCount());
    }

    @EachDatabase("conduct")
    void sanctionsAreConfirmedOrRejectedOnceBySupervisors_C5(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        inspections.recordInspection(DESK, site.id(), check(3, s2, new ViolationFinding("INTEGRITY-6", "收受购物卡")));
        Sanction warning = sanctions.sanctions(site.id()).get(0);
        unchanged(AccessDenied.class, () -> sanctions.decideSanction(staff1, warning.id(), true, null), "sh_sanction");
        assertEquals(Set.of("note"), unchanged(ValidationException.class, () -> sanctions.decideSanction(DESK, warning.id(), false,
                ""), "sh_sanction").byField().keySet());
        Sanction confirmed = sanctions.decideSanction(DESK, warning.id(), true, "通报批评");
        assertEquals(DisciplineStatus.CONFIRMED, confirmed.status());
        assertTrue(unchanged(Conflict.class, () -> sanctions.decideSanction(DESK, warning.id(), false, "no"), "sh_sanction")
                .getMessage().contains("CONFIRMED"));
        assertEquals(2, fx.audit().history(SanctionsImpl.AUDITED, warning.id()).size());
    }

    @EachDatabase("conduct")
    void siteThresholdsAreValidatedAndUsed_C5(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        assertEquals(DisciplineThresholds.DEFAULTS, sanctions.thresholds(site.id()));
        ValidationException e = assertThrows(ValidationException.class, () -> sanctions.setThresholds(DESK, site.id(),
                new DisciplineThresholds(2, 2, 6, 10, 12, 3)));
        assertEquals(Set.of("demeritAt"), e.byField().keySet());
        assertEquals(DisciplineThresholds.DEFAULTS, sanctions.thresholds(site.id()));
        assertThrows(AccessDenied.class, () -> sanctions.setThresholds(staff1, site.id(), DisciplineThresholds.DEFAULTS));
        DisciplineThresholds strict = new DisciplineThresholds(2, 4, 6, 10, 12, 3);
        sanctions.setThresholds(DESK, site.id(), strict);
        assertEquals(strict, sanctions.thresholds(site.id()));
        inspections.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        assertEquals(List.of(), sanctions.sanctions(site.id()), "1 < 2");
        inspections.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        assertEquals(SanctionLevel.WARNING, sanctions.sanctions(site.id()).get(0).level());
    }

    @EachDatabase("conduct")
    void commendationsAfterThreeFullMonthsWithoutConfirmedViolation_C5(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        // a confirmed violation of s1 in October; s2 and the supervisor clean; a dismissed candidate of s2 does not count
        fx.clock().set(LocalDateTime.of(2026, 10, 15, 10, 0));
        inspections.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-1", null)));
        Violation c = violations.proposeViolation(Actor.SYSTEM, site.id(), s2, "BEHAVIOUR-1", ViolationSource.COMPLAINT, null);
        violations.dismissViolation(DESK, c.id(), "unfounded");
        fx.clock().set(LocalDateTime.of(2027, 1, 5, 10, 0)); // last full months: October-December 2026
        unchanged(AccessDenied.class, () -> commendations.reviewCommendations(staff1, site.id()), "sh_commendation");
        List<Commendation> made = commendations.reviewCommendations(DESK, site.id());
        assertEquals(Set.of(s2, sv), made.stream().map(Commendation::staffNumber).collect(Collectors.toSet()));
        assertEquals(YearMonth.of(2026, 10), made.get(0).firstMonth());
        assertEquals(YearMonth.of(2026, 12), made.get(0).lastMonth());
        assertEquals(List.of(), commendations.reviewCommendations(DESK, site.id()), "nothing twice");
        fx.clock().set(LocalDateTime.of(2027, 2, 1, 10, 0)); // November-January: overlaps the earlier ones; s1 has October behind them
        assertEquals(List.of(s1), commendations.reviewCommendations(DESK, site.id()).stream().map(Commendation::staffNumber).toList());
        Commendation toReject = made.get(0);
        assertEquals(DisciplineStatus.REJECTED, commendations.decideCommendation(DESK, toReject.id(), false, "考核不合格").status());
        assertThrows(Conflict.class, () -> commendations.decideCommendation(DESK, toReject.id(), true, null));
    }

    // ---- C6

    @EachDatabase("conduct")
    void giftsAreDeclaredByStaffAndReviewedBySupervisors_C6(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        GiftDeclaration tea = gifts.declareGift(staff1, site.id(), new GiftDeclarationDraft(s1, "茶叶一盒",
                new BigDecimal("200.00"), "办事企业代表", LocalDate.of(2026, 11, 27), "放下即走，无法当场退还", "办公室 王主任"));
        assertEquals(GiftStatus.DECLARED, tea.status());
        gifts.declareGift(DESK, site.id(), new GiftDeclarationDraft(s2, "锦旗", BigDecimal.ZERO, "群众", LocalDate.of(2026, 11, 30),
                "感谢", "监察台"));
        unchanged(AccessDenied.class, () -> gifts.declareGift(staff1, site.id(), new GiftDeclarationDraft(s2, "x",
                BigDecimal.ONE, "y", LocalDate.of(2026, 11, 30), "z", "w")), "sh_gift");
        assertEquals(Set.of("estimatedValue", "receivedOn"), unchanged(ValidationException.class, () -> gifts.declareGift(staff1,
                site.id(), new GiftDeclarationDraft(s1, "x", null, "y", LocalDate.of(2026, 12, 31), "z", "w")), "sh_gift")
                .byField().keySet());
        assertEquals(List.of(tea.id()), gifts.gifts(staff1, site.id()).stream().map(GiftDeclaration::id).toList());
        assertEquals(2, gifts.gifts(DESK, site.id()).size());
        unchanged(AccessDenied.class, () -> gifts.reviewGift(staff1, tea.id(), GiftStatus.RETURNED, null), "sh_gift");
        GiftDeclaration kept = gifts.reviewGift(DESK, tea.id(), GiftStatus.ACCEPTED_INTO_CUSTODY, "入库登记");
        assertEquals(GiftStatus.ACCEPTED_INTO_CUSTODY, kept.status());
        assertEquals(0, new BigDecimal("200").compareTo(kept.estimatedValue()));
        assertTrue(unchanged(Conflict.class, () -> gifts.reviewGift(DESK, tea.id(), GiftStatus.RETURNED, null), "sh_gift")
                .getMessage().contains("ACCEPTED_INTO_CUSTODY"));
        assertEquals(2, fx.audit().history(GiftsImpl.AUDITED, tea.id()).size());
    }

    // ---- C7

    @EachDatabase("conduct")
    void theFirstWindowOwnsAnEnquiryUntilHandedOverOrAnswered_C7(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        Enquiry e = enquiries.openEnquiry(staff1, site.id(), new EnquiryDraft(1, s1, "一位老年人", "如何办理社保转移？"));
        assertEquals(EnquiryStatus.OPEN, e.status());
        unchanged(AccessDenied.class, () -> enquiries.openEnquiry(staff1, site.id(), new EnquiryDraft(2, s2, "x", "y")), "sh_enquiry");
        unchanged(AccessDenied.class, () -> enquiries.answerEnquiry(staff2, e.id(), "去2号窗口"), "sh_enquiry");
        unchanged(AccessDenied.class, () -> enquiries.handOverEnquiry(staff2, e.id(), 2, s2, "我来"), "sh_enquiry");
        unchanged(NotFound.class, () -> enquiries.handOverEnquiry(staff1, e.id(), 2, "NOBODY", "转交"), "sh_enquiry");
        unchanged(NotFound.class, () -> enquiries.handOverEnquiry(staff1, e.id(), 8, s2, "转交"), "sh_enquiry");
        assertEquals(0, fx.query("SELECT * FROM sh_enquiry_handover").stream().filter(r -> ((Number) r[1]).longValue() == e.id())
                .count());
        Enquiry moved = enquiries.handOverEnquiry(staff1, e.id(), 2, s2, "社保业务在2号窗口办理");
        assertEquals(2, moved.ownerWindow());
        assertEquals(s2, moved.ownerStaff());
        assertEquals(1, moved.firstWindow());
        assertEquals(s1, moved.firstStaff());
        unchanged(AccessDenied.class, () -> enquiries.answerEnquiry(staff1, e.id(), "已答复"), "sh_enquiry");
        Enquiry back = enquiries.handOverEnquiry(DESK, e.id(), 3, s1, "supervisor routes it to window 3");
        assertEquals(2, back.handOvers().size());
        assertEquals(List.of(1, 2), back.handOvers().stream().map(h -> h.fromWindow()).toList());
        assertEquals(List.of(s1, s2), back.handOvers().stream().map(h -> h.fromStaff()).toList());
        Enquiry answered = enquiries.answerEnquiry(staff1, e.id(), "携带身份证和转移单到3号窗口办理。");
        assertEquals(EnquiryStatus.ANSWERED, answered.status());
        assertEquals(staff1.username(), answered.answeredBy());
        unchanged(Conflict.class, () -> enquiries.answerEnquiry(staff1, e.id(), "again"), "sh_enquiry");
        unchanged(Conflict.class, () -> enquiries.handOverEnquiry(DESK, e.id(), 1, s2, "again"), "sh_enquiry");
        assertEquals(List.of(answered), enquiries.enquiries(site.id(), EnquiryStatus.ANSWERED));
        assertEquals(List.of(), enquiries.enquiries(site.id(), EnquiryStatus.OPEN));
        assertEquals(4, fx.audit().history(EnquiriesImpl.AUDITED, e.id()).size());
        assertEquals(2, topics().stream().filter(DisciplineEvents.ENQUIRY_HANDED_OVER::equals).count());
    }

    // ---- C8

    @EachDatabase("conduct")
    void disputesGoToTheSupervisionDeskAndAreNeverResolvedByTheStaffInvolved_C8(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        Dispute d = disputes.escalateDispute(staff1, site.id(), new DisputeDraft(2, sv, "群众对收费有异议，情绪激动", "首席代表"));
        assertEquals(DisputeStatus.ESCALATED, d.status());
        assertEquals(staff1.username(), d.reportedBy());
        assertTrue(topics().contains(DisciplineEvents.DISPUTE_ESCALATED));
        unchanged(ValidationException.class, () -> disputes.escalateDispute(staff1, site.id(), new DisputeDraft(2, s1, "", "")),
                "sh_dispute");
        unchanged(NotFound.class, () -> disputes.escalateDispute(staff1, site.id(), new DisputeDraft(7, s1, "x", "监察台")),
                "sh_dispute");
        unchanged(AccessDenied.class, () -> disputes.resolveDispute(staff1, d.id(), "解释清楚"), "sh_dispute");
        unchanged(AccessDenied.class, () -> disputes.resolveDispute(supervisingStaff, d.id(), "我自己处理了"), "sh_dispute");
        Dispute resolved = disputes.resolveDispute(DESK, d.id(), "监察台核实收费标准并向群众解释，群众表示理解");
        assertEquals(DisputeStatus.RESOLVED, resolved.status());
        assertEquals(DESK.username(), resolved.resolvedBy());
        unchanged(Conflict.class, () -> disputes.resolveDispute(DESK, d.id(), "again"), "sh_dispute");
        assertNull(disputes.disputes(site.id()).stream().filter(x -> x.id() != d.id()).findFirst().orElse(null));
        assertEquals(2, fx.audit().history(DisputesImpl.AUDITED, d.id()).size());
    }

    // ---- the 1.x aggregate

    @EachDatabase("conduct")
    void theDeprecatedAggregateGoesToEachServiceOfTheArea_C4_C8(HallFixture fixture, TestDatabase.Kind kind) {
        start(fixture, kind);
        DisciplineService all = Discipline.onDataSource(fx.dataSource(), fx.kind(), fx.sites(), fx.audit(), fx.clock(),
                (topic, props) -> events.add(Map.entry(topic, props)));
        LocalDate today = MutableClock.MONDAY_NINE.toLocalDate();
        // C4: the calls that share a signature reach the right operation
        Inspection found = all.recordInspection(DESK, site.id(), check(1, s1, new ViolationFinding("APPEARANCE-4", null)));
        assertEquals(found, all.inspection(found.id()));
        assertEquals(List.of(found), all.inspections(site.id(), today, today));
        assertTrue(all.inspectionPhoto(found.id()).isEmpty());
        List<InspectionSlot> plan = all.planInspections(DESK, site.id(), "2026-W49", 2, 7L);
        assertEquals(plan, all.inspectionPlan(site.id(), "2026-W49"));
        Violation toConfirm = all.proposeViolation(Actor.SYSTEM, site.id(), s2, "BEHAVIOUR-3", ViolationSource.COMPLAINT, null);
        Violation toDismiss = all.proposeViolation(Actor.SYSTEM, site.id(), s2, 2, "BEHAVIOUR-3", ViolationSource.COMPLAINT, null, null);
        assertEquals(ViolationStatus.CONFIRMED, all.confirmViolation(DESK, toConfirm.id(), null).status());
        assertEquals(ViolationStatus.DISMISSED, all.dismissViolation(DESK, toDismiss.id(), "another window").status());
        assertEquals(2, all.violations(site.id(), ViolationStatus.CONFIRMED).size());
        assertEquals(List.of(toDismiss.id(), toConfirm.id()), all.violationsOf(site.id(), s2).stream().map(Violation::id).toList());
        // C5
        DisciplineThresholds strict = new DisciplineThresholds(2, 4, 6, 10, 12, 3);
        assertEquals(strict, all.setThresholds(DESK, site.id(), strict));
        assertEquals(strict, all.thresholds(site.id()));
        Sanction warning = all.sanctions(site.id()).get(0);
        assertEquals(DisciplineStatus.REJECTED, all.decideSanction(DESK, warning.id(), false, "first time").status());
        fx.clock().set(LocalDateTime.of(2027, 3, 1, 10, 0));
        List<Commendation> made = all.reviewCommendations(DESK, site.id());
        assertEquals(Set.copyOf(made), Set.copyOf(all.commendations(site.id())));
        assertEquals(DisciplineStatus.CONFIRMED, all.decideCommendation(DESK, made.get(0).id(), true, null).status());
        // C6-C8
        GiftDeclaration tea = all.declareGift(staff1, site.id(), new GiftDeclarationDraft(s1, "茶叶一盒", BigDecimal.TEN, "企业代表",
                LocalDate.of(2027, 2, 27), "放下即走", "办公室"));
        assertEquals(GiftStatus.RETURNED, all.reviewGift(DESK, tea.id(), GiftStatus.RETURNED, null).status());
        assertEquals(List.of(tea.id()), all.gifts(staff1, site.id()).stream().map(GiftDeclaration::id).toList());
        Enquiry e = all.openEnquiry(staff1, site.id(), new EnquiryDraft(1, s1, "一位老年人", "如何办理社保转移？"));
        assertEquals(2, all.handOverEnquiry(staff1, e.id(), 2, s2, "社保业务在2号窗口办理").ownerWindow());
        assertEquals(EnquiryStatus.ANSWERED, all.answerEnquiry(staff2, e.id(), "携带身份证到2号窗口办理。").status());
        assertEquals(all.enquiry(e.id()), all.enquiries(site.id(), EnquiryStatus.ANSWERED).get(0));
        Dispute d = all.escalateDispute(staff1, site.id(), new DisputeDraft(2, s2, "群众对收费有异议", "监察台"));
        assertEquals(DisputeStatus.RESOLVED, all.resolveDispute(DESK, d.id(), "监察台解释收费标准").status());
        assertEquals(List.of(d.id()), all.disputes(site.id()).stream().map(Dispute::id).toList());
        assertTrue(topics().containsAll(List.of(DisciplineEvents.INSPECTION_RECORDED, DisciplineEvents.COMMENDATION_DECIDED,
                DisciplineEvents.DISPUTE_RESOLVED)), "its events go where the caller said");
    }
}
