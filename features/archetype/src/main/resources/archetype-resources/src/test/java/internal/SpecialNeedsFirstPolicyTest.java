package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.fixture.TestData;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.Ticket;

/** Who the sector's windows call first (Q2): the rule in plain Java, the tickets from the platform's fixture. */
class SpecialNeedsFirstPolicyTest {
    private static final Instant NOW = TestData.NINE.plusSeconds(3600);
    private final SpecialNeedsFirstPolicy policy = new SpecialNeedsFirstPolicy();

    private static Ticket ticket(long id, PriorityClass priority, int minutesAgo) {
        return TestData.ticket(id).serviceCode("${codePrefix}-CERT").number("${codePrefix.substring(0,2)}" + id).priority(priority)
                .issuedAt(NOW.minusSeconds(minutesAgo * 60L)).build();
    }

    @Test
    void specialNeedsGoFirstAndEachGroupInIssueOrder_Q2() {
        List<Ticket> waiting = new ArrayList<>(List.of(
                ticket(1, PriorityClass.NORMAL, 20),
                ticket(2, PriorityClass.ELDERLY, 5),
                ticket(3, PriorityClass.NORMAL, 25),
                ticket(4, PriorityClass.DISABLED, 10)));
        waiting.sort(policy.order(NOW));
        assertEquals(List.of(4L, 2L, 3L, 1L), waiting.stream().map(Ticket::id).toList());
    }

    @Test
    void aNormalTicketWaitingLongerThanTheCapGoesBeforeSpecialNeeds_Q2() {
        List<Ticket> waiting = new ArrayList<>(List.of(
                ticket(1, PriorityClass.ELDERLY, 2),
                ticket(2, PriorityClass.NORMAL, 31)));
        waiting.sort(policy.order(NOW));
        assertEquals(List.of(2L, 1L), waiting.stream().map(Ticket::id).toList());
    }

    @Test
    void appliesOnlyToThisSector() {
        assertTrue(policy.appliesTo(Sector.NAME, Set.of("${codePrefix}-CERT")));
        assertFalse(policy.appliesTo("tax-hall", Set.of("TX-INVOICE")));
    }
}
