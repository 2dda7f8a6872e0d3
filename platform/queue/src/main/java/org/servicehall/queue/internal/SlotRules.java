package org.servicehall.queue.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
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

    /**
     * Q9: the slots that may still be offered for booking at {@code now}: those that have not begun,
     * by the same rule {@link #checkBookable} applies (a slot of a past day has begun too).
     */
    static List<Slot> notBegun(LocalDate date, List<Slot> slots, LocalDateTime now) {
        return slots.stream().filter(s -> !hasBegun(date, s.start(), now)).toList();
    }

    /** A slot has begun once its start is not after {@code now}. */
    static boolean hasBegun(LocalDate date, LocalTime slotStart, LocalDateTime now) {
        return !LocalDateTime.of(date, slotStart).isAfter(now);
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
        if (hasBegun(date, slot.start(), now)) {
            throw new HallException("the slot at " + slotStart + " on " + date + " has already begun; choose a later one");
        }
        if (slot.free() == 0) {
            throw new HallException("the slot at " + slotStart + " on " + date + " is fully booked");
        }
    }

    /** Q9: check-in is open from 30 minutes before the slot until its end, on the booking's day. */
    static void checkCheckIn(Booking b, LocalDateTime now, int slotMinutes) {
        checkCheckIn(b, now, slotMinutes, null, null);
    }

    /**
     * Q9: as {@link #checkCheckIn(Booking, LocalDateTime, int)}; a booking that is no longer open is
     * refused in words for the citizen at the kiosk, naming the ticket and time of an earlier
     * check-in where they are known ({@code ticketNumber}, {@code checkedInAt}: null if not).
     */
    static void checkCheckIn(Booking b, LocalDateTime now, int slotMinutes, String ticketNumber, LocalDateTime checkedInAt) {
        LocalDateTime start = LocalDateTime.of(b.date(), b.slotStart());
        LocalDateTime opens = start.minus(CHECK_IN_EARLY);
        LocalDateTime closes = start.plusMinutes(slotMinutes);
        switch (b.status()) {
        case BOOKED:
            break;
        case CHECKED_IN:
            throw new HallException(alreadyCheckedIn(b.code(), ticketNumber, checkedInAt));
        case NO_SHOW:
            throw new HallException("Appointment " + b.code() + " (" + b.date() + " " + b.slotStart() + ") was not checked in by "
                    + closes.toLocalTime() + " and has lapsed. Please take a normal ticket at the kiosk, or book a new appointment.");
        case CANCELLED:
        default:
            throw new HallException("Appointment " + b.code() + " was cancelled and cannot be checked in. Please take a normal "
                    + "ticket at the kiosk, or book a new appointment.");
        }
        if (now.isBefore(opens) || !now.isBefore(closes)) {
            throw new HallException("booking " + b.code() + " is for " + b.date() + " " + b.slotStart() + "; check in from "
                    + opens.toLocalTime() + " until " + closes.toLocalTime() + " that day");
        }
    }

    /** The refusal of a second check-in, in plain words: when it was checked in, with which ticket, and what to do. */
    static String alreadyCheckedIn(String code, String ticketNumber, LocalDateTime checkedInAt) {
        StringBuilder sb = new StringBuilder("Appointment ").append(code).append(" has already been checked in");
        if (checkedInAt != null) {
            sb.append(" at ").append(checkedInAt.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        if (ticketNumber != null) {
            sb.append("; your ticket number is ").append(ticketNumber)
                    .append(". Please wait until that number is called; if you lost the ticket, ask at the information desk.");
        } else {
            sb.append(". Please wait for your ticket number to be called; if you lost the ticket, ask at the information desk.");
        }
        return sb.toString();
    }

    static String newCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
