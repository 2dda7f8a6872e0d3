package org.servicehall.assessment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.fixture.HallFixture.ADMIN;
import static org.servicehall.fixture.HallFixture.SUPERVISOR;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.assessment.AssessmentResult;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.Course;
import org.servicehall.assessment.CourseDraft;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.PeriodKind;
import org.servicehall.assessment.Proposal;
import org.servicehall.assessment.ProposalKind;
import org.servicehall.assessment.ProposalStatus;
import org.servicehall.assessment.ReportGrouping;
import org.servicehall.assessment.ReportLine;
import org.servicehall.assessment.StaffScore;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.assessment.WindowRank;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.internal.Attendance;
import org.servicehall.casework.Supervision;
import org.servicehall.common.Conflict;
import org.servicehall.common.EventDispatcher;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.StaffFeedback;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.HallFixtures;
import org.servicehall.fixture.TestSite;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.Ticket;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.testing.TestDatabase;

/**
 * The assessment on a real database (H2, and PostgreSQL when present) with the real site and
 * security services (the platform's {@link HallFixture}), tickets issued, called and finished
 * through the real queue (which learns who served from the real attendance) and attendance records
 * from the real attendance service. The complaint area's {@link FeedbackReports} is an in-memory
 * double of its API. Each test has its own site: windows 1 and 2, staff T?01 (李明), T?02 (王芳),
 * T?03 (赵强). The clock stands on Monday 2026-11-30 (Shanghai).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentPersistenceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));

    /** An in-memory double of the complaint area's API: ratings and complaints by day. */
    /**
     * Casework's monthly supervision report as the casework area answers it (rows per unit and per
     * staff member for a month); only {@link #monthly} is asked by the assessment.
     */
    static final class ReportedCases implements Supervision {
        final Map<YearMonth, List<MonthlyRow>> rows = new HashMap<>();
        final List<String> askedBy = new CopyOnWriteArrayList<>();

        @Override
        public List<MonthlyRow> monthly(Actor actor, long siteId, YearMonth month) {
            actor.require(Role.SUPERVISOR, "read the monthly supervision report");
            askedBy.add(actor.username());
            return rows.getOrDefault(month, List.of());
        }

        @Override
        public Counts counts(Actor actor, long siteId, Dimension by) {
            throw new UnsupportedOperationException("the assessment reads the monthly report only");
        }

        @Override
        public List<Escalation> escalations(Actor actor, long siteId) {
            throw new UnsupportedOperationException("the assessment reads the monthly report only");
        }

        @Override
        public int sweep() {
            throw new UnsupportedOperationException("the assessment reads the monthly report only");
        }
    }

    static final class InMemoryFeedback implements FeedbackReports {
        record Rating(String staff, LocalDate day, RatingLevel level) {
        }

        record Complaint(String staff, LocalDate day, boolean confirmed) {
        }

        final List<Rating> ratings = new CopyOnWriteArrayList<>();
        final List<Complaint> complaints = new CopyOnWriteArrayList<>();

        @Override
        public List<StaffFeedback> byStaff(long siteId, LocalDate from, LocalDate to) {
            Map<String, Map<RatingLevel, Long>> levels = new HashMap<>();
            Map<String, long[]> c = new HashMap<>();
            for (Rating r : ratings) {
                if (!r.day().isBefore(from) && !r.day().isAfter(to)) {
                    levels.computeIfAbsent(r.staff(), k -> new EnumMap<>(RatingLevel.class)).merge(r.level(), 1L, Long::sum);
                }
            }
            for (Complaint x : complaints) {
                if (!x.day().isBefore(from) && !x.day().isAfter(to)) {
                    long[] n = c.computeIfAbsent(x.staff(), k -> new long[2]);
                    n[0]++;
                    n[1] += x.confirmed() ? 1 : 0;
                }
            }
            List<StaffFeedback> out = new ArrayList<>();
            Set<String> staff = new java.util.TreeSet<>(levels.keySet());
            staff.addAll(c.keySet());
            for (String s : staff) {
                Map<RatingLevel, Long> l = levels.getOrDefault(s, Map.of());
                long n = l.values().stream().mapToLong(Long::longValue).sum();
                double avg = n == 0 ? Double.NaN : l.entrySet().stream().mapToDouble(e -> e.getKey().score() * e.getValue()).sum() / n;
                long[] k = c.getOrDefault(s, new long[2]);
                out.add(new StaffFeedback(s, l, avg, k[0], k[1]));
            }
            return out;
        }
    }

    /** The real security, site and queue stack with the attendance and assessment schemas, one per database kind. */
    private final HallFixtures fixtures = new HallFixtures("attendance", "assessment");
    private HallFixture fx;
    private TestSite hall;
    private Site site;
    private String s1;
    private String s2;
    private String s3;
    private AttendanceService attendance;
    private QueueService queue;
    private final InMemoryFeedback feedback = new InMemoryFeedback();
    private volatile boolean feedbackRunning;
    private final Map<String, Long> violations = new HashMap<>();
    private final ReportedCases cases = new ReportedCases();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final EventDispatcher dispatcher = new EventDispatcher("assessment-test");
    private AssessmentService assessment;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    @BeforeAll
    void followEvents() {
        dispatcher.subscribe(AssessmentEvents.PREFIX, e -> events.add(e.topic()));
    }

    @AfterAll
    void closeAll() {
        dispatcher.close();
        fixtures.close();
    }

    private void start(TestDatabase.Kind kind) {
        fx = fixtures.get(kind);
        fx.clock().set(MONDAY.atTime(8, 0));
        hall = fx.newSite("ASM").staff("李明", "王芳", "赵强").create();
        site = hall.site();
        s1 = hall.staff(1).number();
        s2 = hall.staff(2).number();
        s3 = hall.staff(3).number();
        attendance = Attendance.onDataSource(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(),
                new Attendance.Settings(Duration.ofMinutes(10), Duration.ofMinutes(15)), p -> { });
        queue = fx.newQueue()
                .windowStaff(() -> List.of((siteId, window) -> attendance.post(siteId, window).map(p -> p.record().staffNumber())))
                .start();
        QueueReports reports = fx.queueReports(queue);
        feedback.ratings.clear();
        feedback.complaints.clear();
        feedbackRunning = true;
        violations.clear();
        cases.rows.clear();
        cases.askedBy.clear();
        drainEvents();
        events.clear();
        assessment = Assessment.onDataSource(fx.dataSource(), fx.sites(), reports, attendance, (siteId, from, to) -> Map.copyOf(violations),
                () -> feedbackRunning ? Optional.of(feedback) : Optional.empty(),
                () -> cases.rows.isEmpty() ? Optional.empty() : Optional.of(cases), fx.audit(), fx.clock(), dispatcher);
    }

    private void drainEvents() {
        try {
            assertTrue(dispatcher.drain(Duration.ofSeconds(5)), "events delivered");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Issues a ticket, lets it wait, calls it at the window, serves it for the given minutes. */
    private void serve(int window, String staff, long waitMinutes, long serviceMinutes) {
        Actor actor = new Actor(staff.toLowerCase(), staff, EnumSet.of(Role.STAFF));
        queue.issue(new IssueRequest(site.code(), "GENERAL", PriorityClass.NORMAL, Channel.KIOSK));
        fx.clock().advanceMinutes(waitMinutes);
        Ticket t = queue.callNext(actor, hall.windowId(window)).orElseThrow();
        queue.start(actor, t.id());
        fx.clock().advanceMinutes(serviceMinutes);
        queue.finish(actor, t.id());
    }

    /** S1 at window 1 serves 3 tickets fast within target, S2 at window 2 two slowly over target; S3 serves none. */
    private void aDayOfWork() {
        fx.clock().set(MONDAY.atTime(8, 45));
        attendance.clockIn(SUPERVISOR, site.id(), s1, 1);
        attendance.clockIn(SUPERVISOR, site.id(), s2, 2);
        fx.clock().set(MONDAY.atTime(9, 0));
        for (int i = 0; i < 3; i++) {
            serve(1, s1, 5, 4);
        }
        serve(2, s2, 15, 8);
        serve(2, s2, 15, 8);
        fx.clock().set(MONDAY.atTime(17, 30));
        attendance.clockOut(SUPERVISOR, site.id(), s1);
        attendance.clockOut(SUPERVISOR, site.id(), s2);
        for (int i = 0; i < 3; i++) {
            feedback.ratings.add(new InMemoryFeedback.Rating(s1, MONDAY, RatingLevel.VERY_SATISFIED));
        }
        feedback.ratings.add(new InMemoryFeedback.Rating(s2, MONDAY, RatingLevel.DISSATISFIED));
        feedback.ratings.add(new InMemoryFeedback.Rating(s2, MONDAY, RatingLevel.SATISFIED));
        feedback.complaints.add(new InMemoryFeedback.Complaint(s2, MONDAY, true));
        violations.put(s2, 1L);
        Course course = assessment.addCourse(SUPERVISOR, site.id(), new CourseDraft("政策法规培训", MONDAY.minusDays(10), new BigDecimal("2.5")));
        assessment.recordParticipation(SUPERVISOR, course.id(), s1, TrainingOutcome.PASSED);
        assessment.recordParticipation(SUPERVISOR, course.id(), s2, TrainingOutcome.ABSENT);
        assessment.recordError(SUPERVISOR, site.id(), s2, MONDAY, "材料审核遗漏");
    }

    private static StaffScore of(AssessmentResult r, String staff) {
        return r.scores().stream().filter(s -> s.staffNumber().equals(staff)).findFirst().orElseThrow();
    }

    /** T3 feeds M1: with casework running, the cases each staff member completed in time join the efficiency part. */
    @ParameterizedTest
    @MethodSource("kinds")
    void casesCompletedInTimeJoinTheMonthsEfficiency_M1_T3(TestDatabase.Kind kind) {
        start(kind);
        aDayOfWork();
        cases.rows.put(YearMonth.of(2026, 11), List.of(new Supervision.MonthlyRow(Supervision.Dimension.UNIT, "", 6, 3, 3),
                new Supervision.MonthlyRow(Supervision.Dimension.STAFF, s1, 4, 2, 2),
                new Supervision.MonthlyRow(Supervision.Dimension.STAFF, s3, 2, 1, 1)));
        AssessmentResult r = assessment.assess(SUPERVISOR, site.id(), NOVEMBER, false);
        StaffScore li = of(r, s1);
        // every wait within target, half the cases in time: 50 * (1 + 0.5) / 2 + 30 * (1.5 - 240/360) + 20 = 82.5
        assertEquals(82.5, li.efficiency(), li.details());
        assertTrue(li.details().contains("cases completed 4, in time 2"), li.details());
        assertEquals(21.0, of(r, s2).efficiency(), "no case completed: the queue's figures alone");
        // 赵强 had no shift and called nobody, but completed two cases (one in time): scored on them, 50 * 0.5
        assertEquals(25.0, of(r, s3).efficiency(), of(r, s3).details());
        assertEquals(List.of(SUPERVISOR.username()), cases.askedBy, "the report is read once, as the supervisor who runs the assessment");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aMonthsAssessmentCombinesRealTicketsAttendanceFeedbackViolationsAndTraining_M1(TestDatabase.Kind kind) {
        start(kind);
        aDayOfWork();
        AssessmentResult r = assessment.assess(SUPERVISOR, site.id(), NOVEMBER, false);
        StaffScore li = of(r, s1);
        // attitude 100; efficiency 50 + 30 * (1.5 - 240/360) + 20 = 95; discipline 100; ability 100
        assertEquals(List.of(100.0, 95.0, 100.0, 100.0), List.of(li.attitude(), li.efficiency(), li.discipline(), li.ability()), li.details());
        assertEquals(98.5, li.total());
        StaffScore wang = of(r, s2);
        // attitude 70*2/4 + 30*0.5 - 10 = 40; efficiency 0 + 30 * (1.5 - 480/360) + 20 * 2/2.5 = 21; discipline 85; ability 0
        assertEquals(List.of(40.0, 21.0, 85.0, 0.0), List.of(wang.attitude(), wang.efficiency(), wang.discipline(), wang.ability()),
                wang.details());
        assertEquals(39.6, wang.total());
        // M1 (issue 12): 赵强 had no shift and served nobody: no score (before, 64 on the neutral defaults, ranked above 王芳)
        assertTrue(r.scores().stream().noneMatch(s -> s.staffNumber().equals(s3)), "no score for a month without work: " + r.scores());
        assertEquals(List.of(s1, s2), r.scores().stream().map(StaffScore::staffNumber).toList());
        assertEquals(List.of(1, 2), r.scores().stream().map(StaffScore::rank).toList());

        List<Proposal> proposals = assessment.proposals(site.id(), ProposalStatus.PROPOSED);
        assertEquals(Set.of(s1 + ":COMMENDATION", s2 + ":WARNING"),
                Set.copyOf(proposals.stream().map(p -> p.staffNumber() + ":" + p.kind()).toList()));
        drainEvents();
        assertEquals(2, events.stream().filter(AssessmentEvents.PROPOSAL_MADE::equals).count());
        assertTrue(events.contains(AssessmentEvents.ASSESSED));
        assertEquals(r.scores(), assessment.result(site.id(), NOVEMBER).orElseThrow().scores(), "stored as computed");
        assertEquals(1, fx.count("sh_audit_log WHERE action = 'assess' AND entity_type = 'assessment' AND entity_id = '" + site.code()
                + " 2026-11'"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aStoredResultStaysUntilReRunExplicitlyWhichReplacesItAndWithdrawsUndecidedProposals_M1_C5(TestDatabase.Kind kind) {
        start(kind);
        aDayOfWork();
        AssessmentResult first = assessment.assess(SUPERVISOR, site.id(), NOVEMBER, false);
        Proposal commendation = assessment.proposals(site.id(), ProposalStatus.PROPOSED).stream()
                .filter(p -> p.kind() == ProposalKind.COMMENDATION).findFirst().orElseThrow();
        Proposal decided = assessment.decideProposal(SUPERVISOR, commendation.id(), true, null);
        assertEquals(ProposalStatus.CONFIRMED, decided.status());
        assertEquals("sup", decided.decidedBy());
        assertThrows(Conflict.class, () -> assessment.decideProposal(SUPERVISOR, commendation.id(), false, "again"));

        Conflict again = assertThrows(Conflict.class, () -> assessment.assess(SUPERVISOR, site.id(), NOVEMBER, false));
        assertTrue(again.getMessage().contains("already assessed for 2026-11"), again.getMessage());

        violations.clear(); // a violation was withdrawn meanwhile
        AssessmentResult second = assessment.assess(SUPERVISOR, site.id(), NOVEMBER, true);
        assertTrue(of(second, s2).total() > of(first, s2).total());
        assertEquals(1, assessment.assessedPeriods(site.id()).size());
        List<Proposal> all = assessment.proposals(site.id(), null);
        assertEquals(1, all.stream().filter(p -> p.status() == ProposalStatus.WITHDRAWN).count(), "the old warning");
        assertEquals(1, all.stream().filter(p -> p.kind() == ProposalKind.COMMENDATION).count(), "a confirmed one is not proposed again");
        assertEquals(1, all.stream().filter(p -> p.status() == ProposalStatus.PROPOSED && p.kind() == ProposalKind.WARNING).count());
        assertEquals(1, fx.count("sh_audit_log WHERE action = 'reassess' AND entity_id = '" + site.code() + " 2026-11'"));
        ValidationException noReason = assertThrows(ValidationException.class, () -> assessment.decideProposal(SUPERVISOR,
                all.stream().filter(p -> p.status() == ProposalStatus.PROPOSED).findFirst().orElseThrow().id(), false, " "));
        assertEquals("a rejection needs the reason", noReason.byField().get("note"));
        assertThrows(AccessDenied.class, () -> assessment.assess(new Actor(s1.toLowerCase(), "李明", EnumSet.of(Role.STAFF)), site.id(),
                NOVEMBER, true));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void withoutTheComplaintAreaAttitudeIsNeutralAndTheResultSaysSo_M1(TestDatabase.Kind kind) {
        start(kind);
        aDayOfWork();
        feedbackRunning = false;
        AssessmentResult r = assessment.assess(SUPERVISOR, site.id(), Period.quarter(2026, 4), false);
        assertFalse(r.feedbackAvailable());
        assertTrue(r.scores().stream().allMatch(s -> s.attitude() == Scoring.NEUTRAL_ATTITUDE), r.scores().toString());
        assertEquals(PeriodKind.QUARTER, assessment.result(site.id(), Period.parse("2026-Q4")).orElseThrow().period().kind());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void weightsThatDoNotSumTo100AreRefusedAndNothingChanges_M1(TestDatabase.Kind kind) {
        start(kind);
        assertEquals(AssessmentSettings.DEFAULTS, assessment.settings(site.id()));
        ValidationException e = assertThrows(ValidationException.class, () -> assessment.setSettings(ADMIN, site.id(),
                AssessmentSettings.builder().abilityWeight(10).build()));
        assertEquals("the four weights (30/30/25/10) sum to 95; they must sum to 100", e.byField().get("weights"));
        assertThrows(AccessDenied.class, () -> assessment.setSettings(SUPERVISOR, site.id(), AssessmentSettings.DEFAULTS));
        assertEquals(AssessmentSettings.DEFAULTS, assessment.settings(site.id()));
        assertEquals(0, fx.count("asm_settings WHERE site_id = " + site.id()));
        assertEquals(0, fx.count("sh_audit_log WHERE entity_type = 'assessment-settings' AND entity_id = '" + site.id() + "'"));

        AssessmentSettings mine = AssessmentSettings.builder().attitudeWeight(40).efficiencyWeight(20).disciplineWeight(20).abilityWeight(20)
                .commendationAt(85).commendationTop(1).warningBelow(50).periodKind(PeriodKind.QUARTER).build();
        assessment.setSettings(ADMIN, site.id(), mine);
        assertEquals(mine, assessment.settings(site.id()));
        assertEquals(1, fx.count("sh_audit_log WHERE entity_type = 'assessment-settings' AND entity_id = '" + site.id() + "'"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void trainingRecordsAndServiceErrorsAreValidatedSavedAndAudited_M2(TestDatabase.Kind kind) {
        start(kind);
        ValidationException bad = assertThrows(ValidationException.class,
                () -> assessment.addCourse(SUPERVISOR, site.id(), new CourseDraft(" ", null, new BigDecimal("0"))));
        assertEquals("must not be empty", bad.byField().get("title"));
        assertEquals("is required", bad.byField().get("date"));
        assertEquals("is 0; it must be between 0.5 and 100", bad.byField().get("hours"));
        assertEquals(0, fx.count("asm_course WHERE site_id = " + site.id()));
        assertThrows(AccessDenied.class, () -> assessment.addCourse(new Actor("x", "x", EnumSet.of(Role.STAFF)), site.id(),
                new CourseDraft("培训", MONDAY, BigDecimal.ONE)));

        Course c = assessment.addCourse(SUPERVISOR, site.id(), new CourseDraft(" 窗口服务规范 ", MONDAY, new BigDecimal("3")));
        assertEquals("窗口服务规范", c.title());
        assertEquals(new BigDecimal("3.0"), c.hours());
        Course changed = assessment.updateCourse(SUPERVISOR, c.id(), new CourseDraft("窗口服务规范（二）", MONDAY.minusDays(1), new BigDecimal("1.5")));
        assertEquals(List.of(changed), assessment.courses(site.id(), MONDAY.minusDays(7), MONDAY));

        Participation p = assessment.recordParticipation(SUPERVISOR, c.id(), s1, TrainingOutcome.ATTENDED);
        Participation again = assessment.recordParticipation(SUPERVISOR, c.id(), s1.toLowerCase(), TrainingOutcome.PASSED);
        assertEquals(p.id(), again.id(), "one line per staff member and course");
        assertEquals(List.of(TrainingOutcome.PASSED), assessment.participants(c.id()).stream().map(Participation::outcome).toList());
        NotFound unknown = assertThrows(NotFound.class, () -> assessment.recordParticipation(SUPERVISOR, c.id(), "S999", TrainingOutcome.PASSED));
        assertTrue(unknown.getMessage().contains("S999"), unknown.getMessage());
        assertThrows(ValidationException.class, () -> assessment.recordParticipation(SUPERVISOR, c.id(), s2, null));
        Participation other = assessment.recordParticipation(SUPERVISOR, c.id(), s2, TrainingOutcome.ABSENT);
        assessment.removeParticipation(SUPERVISOR, other.id());
        assertEquals(List.of(s1), assessment.participants(c.id()).stream().map(Participation::staffNumber).toList());
        assertEquals(2, fx.audit().history("training-participation", other.id()).size(), "create, delete");
        assertThrows(NotFound.class, () -> assessment.removeParticipation(SUPERVISOR, other.id()));

        ValidationException noNote = assertThrows(ValidationException.class,
                () -> assessment.recordError(SUPERVISOR, site.id(), s2, MONDAY.plusDays(1), ""));
        assertEquals("must not be empty", noNote.byField().get("note"));
        assertEquals("must not be in the future", noNote.byField().get("date"));
        long errorId = assessment.recordError(SUPERVISOR, site.id(), s2, MONDAY, "收费差错").id();
        assertEquals(1, assessment.errors(site.id(), MONDAY, MONDAY).size());
        assessment.removeError(SUPERVISOR, errorId);
        assertTrue(assessment.errors(site.id(), MONDAY, MONDAY).isEmpty());

        assessment.removeCourse(SUPERVISOR, c.id());
        assertEquals(0, fx.count("asm_participation WHERE course_id = " + c.id()));
        assertEquals(3, fx.audit().history("training-course", c.id()).size(), "create, update, delete");
        assertEquals(2, fx.audit().history("service-error", errorId).size(), "create, delete");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void reportsPerStaffWindowServiceAndSiteAndTheWindowRanking_M3(TestDatabase.Kind kind) {
        start(kind);
        aDayOfWork();
        List<ReportLine> staff = assessment.report(site.id(), NOVEMBER, ReportGrouping.STAFF);
        ReportLine li = staff.stream().filter(l -> l.key().equals(s1)).findFirst().orElseThrow();
        assertEquals(3, li.served());
        assertEquals(Duration.ofMinutes(5), li.averageWait());
        assertEquals(1.0, li.withinTargetShare());
        assertEquals(5.0, li.averageRating());
        assertTrue(Double.isNaN(li.score()), "not assessed yet");
        assessment.assess(SUPERVISOR, site.id(), NOVEMBER, false);
        assertEquals(98.5, assessment.report(site.id(), NOVEMBER, ReportGrouping.STAFF).stream().filter(l -> l.key().equals(s1))
                .findFirst().orElseThrow().score());

        List<WindowRank> ranking = assessment.windowRanking(site.id(), YearMonth.of(2026, 11));
        assertEquals(List.of(1, 2), ranking.stream().map(WindowRank::windowNumber).toList());
        assertEquals(5.0, ranking.get(0).averageRating(), 1e-9, "李明's ratings, at window 1 that day");
        assertEquals(3.0, ranking.get(1).averageRating(), 1e-9);
        assertEquals(Duration.ofMinutes(15), ranking.get(1).averageWait());
        assertEquals(0.0, ranking.get(1).withinTargetShare());

        ReportLine whole = assessment.report(site.id(), NOVEMBER, ReportGrouping.SITE).get(0);
        assertEquals(5, whole.served());
        assertEquals(Duration.ofMinutes(9), whole.averageWait(), "(3 x 5 + 2 x 15) / 5");
        assertEquals(0.6, whole.withinTargetShare(), 1e-9);
        assertEquals(4.2, whole.averageRating(), 1e-9, "(3 x 5 + 2 + 4) / 5 ratings");
        assertEquals("GENERAL", assessment.report(site.id(), NOVEMBER, ReportGrouping.SERVICE).get(0).key());
        assertEquals(List.of("2026-11-30"), assessment.report(site.id(), NOVEMBER, ReportGrouping.DAY).stream().map(ReportLine::key).toList());
        assertTrue(assessment.compareSites(NOVEMBER).stream().anyMatch(s -> s.siteCode().equals(site.code()) && s.served() == 5
                && s.assessedStaff() == 2));
        String csv = Exports.ranking(ranking);
        assertTrue(csv.startsWith("\uFEFFrank,window,name"), csv);
        assertTrue(csv.contains("1,1,一号窗口,3,300,100,5,3"), csv);
    }
}
