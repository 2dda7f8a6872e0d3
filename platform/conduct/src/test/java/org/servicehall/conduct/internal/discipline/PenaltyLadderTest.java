package org.servicehall.conduct.internal.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.DisciplineThresholds;
import org.servicehall.conduct.SanctionLevel;

class PenaltyLadderTest {
    private final PenaltyLadder ladder = new PenaltyLadder(DisciplineThresholds.DEFAULTS);

    @ParameterizedTest(name = "{0} confirmed violations reach {1}")
    @CsvSource({ "0,", "1,WARNING", "2,WARNING", "3,DEMERIT", "4,DEMERIT", "5,DEMOTION", "7,DEMOTION", "8,DISMISSAL",
            "20,DISMISSAL" })
    void defaultStepsAtEachBoundary_C5(int count, SanctionLevel expected) {
        assertEquals(Optional.ofNullable(expected), ladder.reached(count));
    }

    @Test
    void climbingOneViolationAtATimeProposesEachStepOnce_C5() {
        Set<SanctionLevel> proposed = EnumSet.noneOf(SanctionLevel.class);
        StringBuilder trace = new StringBuilder();
        for (int count = 1; count <= 12; count++) {
            Optional<SanctionLevel> next = ladder.nextProposal(count, proposed);
            next.ifPresent(proposed::add);
            trace.append(count).append(':').append(next.map(Enum::name).orElse("-")).append(' ');
        }
        assertEquals("1:WARNING 2:- 3:DEMERIT 4:- 5:DEMOTION 6:- 7:- 8:DISMISSAL 9:- 10:- 11:- 12:- ", trace.toString());
    }

    @Test
    void aStepAlreadyProposedIsNeverProposedAgain_C5() {
        assertEquals(Optional.empty(), ladder.nextProposal(1, List.of(SanctionLevel.WARNING)));
        assertEquals(Optional.empty(), ladder.nextProposal(2, List.of(SanctionLevel.WARNING)));
        // counts fall as old violations age out and rise again: still no second warning
        assertEquals(Optional.empty(), ladder.nextProposal(1, List.of(SanctionLevel.WARNING, SanctionLevel.DEMERIT)));
        assertEquals(Optional.of(SanctionLevel.DEMERIT), ladder.nextProposal(3, List.of(SanctionLevel.WARNING)));
    }

    @Test
    void aJumpOverSeveralStepsProposesTheHighestReached_C5() {
        assertEquals(Optional.of(SanctionLevel.DEMOTION), ladder.nextProposal(6, List.of()));
        assertEquals(Optional.empty(), ladder.nextProposal(4, List.of(SanctionLevel.DEMOTION)));
    }

    @Test
    void siteThresholdsMoveTheBoundaries_C5() {
        PenaltyLadder strict = new PenaltyLadder(new DisciplineThresholds(2, 4, 6, 10, 6, 2));
        assertEquals(Optional.empty(), strict.reached(1));
        assertEquals(Optional.of(SanctionLevel.WARNING), strict.reached(2));
        assertEquals(Optional.of(SanctionLevel.WARNING), strict.reached(3));
        assertEquals(Optional.of(SanctionLevel.DEMERIT), strict.reached(4));
        assertEquals(Optional.of(SanctionLevel.DEMOTION), strict.reached(9));
        assertEquals(Optional.of(SanctionLevel.DISMISSAL), strict.reached(10));
    }

    @Test
    void thresholdsMustRiseStrictlyAndEachBrokenOneIsNamed_C5() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new PenaltyLadder(new DisciplineThresholds(0, 3, 3, 2, 0, 200)));
        Set<String> fields = e.byField().keySet();
        assertEquals(Set.of("warningAt", "demotionAt", "dismissalAt", "windowMonths", "commendationMonths"), fields, e.getMessage());
    }

    @Test
    void commendationAfterThreeFullCleanMonths_C5() {
        YearMonth march = YearMonth.of(2026, 3);
        Optional<YearMonth[]> due = ladder.commendationDue(march, List.of(YearMonth.of(2025, 12)), Optional.empty());
        assertTrue(due.isPresent());
        assertEquals(YearMonth.of(2026, 1), due.get()[0]);
        assertEquals(march, due.get()[1]);
    }

    @Test
    void aViolationInAnyOfTheMonthsOrAnOverlappingCommendationPreventsIt_C5() {
        YearMonth march = YearMonth.of(2026, 3);
        assertTrue(ladder.commendationDue(march, List.of(YearMonth.of(2026, 1)), Optional.empty()).isEmpty(), "first month");
        assertTrue(ladder.commendationDue(march, List.of(march), Optional.empty()).isEmpty(), "last month");
        assertTrue(ladder.commendationDue(march, List.of(), Optional.of(YearMonth.of(2026, 1))).isEmpty(), "overlap");
        assertTrue(ladder.commendationDue(march, List.of(YearMonth.of(2026, 4)), Optional.of(YearMonth.of(2025, 12))).isPresent(),
                "a later violation and a commendation that ended before the period do not count");
    }
}
