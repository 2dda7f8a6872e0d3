package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The deprecated 1.x aggregates (issue 11: no forwarding walls): each call goes to the part that
 * implements its interface, a missing part is refused when the aggregate is made, and a part's
 * exception reaches the caller as thrown.
 */
class AggregateTest {

    public interface Tickets {
        String issue(String service);

        void fail(RuntimeException e);

        void io() throws IOException;
    }

    public interface Board {
        List<String> board(long siteId);

        default String title() {
            return "board";
        }
    }

    /** An aggregate that declares a method of its own, besides its parts' interfaces. */
    public interface Hall extends Tickets, Board {
        int today();
    }

    private static final class TicketsPart implements Tickets {
        final List<String> calls = new ArrayList<>();

        @Override
        public String issue(String service) {
            calls.add("issue " + service);
            return "A001";
        }

        @Override
        public void fail(RuntimeException e) {
            throw e;
        }

        @Override
        public void io() throws IOException {
            throw new IOException("disk full");
        }
    }

    private static final class Today {
        public int today() {
            return 2;
        }
    }

    private static Board board() {
        return siteId -> List.of("A001 at window " + siteId);
    }

    @Test
    void eachCallGoesToThePartImplementingItsInterface() {
        TicketsPart tickets = new TicketsPart();
        Hall hall = Aggregate.of(Hall.class, tickets, board(), new Today());
        assertEquals("A001", hall.issue("tax"));
        assertEquals(List.of("issue tax"), tickets.calls);
        assertEquals(List.of("A001 at window 3"), hall.board(3));
        assertEquals(2, hall.today(), "a method the aggregate declares itself: the part with that public method");
        assertEquals("board", hall.title(), "a default method no part overrides: its body");
    }

    @Test
    void theFirstPartImplementingAnInterfaceServesIt() {
        Board first = board();
        Board second = siteId -> List.of("second");
        Hall hall = Aggregate.of(Hall.class, new TicketsPart(), first, second, new Today());
        assertEquals(List.of("A001 at window 1"), hall.board(1));
    }

    @Test
    void aMethodWithoutAPartIsRefusedWhenTheAggregateIsMadeNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregate.of(Hall.class, new TicketsPart(), new Today()));
        assertEquals("Hall: no part serves Board.board(long)", e.getMessage());
        IllegalArgumentException noToday = assertThrows(IllegalArgumentException.class,
                () -> Aggregate.of(Hall.class, new TicketsPart(), board()));
        assertEquals("Hall: no part serves Hall.today()", noToday.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Aggregate.of(TicketsPart.class, new TicketsPart()), "not an interface");
        assertThrows(NullPointerException.class, () -> Aggregate.of(Tickets.class, (Object) null));
    }

    @Test
    void aPartsExceptionReachesTheCallerAsThrown() {
        Hall hall = Aggregate.of(Hall.class, new TicketsPart(), board(), new Today());
        NotFound notFound = new NotFound("Ticket", 7L);
        assertSame(notFound, assertThrows(NotFound.class, () -> hall.fail(notFound)));
        IOException io = assertThrows(IOException.class, hall::io);
        assertEquals("disk full", io.getMessage());
    }

    @Test
    void equalsIsIdentityAndToStringNamesTheParts() {
        Hall hall = Aggregate.of(Hall.class, new TicketsPart(), board(), new Today());
        Hall other = Aggregate.of(Hall.class, new TicketsPart(), board(), new Today());
        assertTrue(hall.equals(hall));
        assertFalse(hall.equals(other));
        assertEquals(System.identityHashCode(hall), hall.hashCode());
        assertTrue(hall.toString().startsWith("Hall["), hall.toString());
    }
}
