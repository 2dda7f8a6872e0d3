package org.servicehall.assessment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.PeriodKind;
import org.servicehall.assessment.ProposalKind;
import org.servicehall.assessment.StaffScore;
import org.servicehall.common.ValidationException;

class ScoringTest {
    private static final Scoring.Norms NORMS = new Scoring.Norms(300, 100);

    private static Scoring.Inputs ratings(long n, long bad, double avg, long confirmed) {
        return Scoring.Inputs.none("S1", "李明").withFeedback(new Scoring.Feedback(n, bad, avg, confirmed));
    }

    private static Scoring.Inputs queue(long called, long within, long serviceSeconds, long served) {
        return Scoring.Inputs.none("S1", "李明").withTickets(new Scoring.Tickets(called, within, Duration.ofSeconds(serviceSeconds), served));
    }

    private static Scoring.Inputs attendance(int late, int absent, int early, long away, long violations) {
        return Scoring.Inputs.none("S1", "李明").withConduct(new Scoring.Conduct(late, absent, early, away, violations));
    }

    private static Scoring.Inputs training(int enrolled, int attended, int passed, long errors) {
        return Scoring.Inputs.none("S1", "李明").withTraining(new Scoring.Training(enrolled, attended, passed, errors));
    }

    @Test
    void attitudeIsAllBestAtFiveNothingAtOneNeutralWithoutRatingsLessPerConfirmedComplaint_M1() {
        assertEquals(100, Scoring.attitude(ratings(10, 0, 5.0, 0)), 1e-9);
        assertEquals(0, Scoring.attitude(ratings(10, 10, 1.0, 0)), 1e-9);
        assertEquals(Scoring.NEUTRAL_ATTITUDE, Scoring.attitude(ratings(0, 0, Double.NaN, 0)), 1e-9);
        // avg 3, half bad: 70*2/4 + 30*0.5 = 50; one confirmed complaint -10
        assertEquals(40, Scoring.attitude(ratings(2, 1, 3.0, 1)), 1e-9);
        assertEquals(0, Scoring.attitude(ratings(10, 10, 1.0, 3)), 1e-9, "never below 0");
        assertEquals(50, Scoring.attitude(ratings(0, 0, Double.NaN, 3)), 1e-9, "complaints count without ratings too");
    }

    @Test
    void efficiencyWeighsWaitsWithinTargetServiceTimeAgainstTheMedianAndServedCount_M1() {
        assertEquals(0, Scoring.efficiency(queue(0, 0, 0, 0), NORMS), 1e-9, "nothing called, nothing served");
        // all within target, at the median time (30 * 0.5) and the median count
        assertEquals(85, Scoring.efficiency(queue(100, 100, 300, 100), NORMS), 1e-9);
        // half the median time or faster earns the full 30; twice the count is still capped at 20
        assertEquals(100, Scoring.efficiency(queue(100, 100, 150, 200), NORMS), 1e-9);
        assertEquals(100, Scoring.efficiency(queue(100, 100, 60, 200), NORMS), 1e-9);
        // 1.5 x the median time or slower earns nothing for time
        assertEquals(70, Scoring.efficiency(queue(100, 100, 450, 100), NORMS), 1e-9);
        // nothing within target, half the median count
        assertEquals(25, Scoring.efficiency(queue(50, 0, 300, 50), NORMS), 1e-9);
    }

