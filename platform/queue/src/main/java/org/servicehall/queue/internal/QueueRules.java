package org.servicehall.queue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.servicehall.common.HallException;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.site.WorkingDayCalendar;

/** The queue's rules of state and time (Q6, Q8). Plain Java. */
final class QueueRules {
    private QueueRules() {
    }

    /** Readable number: prefix and a 3-digit (or longer) daily sequence, e.g. A012. */
    static String number(String prefix, int sequence) {
        return prefix + (sequence < 1000 ? String.format("%03d", sequence) : String.valueOf(sequence));
    }

    /**
     * Q8: tickets are issued on working days until the closing time; tickets issued before it are
     * served afterwards (calling is never refused for the hour).
     */
    static void checkIssuing(Instant now, ZoneId zone, LocalTime closesAt, WorkingDayCalendar calendar, String siteName) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!calendar.isWorkingDay(today)) {
            throw new HallException(siteName + " is closed today (" + today + " is not a working day); no tickets are issued");
        }
        LocalTime time = LocalTime.ofInstant(now, zone);
        if (!time.isBefore(closesAt)) {
            throw new HallException("tickets are issued until " + closesAt + "; " + siteName
                    + " has stopped issuing for today. Tickets already issued are still served.");
        }
    }

    static void require(Ticket t, Set<TicketStatus> allowed, String step) {
        if (!allowed.contains(t.status())) {
            throw new InvalidTicketState("ticket " + t.number() + " is " + t.status() + "; only a ticket that is "
                    + String.join(" or ", allowed.stream().map(Enum::name).toList()) + " can be " + step);
        }
    }

    static void checkRecall(Ticket t) {
        require(t, EnumSet.of(TicketStatus.CALLED), "recalled");
    }

    /** Q6: a no-show is recorded only after the citizen was recalled the configured number of times. */
    static void checkNoShow(Ticket t, int requiredRecalls) {
        require(t, EnumSet.of(TicketStatus.CALLED), "marked as no-show");
        if (t.recalls() < requiredRecalls) {
            throw new InvalidTicketState("ticket " + t.number() + " was recalled " + t.recalls() + " time(s); recall it "
                    + requiredRecalls + " time(s) before marking it as no-show");
        }
    }

    static void checkStart(Ticket t) {
        require(t, EnumSet.of(TicketStatus.CALLED), "started");
    }

    static void checkFinish(Ticket t) {
        require(t, EnumSet.of(TicketStatus.SERVING), "finished");
    }

    static void checkTransfer(Ticket t) {
        require(t, EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING), "transferred");
    }
}
