package org.servicehall.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** API 1.1: the wide records are built by name (builders) or from what they are made of (factories). */
class RecordBuildersTest {
    private static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));

    @Test
    void settingsAreBuiltFromTheDefaultsChangingOnlyWhatIsSet_M1() {
        assertEquals(AssessmentSettings.DEFAULTS, AssessmentSettings.builder().build());
        AssessmentSettings mine = AssessmentSettings.builder().attitudeWeight(40).efficiencyWeight(20).disciplineWeight(20)
                .abilityWeight(20).commendationAt(85).commendationTop(1).warningBelow(50).periodKind(PeriodKind.QUARTER).build();
        assertEquals(new AssessmentSettings(40, 20, 20, 20, 85, 1, 50, PeriodKind.QUARTER), mine);
        assertEquals(new AssessmentSettings(30, 30, 25, 15, 90, 5, 60, PeriodKind.MONTH),
                AssessmentSettings.DEFAULTS.toBuilder().commendationTop(5).build());
    }

    @Test
    void aScoreIsBuiltByNameAndCopiedWithAnotherRank_M1() {
        StaffScore s = StaffScore.builder().staffNumber("S1").staffName("李明").attitude(100).efficiency(95).discipline(100).ability(100)
                .total(98.5).rank(1).details("ratings 3").build();
        assertEquals(new StaffScore("S1", "李明", 100, 95, 100, 100, 98.5, 1, "ratings 3"), s);
        assertEquals(new StaffScore("S1", "李明", 100, 95, 100, 100, 98.5, 2, "ratings 3"), s.toBuilder().rank(2).build());
        assertEquals("", StaffScore.builder().build().details());
    }

    @Test
    void aReportLineLeftUnsetIsEmptyWithNaNWhereTheValueIsUnknown_M3() {
        ReportLine empty = ReportLine.builder().key("S1").label("李明").build();
        assertEquals(new ReportLine("S1", "李明", 0, 0, Duration.ZERO, Duration.ZERO, Double.NaN, Double.NaN, 0, 0, Double.NaN), empty);
        assertTrue(Double.isNaN(empty.withinTargetShare()) && Double.isNaN(empty.averageRating()) && Double.isNaN(empty.score()));
        assertEquals(new ReportLine("1", "一号窗口", 3, 1, Duration.ofMinutes(5), Duration.ofMinutes(4), 1.0, 5.0, 3, 0, 98.5),
                ReportLine.builder().key("1").label("一号窗口").served(3).noShows(1).averageWait(Duration.ofMinutes(5))
                        .averageService(Duration.ofMinutes(4)).withinTargetShare(1.0).averageRating(5.0).ratings(3).score(98.5).build());
    }

    @Test
    void aSitesComparisonAndAWindowsRankAreMadeFromTheirReportLine_M3() {
        ReportLine site = new ReportLine("HQ", "政务服务中心", 5, 1, Duration.ofMinutes(9), Duration.ofMinutes(5), 0.6, 4.2, 5, 1, 70.5);
        assertEquals(new SiteComparison(7, "HQ", "政务服务中心", 5, 1, Duration.ofMinutes(9), Duration.ofMinutes(5), 0.6, 4.2, 5, 1, 70.5, 3),
                SiteComparison.of(7, "HQ", "政务服务中心", site, 3));
        ReportLine window = new ReportLine("2", "二号窗口", 2, 0, Duration.ofMinutes(15), Duration.ofMinutes(8), 0.0, 3.0, 2, 1, Double.NaN);
        assertEquals(new WindowRank(2, 2, "二号窗口", 2, Duration.ofMinutes(15), 0.0, 3.0, 2), WindowRank.of(2, window));
    }

    @Test
    void aProposalIsMadeFromAScoreUndecidedAndGetsItsIdWhenStored_C5() {
        Instant at = Instant.parse("2026-11-30T10:00:00Z");
        StaffScore s = new StaffScore("S2", "王芳", 40, 21, 85, 0, 39.6, 3, "");
        Proposal p = Proposal.proposed(7, NOVEMBER, s, ProposalKind.WARNING, at);
        assertEquals(new Proposal(0, 7, NOVEMBER, "S2", "王芳", ProposalKind.WARNING, 39.6, 3, ProposalStatus.PROPOSED, at, null, null, null), p);
        assertEquals(new Proposal(12, 7, NOVEMBER, "S2", "王芳", ProposalKind.WARNING, 39.6, 3, ProposalStatus.PROPOSED, at, null, null, null),
                p.withId(12));
    }
}
