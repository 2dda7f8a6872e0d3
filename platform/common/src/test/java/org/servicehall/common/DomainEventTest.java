package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** DESIGN §5: one event type for every area's topics and payloads. */
class DomainEventTest {

    @Test
    void topicAreaAndNameAndPropertiesInTheirOrder() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("site", 7L);
        p.put("number", "A003");
        p.put("window", 2);
        DomainEvent e = new DomainEvent("org/servicehall/queue/TicketCalled", p);
        assertEquals("queue", e.area());
        assertEquals("TicketCalled", e.name());
        assertEquals(List.of("site", "number", "window"), List.copyOf(e.properties().keySet()));
        assertEquals(7L, e.property("site", Long.class));
        assertEquals(2, e.property("window"));
        assertNull(e.property("staff", String.class));
        assertEquals("org/servicehall/queue/TicketCalled{site=7, number=A003, window=2}", e.toString());
    }

    @Test
    void theEventIsImmutableAndDoesNotFollowTheCallersMap() {
        Map<String, Object> p = new HashMap<>();
        p.put("site", 1L);
        DomainEvent e = DomainEvent.of("org/servicehall/complaint/RatingGiven", p);
        p.put("site", 2L);
        assertEquals(1L, e.property("site"));
        assertThrows(UnsupportedOperationException.class, () -> e.properties().put("x", 1));
        DomainEvent more = e.with("score", 5);
        assertEquals(Map.of("site", 1L), e.properties());
        assertEquals(Map.of("site", 1L, "score", 5), more.properties());
        assertEquals(Map.of("site", 1L), more.with("score", null).properties(), "a null value removes the key");
    }

    @Test
    void nullValuesAreLeftOutAsEventAdminDoes() {
        Map<String, Object> p = new HashMap<>();
        p.put("owner", null);
        p.put("site", 3L);
        assertEquals(Map.of("site", 3L), new DomainEvent("org/servicehall/complaint/DeadlineNear", p).properties());
    }

    @Test
    void aTopicOutsideTheSchemeIsRefusedNamingIt() {
        for (String bad : List.of("org/servicehall/queue", "org/servicehall/Queue/TicketCalled", "com/acme/queue/Called",
                "org/servicehall/queue/Ticket Called", "org/servicehall/queue/*", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DomainEvent(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new DomainEvent("org/servicehall/queue/X", Map.of(" ", 1)));
        assertEquals("Alert", new DomainEvent("org/servicehall/attendance/Alert").name());
        assertEquals("conduct", new DomainEvent("org/servicehall/conduct/discipline/ViolationRecorded").area());
    }

    @Test
    void aPropertyOfAnotherTypeIsNamedWhenAskedFor() {
        DomainEvent e = new DomainEvent("org/servicehall/queue/TicketIssued", Map.of("site", 1));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> e.property("site", Long.class));
        assertEquals("org/servicehall/queue/TicketIssued: property 'site' is a Integer, not a Long", x.getMessage());
    }

    @Test
    void prefixesMatchAsEventAdminTopicsDo() {
        DomainEvent e = new DomainEvent("org/servicehall/queue/TicketCalled");
        assertTrue(e.matches("org/servicehall/queue/"));
        assertTrue(e.matches("org/servicehall/queue/*"));
        assertTrue(e.matches("org/servicehall/queue/TicketCalled"));
        assertTrue(e.matches(""));
        assertFalse(e.matches("org/servicehall/attendance/*"));
    }

    @Test
    void anEventFromAnotherNodeSaysSo() {
        DomainEvent own = new DomainEvent("org/servicehall/queue/TicketCalled", Map.of("site", 1L));
        assertFalse(own.fromOtherNode());
        assertTrue(own.with(DomainEvent.NODE, "b41c").fromOtherNode());
    }
}
