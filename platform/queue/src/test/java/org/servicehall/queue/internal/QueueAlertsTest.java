package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.queue.internal.Tickets.waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueAlert.Kind;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.internal.QueueAlerts.Clear;
import org.servicehall.queue.internal.QueueAlerts.Condition;
import org.servicehall.queue.internal.QueueAlerts.Raise;
import org.servicehall.queue.internal.QueueAlerts.Refresh;
import org.servicehall.queue.internal.QueueAlerts.Standing;
import org.servicehall.queue.internal.QueueAlerts.Step;

/**
 * Q3 (too many waiting) and Q4 (wait at risk, wait breached) as conditions, and what a check does
 * with the alerts that stand: raise, keep (refreshed in time or when the figures change), clear.
 */
class QueueAlertsTest {
    private static final Instant NINE = Instant.parse("2026-11-30T01:00:00Z");
    private static final Duration TEN_MIN = Duration.ofMinutes(10);
    private static final IntFunction<Duration> NO_WAIT = ahead -> Duration.ZERO;

    /** {@code n} tickets issued at {@code issuedAt}, ids from {@code firstId}. */
    private static List<Ticket> queue(int n, long firstId, Instant issuedAt) {
        List<Ticket> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(waiting(firstId + i, PriorityClass.NORMAL, issuedAt));
        }
        return list;
    }

    private static List<Condition> conditions(List<Ticket> waiting, IntFunction<Duration> predictor, Instant now) {
        return QueueAlerts.conditions("综合业务", waiting, predictor, now, 10, TEN_MIN);
    }

    private static List<Kind> kinds(List<Condition> list) {
        return list.stream().map(Condition::kind).toList();
    }

    /** The alert a check raised for a condition, as the store would give it back. */
    private static Standing stored(long id, Condition c, Instant at) {
        return new Standing(QueueAlert.builder().id(id).siteId(7).serviceCode("GENERAL").kind(c.kind()).ticketNumber(c.ticketNumber())
                .raisedAt(at).lastSeenAt(at).waiting(c.waiting()).waited(c.waited()).predictedWait(c.predictedWait())
                .waitingOver(c.waitingOver()).waitTarget(c.waitTarget()).message(c.message()).build(), c.ticketId());
    }

    // ---- conditions

    @Test
    void elevenWaitingIsOneConditionOfTheServiceNotOnePerTicket_Q3() {
        assertEquals(List.of(), conditions(queue(10, 1, NINE), NO_WAIT, NINE), "10 is not more than 10");
        List<Condition> eleven = conditions(queue(11, 1, NINE), NO_WAIT, NINE);
        assertEquals(List.of(Kind.TOO_MANY_WAITING), kinds(eleven));
        Condition c = eleven.get(0);
        assertEquals(0, c.ticketId());
        assertNull(c.ticketNumber());
        assertEquals(11, c.waiting());
        assertEquals(10, c.waitingOver());
        assertNull(c.waited());
        assertTrue(c.message().startsWith("11 people wait for '综合业务' (more than 10): open another window or divert"), c.message());
        assertEquals(List.of(Kind.TOO_MANY_WAITING), kinds(conditions(queue(30, 1, NINE), NO_WAIT, NINE)), "30: still one");
    }

    @Test
    void aPredictionUnderOrAtTheTargetIsNoAlert_Q4() {
        IntFunction<Duration> threeMinutesEach = ahead -> Duration.ofMinutes(3L * ahead);
        // ahead 0..3: 0, 3, 6, 9 min; 9 of 10 min is under the target: nothing
        assertEquals(List.of(), conditions(queue(4, 1, NINE), threeMinutesEach, NINE));
        Ticket t = waiting(1, PriorityClass.NORMAL, NINE);
        assertEquals(List.of(), conditions(List.of(t), ahead -> TEN_MIN, NINE), "exactly the target is not over it");
    }

    @Test
    void aTicketPredictedOverTheTargetIsAtRiskWithItsPrediction_Q4() {
        IntFunction<Duration> threeMinutesEach = ahead -> Duration.ofMinutes(3L * ahead);
        // ahead 4: 12 min > 10 min
        List<Condition> five = conditions(queue(5, 1, NINE), threeMinutesEach, NINE);
        assertEquals(List.of(Kind.WAIT_AT_RISK), kinds(five));
        Condition c = five.get(0);
        assertEquals("A005", c.ticketNumber());
        assertEquals(5, c.ticketId());
        assertEquals(Duration.ofMinutes(12), c.predictedWait());
        assertEquals(Duration.ZERO, c.waited());
        assertEquals(TEN_MIN, c.waitTarget());
        assertEquals("ticket A005 is predicted to wait 12 min for '综合业务', over the target of 10 min", c.message());
    }

    @Test
    void theWaitSoFarCountsInThePrediction_Q4() {
        Ticket t = waiting(1, PriorityClass.NORMAL, NINE);
        IntFunction<Duration> eight = ahead -> Duration.ofMinutes(8);
        assertEquals(List.of(), conditions(List.of(t), eight, NINE.plusSeconds(120)), "2 + 8 min is the target, not over it");
        List<Condition> later = conditions(List.of(t), eight, NINE.plusSeconds(180));
        assertEquals(List.of(Kind.WAIT_AT_RISK), kinds(later));
        assertEquals(Duration.ofMinutes(11), later.get(0).predictedWait());
        assertEquals(Duration.ofMinutes(3), later.get(0).waited());
    }

    @Test
    void aTicketWaitingLongerThanTheTargetIsBreachedNoLongerAtRisk_Q4() {
        Ticket t = waiting(1, PriorityClass.NORMAL, NINE);
        IntFunction<Duration> nine = ahead -> Duration.ofMinutes(9);
        assertEquals(List.of(Kind.WAIT_AT_RISK), kinds(conditions(List.of(t), nine, NINE.plusSeconds(600))),
                "waited exactly the target: not yet breached, but at risk");
        List<Condition> breached = conditions(List.of(t), nine, NINE.plusSeconds(660));
        assertEquals(List.of(Kind.WAIT_BREACHED), kinds(breached));
        assertEquals("A001", breached.get(0).ticketNumber());
        assertEquals(Duration.ofMinutes(11), breached.get(0).waited());
        assertNull(breached.get(0).predictedWait());
        assertEquals("ticket A001 has waited 11 min for '综合业务', over the target of 10 min", breached.get(0).message());
    }

    @Test
    void tooManyWaitingAndEachTicketsBreachHoldTogether_Q3_Q4() {
        List<Condition> all = conditions(queue(11, 1, NINE), NO_WAIT, NINE.plusSeconds(660));
        assertEquals(1, all.stream().filter(c -> c.kind() == Kind.TOO_MANY_WAITING).count());
        assertEquals(11, all.stream().filter(c -> c.kind() == Kind.WAIT_BREACHED).map(Condition::ticketNumber).distinct().count());
    }

    // ---- steps of a check

    @Test
    void aConditionThatStartsIsRaisedAndWhileItHoldsNothingNewIsRaised_Q3() {
        List<Condition> eleven = conditions(queue(11, 1, NINE), NO_WAIT, NINE);
        List<Step> first = QueueAlerts.steps(List.of(), eleven, NINE);
        assertEquals(1, first.size());
        assertInstanceOf(Raise.class, first.get(0));

        Standing raised = stored(1, eleven.get(0), NINE);
        assertEquals(List.of(), QueueAlerts.steps(List.of(raised), eleven, NINE.plusSeconds(5)), "same figures, seen a moment ago");
        List<Step> twelve = QueueAlerts.steps(List.of(raised), conditions(queue(12, 1, NINE), NO_WAIT, NINE), NINE.plusSeconds(5));
        assertEquals(1, twelve.size());
        Refresh refresh = assertInstanceOf(Refresh.class, twelve.get(0), "12 waiting: the same alert with the new count");
        assertEquals(1, refresh.alert().id());
        assertEquals(12, refresh.condition().waiting());
    }

    @Test
    void aKeptAlertIsWrittenAgainInTimeSoLastSeenStaysTrue_Q3_Q4() {
        List<Condition> eleven = conditions(queue(11, 1, NINE), NO_WAIT, NINE);
        Standing raised = stored(1, eleven.get(0), NINE);
        assertEquals(List.of(), QueueAlerts.steps(List.of(raised), eleven, NINE.plus(QueueAlerts.REFRESH).minusSeconds(1)));
        List<Step> later = QueueAlerts.steps(List.of(raised), eleven, NINE.plus(QueueAlerts.REFRESH));
        assertInstanceOf(Refresh.class, later.get(0));
    }

    @Test
    void aTicketsAlertDoesNotFollowEveryArrivalButFollowsTheTarget_Q4() {
        IntFunction<Duration> twelve = ahead -> Duration.ofMinutes(12);
        Condition atRisk = conditions(List.of(waiting(1, PriorityClass.NORMAL, NINE)), twelve, NINE).get(0);
        Standing raised = stored(1, atRisk, NINE);
        List<Ticket> more = queue(3, 1, NINE);
        assertEquals(List.of(), QueueAlerts.steps(List.of(raised),
                conditions(more, twelve, NINE).stream().filter(c -> c.ticketId() == 1).toList(), NINE.plusSeconds(5)),
                "two more waiting: the ticket's alert is not rewritten");
        List<Condition> newTarget = QueueAlerts.conditions("综合业务", List.of(waiting(1, PriorityClass.NORMAL, NINE)), twelve, NINE, 10,
                Duration.ofMinutes(11));
        assertInstanceOf(Refresh.class, QueueAlerts.steps(List.of(raised), newTarget, NINE.plusSeconds(5)).get(0),
                "the target changed");
    }

    @Test
    void anAlertWhoseConditionEndedIsClearedAndOverAgainIsANewAlert_Q3() {
        Standing raised = stored(1, conditions(queue(11, 1, NINE), NO_WAIT, NINE).get(0), NINE);
        List<Step> ten = QueueAlerts.steps(List.of(raised), conditions(queue(10, 2, NINE), NO_WAIT, NINE), NINE.plusSeconds(60));
        assertEquals(1, ten.size());
        assertEquals(1, assertInstanceOf(Clear.class, ten.get(0)).standing().alert().id());
        List<Step> again = QueueAlerts.steps(List.of(), conditions(queue(11, 2, NINE), NO_WAIT, NINE), NINE.plusSeconds(90));
        assertInstanceOf(Raise.class, again.get(0), "after the clear, over again raises again");
    }

    @Test
    void aCalledTicketsBreachIsClearedAndAnAtRiskTicketThatBreachesChangesAlert_Q4() {
        Ticket a1 = waiting(1, PriorityClass.NORMAL, NINE);
        Ticket a2 = waiting(2, PriorityClass.NORMAL, NINE);
        IntFunction<Duration> nine = ahead -> Duration.ofMinutes(9);
        List<Condition> atFive = conditions(List.of(a1, a2), nine, NINE.plusSeconds(300));
        assertEquals(List.of(Kind.WAIT_AT_RISK, Kind.WAIT_AT_RISK), kinds(atFive));
        List<Standing> standing = List.of(stored(1, atFive.get(0), NINE), stored(2, atFive.get(1), NINE));

        // eleven minutes on, A001 was called; A002 still waits and is breached
        List<Step> steps = QueueAlerts.steps(standing, conditions(List.of(a2), nine, NINE.plusSeconds(660)), NINE.plusSeconds(660));
        assertEquals(3, steps.size(), steps.toString());
        // in key order: at-risk of A001 and A002 cleared, A002's breach raised
        assertEquals(1, assertInstanceOf(Clear.class, steps.get(0)).standing().alert().id());
        assertEquals(2, assertInstanceOf(Clear.class, steps.get(1)).standing().alert().id());
        Raise breach = assertInstanceOf(Raise.class, steps.get(2));
        assertEquals(Kind.WAIT_BREACHED, breach.condition().kind());
        assertEquals("A002", breach.condition().ticketNumber());
    }

    @Test
    void stepsComeInOneOrderOfKindAndTicketSoNodesLockRowsAlike_Q3_Q4() {
        List<Condition> all = conditions(queue(12, 1, NINE), ahead -> Duration.ofMinutes(11), NINE);
        List<Condition> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        List<QueueAlerts.Key> keys = QueueAlerts.steps(List.of(), reversed, NINE).stream().map(Step::key).toList();
        assertEquals(Kind.TOO_MANY_WAITING, keys.get(0).kind());
        for (int i = 2; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).ticketId() < keys.get(i).ticketId(), keys.toString());
        }
    }
}
