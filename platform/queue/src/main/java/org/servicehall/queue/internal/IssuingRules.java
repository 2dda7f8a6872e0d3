package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.IssuingStatus.Reason;
import org.servicehall.site.WorkingDayCalendar;

/**
 * Q1, Q8: when tickets of a service can be taken. On a working day of the site's calendar from
 * {@link #LEAD} before the windows open (so the first citizens, and appointments checking in for
 * the first slot, are in line at opening) until the closing time; tickets issued before closing are
 * served after it. Only while the service's sector plugin runs and an open window serves it. Plain
 * Java: issuing refuses a ticket with the same answer a kiosk is given.
 */
final class IssuingRules {
    /** Issuing starts this long before the windows open (as appointment check-in does before a slot). */
    static final Duration LEAD = Duration.ofMinutes(30);

    private IssuingRules() {
    }

    /** The site: its name, hours and calendar. */
    record Hall(String name, LocalTime opensAt, LocalTime closesAt, WorkingDayCalendar calendar) {
    }

    /** The service: its name, whether its plugin runs, and the windows serving it (all, and open now). */
    record Service(String code, String name, boolean offered, int windows, int openWindows) {
    }

    /** When issuing starts on a working day: {@link #LEAD} before opening, not before midnight. */
    static LocalTime issuingStart(LocalTime opensAt) {
        return opensAt.toSecondOfDay() < LEAD.toSeconds() ? LocalTime.MIDNIGHT : opensAt.minus(LEAD);
    }

    /** Whether the service's tickets can be taken at {@code now} (in the hall's {@code zone}), and when not, why. */
    static IssuingStatus status(Hall hall, Service service, Instant now, ZoneId zone) {
        if (!service.offered()) {
            return closed(service, Reason.NOT_OFFERED, null,
                    "the service '" + service.name() + "' is not offered now: its sector plugin is not installed");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalTime time = LocalTime.ofInstant(now, zone);
        LocalTime start = issuingStart(hall.opensAt());
        if (!hall.calendar().isWorkingDay(today)) {
            Instant again = nextStart(hall, today.plusDays(1), zone);
            return closed(service, Reason.NOT_A_WORKING_DAY, again, hall.name() + " is closed today (" + today
                    + " is not a working day); no tickets are issued. Issuing opens again " + when(again, zone) + ".");
        }
        if (time.isBefore(start)) {
            Instant again = today.atTime(start).atZone(zone).toInstant();
            return closed(service, Reason.BEFORE_OPENING, again, hall.name() + " issues tickets from " + start
                    + " (the windows open at " + hall.opensAt() + "); it is " + time.withNano(0) + " now.");
        }
        if (!time.isBefore(hall.closesAt())) {
            Instant again = nextStart(hall, today.plusDays(1), zone);
            return closed(service, Reason.CLOSED_FOR_THE_DAY, again, "tickets are issued until " + hall.closesAt() + "; "
                    + hall.name() + " has stopped issuing for today. Tickets already issued are still served. Issuing opens again "
                    + when(again, zone) + ".");
        }
        if (service.openWindows() == 0) {
            return closed(service, Reason.NO_OPEN_WINDOW, null, service.windows() == 0
                    ? "no window serves '" + service.name() + "'; an admin assigns the service to a window"
                    : "no open window serves '" + service.name() + "' now; tickets are issued again when a supervisor opens one");
        }
        return new IssuingStatus(service.code(), true, null, null, null);
    }

    /** The start of issuing on the first working day on or after {@code from}. */
    private static Instant nextStart(Hall hall, LocalDate from, ZoneId zone) {
        return hall.calendar().onOrAfter(from).atTime(issuingStart(hall.opensAt())).atZone(zone).toInstant();
    }

    private static String when(Instant at, ZoneId zone) {
        return "on " + LocalDate.ofInstant(at, zone) + " at " + LocalTime.ofInstant(at, zone);
    }

    private static IssuingStatus closed(Service service, Reason reason, Instant again, String message) {
        return new IssuingStatus(service.code(), false, reason, again, message);
    }
}