    /** T3 feeds M1: the share of cases completed within their limit joins the share of waits within target. */
    @Test
    void casesCompletedInTimeJoinTheEfficiencyShare_M1_T3() {
        // all waits within target, at the median time and count: 85; half the cases late: the share is (1 + 0.5) / 2
        Scoring.Inputs both = queue(100, 100, 300, 100).withCases(new Scoring.Cases(10, 5));
        assertEquals(50 * 0.75 + 15 + 20, Scoring.efficiency(both, NORMS), 1e-9);
        // every case in time changes nothing for who had every wait within target
        assertEquals(85, Scoring.efficiency(queue(100, 100, 300, 100).withCases(new Scoring.Cases(4, 4)), NORMS), 1e-9);
        // no case completed: the queue's formula alone
        assertEquals(85, Scoring.efficiency(queue(100, 100, 300, 100).withCases(Scoring.Cases.NONE), NORMS), 1e-9);
        // a back-office reviewer who called no ticket: the cases' share alone, nothing for time or count
        Scoring.Inputs backOffice = Scoring.Inputs.none("S2", "王芳").withCases(new Scoring.Cases(8, 6));
        assertEquals(50 * 0.75, Scoring.efficiency(backOffice, NORMS), 1e-9);
        assertTrue(Scoring.scored(true, 0, 0, Scoring.Tickets.NONE, new Scoring.Cases(1, 0)), "a case completed is work in the period");
        assertFalse(Scoring.scored(false, 0, 0, Scoring.Tickets.NONE, new Scoring.Cases(1, 0)), "a supervisor is still not ranked");
        assertTrue(Scoring.details(both, NORMS).contains("cases completed 10, in time 5"), Scoring.details(both, NORMS));
    }

    @Test
    void disciplineLosesPointsPerLateAbsentEarlyLeaveTenMinutesAwayAndViolation_M1() {
        assertEquals(100, Scoring.discipline(attendance(0, 0, 0, 0, 0)), 1e-9);
        assertEquals(100, Scoring.discipline(attendance(0, 0, 0, 9, 0)), 1e-9, "under 10 minutes away costs nothing");
        assertEquals(99, Scoring.discipline(attendance(0, 0, 0, 10, 0)), 1e-9);
        assertEquals(100 - 5 - 10 - 5 - 3 - 15, Scoring.discipline(attendance(1, 1, 1, 35, 1)), 1e-9);
        assertEquals(0, Scoring.discipline(attendance(0, 5, 0, 0, 5)), 1e-9, "never below 0");
    }

    @Test
    void abilityCountsPassedAttendedAndAbsentCoursesLessPerServiceError_M1_M2() {
        assertEquals(100, Scoring.ability(training(0, 0, 0, 0)), 1e-9, "no course offered: not blamed");
        assertEquals(100, Scoring.ability(training(1, 1, 1, 0)), 1e-9);
        assertEquals(70, Scoring.ability(training(1, 1, 0, 0)), 1e-9);
        assertEquals(0, Scoring.ability(training(1, 0, 0, 0)), 1e-9);
        assertEquals(50, Scoring.ability(training(2, 1, 1, 0)), 1e-9);
        assertEquals(80, Scoring.ability(training(0, 0, 0, 2)), 1e-9);
        assertEquals(0, Scoring.ability(training(1, 0, 0, 3)), 1e-9);
    }

    @Test
    void scoresCombineTheFourPartsWithTheSitesWeights_M1() {
        assertEquals(98.5, Scoring.total(AssessmentSettings.DEFAULTS, 100, 95, 100, 100), 1e-9);
        assertEquals(39.6, Scoring.total(AssessmentSettings.DEFAULTS, 40, 21, 85, 0), 1e-9, "39.55 rounds half up");
        AssessmentSettings attitudeOnly = new AssessmentSettings(100, 0, 0, 0, 90, 3, 60, PeriodKind.MONTH);
        assertEquals(40, Scoring.total(attitudeOnly, 40, 100, 100, 100), 1e-9);
    }

