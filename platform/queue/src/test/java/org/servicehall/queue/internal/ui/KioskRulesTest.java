package org.servicehall.queue.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.IssuingStatus.Reason;

/** Q1: what the kiosk's start screen shows: one "closed" screen when the hall takes no tickets, the wait in whole minutes. */
class KioskRulesTest {
    private static final Instant TOMORROW = Instant.parse("2026-12-01T00:30:00Z");

    private static IssuingStatus open(String code) {
        return new IssuingStatus(code, true, null, null, null);
    }

    private static IssuingStatus closed(String code, Reason reason) {
        return new IssuingStatus(code, false, reason, reason == Reason.NO_OPEN_WINDOW ? null : TOMORROW, "closed");
    }

    @Test
    void afterClosingOnADayOffAndBeforeOpeningTheWholeHallIsClosedWithWhenItOpensAgain_Q1_Q8() {
        for (Reason hall : List.of(Reason.CLOSED_FOR_THE_DAY, Reason.NOT_A_WORKING_DAY, Reason.BEFORE_OPENING)) {
            Optional<IssuingStatus> c = KioskRules.hallClosed(List.of(closed("A", hall), closed("B", hall), closed("X", Reason.NOT_OFFERED)));
            assertEquals(hall, c.orElseThrow().reason());
            assertEquals(TOMORROW, c.get().opensAgainAt());
        }
    }

    @Test
    void whileAnyServiceTakesTicketsOrOnlyWindowsAreClosedTheServicesAreShown_Q1() {
        assertEquals(Optional.empty(), KioskRules.hallClosed(List.of(open("A"), closed("B", Reason.NO_OPEN_WINDOW))));
        assertEquals(Optional.empty(), KioskRules.hallClosed(List.of(closed("A", Reason.NO_OPEN_WINDOW))),
                "each service marked: no open window serves it");
        assertEquals(Optional.empty(), KioskRules.hallClosed(List.of()), "a hall without services is not 'closed'");
    }

    @Test
    void aServiceWhoseSectorIsNotInstalledIsNotShown_Q1() {
        assertTrue(KioskRules.shown(closed("A", Reason.NO_OPEN_WINDOW)), "marked, not hidden");
        assertEquals(false, KioskRules.shown(closed("A", Reason.NOT_OFFERED)));
        assertEquals(false, KioskRules.shown(null));
    }

    @Test
    void theWaitIsShownInWholeMinutesRoundedUp_Q1_Q4() {
        assertEquals(0, KioskRules.minutes(Duration.ZERO));
        assertEquals(0, KioskRules.minutes(null));
        assertEquals(1, KioskRules.minutes(Duration.ofSeconds(20)));
        assertEquals(5, KioskRules.minutes(Duration.ofMinutes(5)));
        assertEquals(13, KioskRules.minutes(Duration.ofMinutes(12).plusSeconds(28)), "the dashboard's 12:28 is about 13 minutes");
    }
}
