package org.servicehall.queue.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.queue.Booking;
import org.servicehall.queue.Slot;
import org.servicehall.site.WorkingDayCalendar;

/** Q9's rules: the slots of a day, what may be booked, when a booking may be checked in. Plain Java. */
final class SlotRules {
    static final int MAX_DAYS_AHEAD = 30;
    static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SlotRules() {
    }

    /** The slots between opening and closing, each {@code minutes} long; a last shorter one is dropped. */
    static List<Slot> slots(LocalTime opens, LocalTime closes, int minutes, int capacity, Map<LocalTime, Integer> booked) {
        List<Slot> slots = new ArrayList<>();
        for (LocalTime start = opens; !start.plusMinutes(minutes).isAfter(closes) && start.plusMinutes(minutes).isAfter(start);
                start = start.plusMinutes(minutes)) {
            slots.add(new Slot(start, start.plusMinutes(minutes), capacity, booked.getOrDefault(start, 0)));
        }
        return slots;
    }

    static void checkBookable(LocalDate date, LocalTime slotStart, LocalDateTime now, WorkingDayCalendar calendar, List<Slot> slots,
            String serviceName) {
        if (date.isBefore(now.toLocalDate()) || date.isAfter(now.toLocalDate().plusDays(MAX_DAYS_AHEAD))) {
            throw new HallException("appointments are taken for today and the next " + MAX_DAYS_AHEAD + " days, not for " + date);
        }
        if (!calendar.isWorkingDay(date)) {
            throw new HallException(date + " is not a working day; choose another day");
        }
        Slot slot = slots.stream().filter(s -> s.start().equals(slotStart)).findFirst()
                .orElseThrow(() -> new HallException("there is no slot at " + slotStart + " for '" + serviceName + "'"));
        if (!LocalDateTime.of(date, slot.start()).isAfter(now)) {
            throw new HallException("the slot at " + slotStart + " on " + date + " has already begun; choose a later one");
        }
        if (slot.free() == 0) {
            throw new HallException("the slot at " + slotStart + " on " + date + " is fully booked");
        }
    }

    /** Q9: check-in is open from 30 minutes before the slot until its end, on the booking's day. */
    static void checkCheckIn(Booking b, LocalDateTime now, int slotMinutes) {
        if (b.status() != Booking.Status.BOOKED) {
            throw new HallException("booking " + b.code() + " is " + b.status() + "; only a booked appointment can be checked in");
        }
        LocalDateTime start = LocalDateTime.of(b.date(), b.slotStart());
        LocalDateTime opens = start.minus(CHECK_IN_EARLY);
        LocalDateTime closes = start.plusMinutes(slotMinutes);
        if (now.isBefore(opens) || !now.isBefore(closes)) {
            throw new HallException("booking " + b.code() + " is for " + b.date() + " " + b.slotStart() + "; check in from "
                    + opens.toLocalTime() + " until " + closes.toLocalTime() + " that day");
        }
    }

    static String newCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