    private static StaffScore score(String n, double total) {
        return new StaffScore(n, n, 0, 0, 0, 0, total, 0, "");
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips_M1() {
        List<StaffScore> ranked = Scoring.rank(List.of(score("S4", 70), score("S2", 90), score("S3", 90), score("S1", 95)));
        assertEquals(List.of("S1", "S2", "S3", "S4"), ranked.stream().map(StaffScore::staffNumber).toList());
        assertEquals(List.of(1, 2, 2, 4), ranked.stream().map(StaffScore::rank).toList());
    }

    @Test
    void topScoresOverTheThresholdAreProposedForCommendationAndLowScoresForWarning_M1_C5() {
        AssessmentSettings s = new AssessmentSettings(30, 30, 25, 15, 90, 2, 60, PeriodKind.MONTH);
        List<StaffScore> ranked = Scoring.rank(List.of(score("S1", 95), score("S2", 90), score("S3", 90), score("S4", 89.9),
                score("S5", 60), score("S6", 59.9)));
        List<Scoring.ProposalDraft> p = Scoring.proposals(ranked, s);
        assertEquals(List.of("S1:COMMENDATION", "S2:COMMENDATION", "S3:COMMENDATION", "S6:WARNING"),
                p.stream().map(d -> d.score().staffNumber() + ":" + d.kind()).toList(), "ties at rank 2 are both within the top 2");
        assertTrue(Scoring.proposals(Scoring.rank(List.of(score("S1", 89.9))), s).isEmpty());
        assertEquals(ProposalKind.WARNING, Scoring.proposals(Scoring.rank(List.of(score("S1", 0))), s).get(0).kind());
    }

    @Test
    void weightsThatDoNotSumTo100AreRefusedNamingTheField_M1() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Scoring.validate(new AssessmentSettings(30, 30, 25, 10, 90, 3, 60, PeriodKind.MONTH)));
        assertEquals("the four weights (30/30/25/10) sum to 95; they must sum to 100", e.byField().get("weights"));
        ValidationException many = assertThrows(ValidationException.class,
                () -> Scoring.validate(new AssessmentSettings(-10, 60, 25, 25, 50, 3, 60, null)));
        assertEquals("is -10; it must be between 0 and 100", many.byField().get("attitudeWeight"));
        assertEquals("must be below the commendation threshold 50.0", many.byField().get("warningBelow"));
        assertEquals("is required", many.byField().get("periodKind"));
        Scoring.validate(AssessmentSettings.DEFAULTS);
    }

    @Test
    void theSiteMedianIsTakenOverStaffWhoServed_M1() {
        Scoring.Norms n = Scoring.norms(List.of(queue(10, 10, 100, 10), queue(10, 10, 300, 30), queue(0, 0, 0, 0)));
        assertEquals(200, n.medianServiceSeconds(), 1e-9);
        assertEquals(20, n.medianServed(), 1e-9);
        assertTrue(Double.isNaN(Scoring.norms(List.of()).medianServed()));
    }

    /**
     * M1 (issue 12): a staff member with no shift and no ticket in the period is not scored — before,
     * they got 64 on the neutral defaults (attitude 80, efficiency 0, discipline and ability 100) and
     * were ranked among those who worked; a supervisor is not ranked as window staff.
     */
    @Test
    void onlyWindowStaffWhoWorkedInThePeriodAreScored_M1() {
        AssessmentSettings s = AssessmentSettings.DEFAULTS;
        Scoring.Inputs idle = Scoring.Inputs.none("S9", "赵磊");
        double onDefaults = Scoring.total(s, Scoring.attitude(idle), Scoring.efficiency(idle, NORMS), Scoring.discipline(idle),
                Scoring.ability(idle));
        assertTrue(onDefaults > 50, "the neutral defaults alone would score " + onDefaults);
        assertFalse(Scoring.scored(true, 0, 0, Scoring.Tickets.NONE), "no shift, no day at the post, no ticket");
        assertTrue(Scoring.scored(true, 3, 0, Scoring.Tickets.NONE), "rostered (absent days count against discipline)");
        assertTrue(Scoring.scored(true, 0, 1, Scoring.Tickets.NONE), "came to the post unscheduled");
        assertTrue(Scoring.scored(true, 0, 0, new Scoring.Tickets(1, 1, Duration.ofMinutes(3), 0)), "called a ticket");
        assertTrue(Scoring.scored(true, 0, 0, new Scoring.Tickets(0, 0, Duration.ofMinutes(3), 1)), "served a ticket");
        assertFalse(Scoring.scored(false, 20, 20, new Scoring.Tickets(5, 5, Duration.ofMinutes(3), 5)),
                "a supervisor is not ranked among window staff, even on days at a window");
    }
}
