package org.servicehall.queue.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.servicehall.common.HallException;
import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.queue.Booking;
import org.servicehall.queue.QueueSettings.BookingRule;
import org.servicehall.queue.Slot;
import org.servicehall.site.WorkingDayCalendar;

/** Q9's rules: the slots of a day, what may be booked, when a booking may be checked in. Plain Java. */
final class SlotRules {
    static final int MAX_DAYS_AHEAD = 30;
    static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The booking's texts, {@code HALL-INF/i18n/booking(_zh_CN).properties}. */
    static final Texts TEXTS = Texts.of(SlotRules.class, "booking");
    /** A mainland mobile number: 11 digits from 13 to 19 (spaces and dashes allowed, +86 in front too). */
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** Q9 (issue 14 H5): the range of a service's slot length in minutes. */
    static final int MIN_SLOT_MINUTES = 5;
    static final int MAX_SLOT_MINUTES = 240;
    /** Q9: the range of a slot's places. */
    static final int MIN_PLACES = 1;
    static final int MAX_PLACES = 100;

    private SlotRules() {
    }

    /**
     * Q9 (issue 14 H5): a service's booking rule: its own values where it has them, else the
     * installation's slot length and places; a service is bookable unless it was set otherwise.
     */
    static BookingRule rule(SettingsStore.BookingValues own, int defaultMinutes, int defaultPlaces) {
        if (own == null || own.none()) {
            return new BookingRule(true, defaultMinutes, defaultPlaces, false);
        }
        return new BookingRule(own.bookable() == null || own.bookable(), own.slotMinutes() == null ? defaultMinutes : own.slotMinutes(),
                own.places() == null ? defaultPlaces : own.places(), true);
    }

    /** The installation's defaults must make slots at all (a configuration error otherwise, not a citizen's). */
    static void checkDefaults(int minutes, int places) {
        if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES || places < MIN_PLACES || places > MAX_PLACES) {
            throw new IllegalArgumentException("slots must be " + MIN_SLOT_MINUTES + ".." + MAX_SLOT_MINUTES + " minutes with "
                    + MIN_PLACES + ".." + MAX_PLACES + " places, not " + minutes + " minutes with " + places);
        }
    }

    /**
     * Q9 (issue 14 H5): a service's own slot length (5..240 minutes) and places (1..100), null for
     * the default; a value out of range is refused naming the form's field, in the reader's language.
     */
    static void checkSettings(Integer slotMinutes, Integer places) {
        Validator v = new Validator();
        if (slotMinutes != null) {
            v.check(slotMinutes >= MIN_SLOT_MINUTES && slotMinutes <= MAX_SLOT_MINUTES, "slotMinutes", QueueRules.TEXTS.message(
                    "error.booking.range", QueueRules.TEXTS.message("booking.minutes"), slotMinutes, MIN_SLOT_MINUTES, MAX_SLOT_MINUTES));
        }
        if (places != null) {
            v.check(places >= MIN_PLACES && places <= MAX_PLACES, "places", QueueRules.TEXTS.message("error.booking.range",
                    QueueRules.TEXTS.message("booking.places"), places, MIN_PLACES, MAX_PLACES));
        }
        v.throwIfInvalid();
    }

    /** Q9 (issue 14 H5): a service that takes no appointments is refused, naming it (此业务不接受预约). */
    static void checkTakesAppointments(BookingRule rule, String serviceName) {
        if (!rule.bookable()) {
            throw new HallException(text("error.notBookable", serviceName));
        }
    }

    /** Q9: the length of a booking's slot: the one it was booked in where kept, else the service's length now. */
    static int slotMinutesOf(Integer booked, BookingRule rule) {
        return booked != null ? booked : rule.slotMinutes();
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
            throw new HallException(text("error.days", MAX_DAYS_AHEAD, day(date)));
        }
        if (!calendar.isWorkingDay(date)) {
            throw new HallException(text("error.notWorkingDay", day(date)));
        }
        Slot slot = slots.stream().filter(s -> s.start().equals(slotStart)).findFirst()
                .orElseThrow(() -> new HallException(text("error.noSlot", time(slotStart), serviceName)));
        if (hasBegun(date, slot.start(), now)) {
            throw new HallException(text("error.begun", time(slotStart), day(date)));
        }
        if (slot.free() == 0) {
            throw full(date, slotStart);
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
            throw new HallException(text("error.lapsed", b.code(), day(b.date()), time(b.slotStart()), time(closes.toLocalTime())));
        case CANCELLED:
        default:
            throw new HallException(text("error.cancelled", b.code()));
        }
        if (now.isBefore(opens) || !now.isBefore(closes)) {
            throw new HallException(text("error.checkInTime", b.code(), day(b.date()), time(b.slotStart()), time(opens.toLocalTime()),
                    time(closes.toLocalTime())));
        }
    }

    /** The refusal of a second check-in, in plain words: when it was checked in, with which ticket, and what to do. */
    static Message alreadyCheckedIn(String code, String ticketNumber, LocalDateTime checkedInAt) {
        if (checkedInAt != null && ticketNumber != null) {
            return text("error.checkedInAt", code, time(checkedInAt.toLocalTime()), ticketNumber);
        }
        return text("error.checkedIn", code);
    }

    static HallException full(LocalDate date, LocalTime slotStart) {
        return new HallException(text("error.full", time(slotStart), day(date)));
    }

    static Message text(String key, Object... args) {
        return TEXTS.message("booking." + key, args);
    }

    /** A day as the reader writes it: 2026年11月30日, 2026-11-30. */
    static Message day(LocalDate d) {
        return text("format.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A time on the 24-hour clock: 09:30. */
    static Message time(LocalTime t) {
        return text("format.time", t.getHour(), t.getMinute());
    }

    /**
     * The phone of a booking, digits only (13812345678), or a refusal naming the field: a mobile
     * number is required, so the hall can reach the citizen about the appointment.
     */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            throw ValidationException.of("phone", text("error.phone.required"));
        }
        String digits = phone.strip().replaceAll("[\\s\\-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw ValidationException.of("phone", text("error.phone.invalid", phone.strip()));
        }
        return digits;
    }

    /** The token of a cancellation link: 128 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the database keeps of a token: its SHA-256, hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
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
