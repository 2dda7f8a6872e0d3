package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.queue.internal.Tickets.waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.internal.QueueAlerts.Alert;
import org.servicehall.queue.internal.QueueAlerts.Kind;

/** Q3 (too many waiting) and Q4 (wait at risk, wait breached) as edge-triggered alerts. */
class QueueAlertsTest {
    private static final Instant NINE = Instant.parse("2026-11-30T01:00:00Z");
    private static final IntFunction<Duration> NO_WAIT = ahead -> Duration.ZERO;

    private final QueueAlerts alerts = new QueueAlerts(10, Duration.ofMinutes(10));

    /** {@code n} tickets issued at {@code issuedAt}, ids from {@code firstId}. */
    private static List<Ticket> queue(int n, long firstId, Instant issuedAt) {
        List<Ticket> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(waiting(firstId + i, PriorityClass.NORMAL, issuedAt));
        }
        return list;
    }

    private List<Alert> evaluate(String service, List<Ticket> waiting, IntFunction<Duration> predictor, Instant now) {
        return alerts.evaluate(7, service, "综合业务", waiting, predictor, now);
    }

    private static List<Kind> kinds(List<Alert> list) {
        return list.stream().map(Alert::kind).toList();
    }

    @Test
    void elevenWaitingRaisesTooManyWaitingOnce_Q3() {
        assertEquals(List.of(), evaluate("GENERAL", queue(10, 1, NINE), NO_WAIT, NINE), "10 is not more than 10");
        List<Alert> raised = evaluate("GENERAL", queue(11, 1, NINE), NO_WAIT, NINE);
        assertEquals(List.of(Kind.TOO_MANY_WAITING), kinds(raised));
        Alert a = raised.get(0);
        assertEquals(7, a.siteId());
        assertEquals("GENERAL", a.serviceCode());
        assertNull(a.ticketNumber());
        assertTrue(a.message().startsWith("11 people wait for '综合业务' (more than 10): open another window or divert"), a.message());
    }

    @Test
    void stayingOverTheThresholdRaisesNothingNew_Q3() {
        evaluate("GENERAL", queue(11, 1, NINE), NO_WAIT, NINE);
        assertEquals(List.of(), evaluate("GENERAL", queue(12, 1, NINE), NO_WAIT, NINE));
        assertEquals(List.of(), evaluate("GENERAL", queue(11, 1, NINE), NO_WAIT, NINE));
        assertEquals(List.of(), evaluate("GENERAL", queue(30, 1, NINE), NO_WAIT, NINE));
    }

    @Test
    void goingBackToTheThresholdAndOverAgainRaisesAgain_Q3() {
        assertEquals(1, evaluate("GENERAL", queue(11, 1, NINE), NO_WAIT, NINE).size());
        assertEquals(List.of(), evaluate("GENERAL", queue(10, 2, NINE), NO_WAIT, NINE));
        assertEquals(List.of(Kind.TOO_MANY_WAITING), kinds(evaluate("GENERAL", queue(11, 2, NINE), NO_WAIT, NINE)));
        assertEquals(List.of(), evaluate("GENERAL", queue(11, 2, NINE), NO_WAIT, NINE));
    }

    @Test
    void eachServiceAndSiteHasItsOwnThresholdState_Q3() {
        assertEquals(1, evaluate("GENERAL", queue(11, 1, NINE), NO_WAIT, NINE).size());
        assertEquals(1, evaluate("INVOICE", queue(11, 100, NINE), NO_WAIT, NINE).size(), "another service");
        assertEquals(1, alerts.evaluate(8, "GENERAL", "综合业务", queue(11, 200, NINE), NO_WAIT, NINE).size(), "another site");
    }

    @Test
    void aTicketPredictedOverEightyPercentOfTheTargetRaisesWaitAtRiskOnceBeforeTheBreach_Q4() {
        IntFunction<Duration> threeMinutesEach = ahead -> Duration.ofMinutes(3L * ahead);
        // ahead 0,1,2: 0, 3, 6 min; ahead 3: 9 min > 8 min (80% of 10) -> at risk
        List<Ticket> four = queue(4, 1, NINE);
        List<Alert> raised = evaluate("GENERAL", four, threeMinutesEach, NINE);
        assertEquals(List.of(Kind.WAIT_AT_RISK), kinds(raised));
        assertEquals("A004", raised.get(0).ticketNumber());
        assertTrue(raised.get(0).message().contains("A004 is predicted to wait 9 min for '综合业务' (target 10 min)"),
                raised.get(0).message());
        assertEquals(List.of(), evaluate("GENERAL", four, threeMinutesEach, NINE.plusSeconds(60)), "raised once per ticket");
    }

    @Test
    void exactlyEightyPercentIsNotAtRiskAndTheWaitSoFarCounts_Q4() {
        Ticket t = waiting(1, PriorityClass.NORMAL, NINE);
        IntFunction<Duration> eight = ahead -> Duration.ofMinutes(8);
        assertEquals(List.of(), evaluate("GENERAL", List.of(t), eight, NINE), "8 of 10 min is not over 80%");
        // a minute later: waited 1 + predicted 8 = 9 min
        assertEquals(List.of(Kind.WAIT_AT_RISK), kinds(evaluate("GENERAL", List.of(t), eight, NINE.plusSeconds(60))));
    }

    @Test
    void waitBreachedIsRaisedOnceWhenTheWaitExceedsTheTarget_Q4() {
        Ticket t = waiting(1, PriorityClass.NORMAL, NINE);
        assertEquals(List.of(Kind.WAIT_AT_RISK), kinds(evaluate("GENERAL", List.of(t), NO_WAIT, NINE.plusSeconds(600))),
                "exactly the target is not yet a breach, but at risk");
        List<Alert> breached = evaluate("GENERAL", List.of(t), NO_WAIT, NINE.plusSeconds(660));
        assertEquals(List.of(Kind.WAIT_BREACHED), kinds(breached));
        assertEquals("A001", breached.get(0).ticketNumber());
        assertEquals("ticket A001 has waited 11 min for '综合业务', over the target of 10 min", breached.get(0).message());
        assertEquals(List.of(), evaluate("GENERAL", List.of(t), NO_WAIT, NINE.plusSeconds(900)), "raised once");
    }

    @Test
    void aTicketIsWarnedFirstThenBreachedEachOnce_Q4() {
        Ticket t = waiting(1, PriorityClass.NORMAL, NINE);
        IntFunction<Duration> nine = ahead -> Duration.ofMinutes(9);
        assertEquals(List.of(Kind.WAIT_AT_RISK), kinds(evaluate("GENERAL", List.of(t), nine, NINE)));
        assertEquals(List.of(), evaluate("GENERAL", List.of(t), nine, NINE.plusSeconds(300)));
        assertEquals(List.of(Kind.WAIT_BREACHED), kinds(evaluate("GENERAL", List.of(t), nine, NINE.plusSeconds(601))));
        assertEquals(List.of(), evaluate("GENERAL", List.of(t), nine, NINE.plusSeconds(1200)));
    }

    @Test
    void tooManyWaitingAndWaitAlertsComeTogether_Q3_Q4() {
        // 11 issued 11 minutes ago: one "too many", and each ticket breached once
        List<Alert> raised = evaluate("GENERAL", queue(11, 1, NINE), NO_WAIT, NINE.plusSeconds(660));
        assertEquals(1, raised.stream().filter(a -> a.kind() == Kind.TOO_MANY_WAITING).count());
        assertEquals(11, raised.stream().filter(a -> a.kind() == Kind.WAIT_BREACHED).map(Alert::ticketNumber).distinct().count());
        assertEquals(List.of(), evaluate("GENERAL", queue(11, 1, NINE), NO_WAIT, NINE.plusSeconds(720)));
    }
}
