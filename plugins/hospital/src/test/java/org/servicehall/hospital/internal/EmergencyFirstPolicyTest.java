package org.servicehall.hospital.internal;

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

class EmergencyFirstPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private final EmergencyFirstPolicy policy = new EmergencyFirstPolicy();

    private static Ticket ticket(long id, PriorityClass priority, int minutesAgo) {
        return TestData.ticket(id).serviceCode("H-REG").number("R" + id).priority(priority).issuedAt(NOW.minusSeconds(minutesAgo * 60L))
                .build();
    }

    @Test
    void emergenciesGoFirstEvenBeforeOverdueNormalTickets_H2_Q2() {
        List<Ticket> waiting = new ArrayList<>(List.of(
                ticket(1, PriorityClass.NORMAL, 45),      // overdue normal
                ticket(2, PriorityClass.ELDERLY, 10),
                ticket(3, PriorityClass.NORMAL, 5),
                ticket(4, PriorityClass.EMERGENCY, 1)));
        waiting.sort(policy.order(NOW));
        assertEquals(List.of(4L, 1L, 2L, 3L), waiting.stream().map(Ticket::id).toList());
    }

    @Test
    void appliesOnlyToHospitalWindows_Q2() {
        assertTrue(policy.appliesTo("hospital", Set.of("H-REG")));
        assertFalse(policy.appliesTo("tax-hall", Set.of("TX-INVOICE")));
    }
}
