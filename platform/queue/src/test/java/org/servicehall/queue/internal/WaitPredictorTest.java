package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Q4: the predicted remaining wait of a waiting ticket. */
class WaitPredictorTest {
    private final WaitPredictor predictor = new WaitPredictor(Duration.ofMinutes(5));

    @Test
    void theAverageOfRecentServiceTimesOrTheDefaultWithoutHistory_Q4() {
        assertEquals(Duration.ofMinutes(4),
                predictor.averageServiceTime(List.of(Duration.ofMinutes(3), Duration.ofMinutes(5), Duration.ofMinutes(4))));
        assertEquals(Duration.ofMillis(1_500), predictor.averageServiceTime(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2))));
        assertEquals(Duration.ofMinutes(7), predictor.averageServiceTime(List.of(Duration.ofMinutes(7))));
        assertEquals(Duration.ofMinutes(5), predictor.averageServiceTime(List.of()), "the configured default");
    }

    @Test
    void theRemainingWaitIsTheRoundsOfCallsAheadTimesTheAverage_Q4() {
        Duration avg = Duration.ofMinutes(4);
        assertEquals(Duration.ZERO, predictor.remainingWait(0, 2, avg), "first in line");
        assertEquals(Duration.ofMinutes(4), predictor.remainingWait(1, 2, avg));
        assertEquals(Duration.ofMinutes(4), predictor.remainingWait(2, 2, avg));
        assertEquals(Duration.ofMinutes(12), predictor.remainingWait(5, 2, avg), "ceil(5/2) = 3 rounds");
        assertEquals(Duration.ofMinutes(8), predictor.remainingWait(4, 2, avg));
        assertEquals(Duration.ofMinutes(4), predictor.remainingWait(3, 3, avg));
        assertEquals(Duration.ofMinutes(8), predictor.remainingWait(4, 3, avg));
        assertEquals(Duration.ofMinutes(28), predictor.remainingWait(7, 1, avg));
        assertEquals(Duration.ofMinutes(4), predictor.remainingWait(2, 10, avg), "more windows than people ahead");
    }

    @Test
    void noOpenWindowCountsAsOneAndNegativeAheadAsNone_Q4() {
        Duration avg = Duration.ofMinutes(5);
        assertEquals(Duration.ofMinutes(15), predictor.remainingWait(3, 0, avg));
        assertEquals(predictor.remainingWait(3, 1, avg), predictor.remainingWait(3, 0, avg));
        assertEquals(predictor.remainingWait(3, 1, avg), predictor.remainingWait(3, -2, avg));
        assertEquals(Duration.ZERO, predictor.remainingWait(-1, 2, avg));
    }
}
