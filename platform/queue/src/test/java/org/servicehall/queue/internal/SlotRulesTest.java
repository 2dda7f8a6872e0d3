package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.QueueSettings.BookingRule;
import org.servicehall.queue.Booking;
import org.servicehall.queue.Slot;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.WorkingDayCalendar;

/** Q9: slots follow opening hours; what can be booked; when a booking can be checked in. */
class SlotRulesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            List.of(new CalendarDay(LocalDate.of(2026, 12, 1), CalendarDay.Kind.HOLIDAY, "test holiday")));

    @Test
    void slotsCoverTheOpeningHoursAndCountTheBookedPlaces_Q9() {
        List<Slot> slots = SlotRules.slots(LocalTime.of(9, 0), LocalTime.of(11, 15), 30, 4, Map.of(LocalTime.of(9, 30), 3));
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30)),
                slots.stream().map(Slot::start).toList(), "a last shorter slot is dropped");
        assertEquals(1, slots.get(1).free());
        assertEquals(4, slots.get(0).free());
    }

    @Test
    void onlyFutureSlotsOfWorkingDaysWithAPlaceLeftCanBeBooked_Q9() {
        LocalDateTime now = LocalDateTime.of(MONDAY, LocalTime.of(9, 40));
        List<Slot> slots = SlotRules.slots(LocalTime.of(9, 0), LocalTime.of(17, 0), 30, 2, Map.of(LocalTime.of(10, 30), 2));
        assertDoesNotThrow(() -> SlotRules.checkBookable(MONDAY, LocalTime.of(10, 0), now, CALENDAR, slots, "invoices"));
        HallException begun = assertThrows(HallException.class,
                () -> SlotRules.checkBookable(MONDAY, LocalTime.of(9, 30), now, CALENDAR, slots, "invoices"));
        assertTrue(begun.getMessage().contains("has already begun"), begun.getMessage());
        HallException full = assertThrows(HallException.class,
                () -> SlotRules.checkBookable(MONDAY, LocalTime.of(10, 30), now, CALENDAR, slots, "invoices"));
        assertTrue(full.getMessage().contains("fully booked"), full.getMessage());
        HallException holiday = assertThrows(HallException.class,
                () -> SlotRules.checkBookable(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), now, CALENDAR, slots, "invoices"));
        assertTrue(holiday.getMessage().contains("not a working day"), holiday.getMessage());
        HallException noSlot = assertThrows(HallException.class,
                () -> SlotRules.checkBookable(MONDAY, LocalTime.of(10, 10), now, CALENDAR, slots, "invoices"));
        assertTrue(noSlot.getMessage().contains("no appointment time 10:10"), noSlot.getMessage());
        HallException tooFar = assertThrows(HallException.class,
                () -> SlotRules.checkBookable(MONDAY.plusDays(45), LocalTime.of(10, 0), now, CALENDAR, slots, "invoices"));
        assertTrue(tooFar.getMessage().contains("next 30 days"), tooFar.getMessage());
    }

    @Test
    void slotsThatHaveBegunAreNotOfferedByTheSameRuleBookingUses_Q9() {
        LocalDateTime now = LocalDateTime.of(MONDAY, LocalTime.of(9, 46));
        List<Slot> all = SlotRules.slots(LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 2, Map.of());
        List<Slot> offered = SlotRules.notBegun(MONDAY, all, now);
        assertEquals(List.of(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30)),
                offered.stream().map(Slot::start).toList(), "09:00 and 09:30 have begun at 09:46");
        for (Slot s : offered) {
            assertDoesNotThrow(() -> SlotRules.checkBookable(MONDAY, s.start(), now, CALENDAR, all, "invoices"), "offered " + s);
        }
        for (Slot s : all) {
            if (!offered.contains(s)) {
                HallException begun = assertThrows(HallException.class,
                        () -> SlotRules.checkBookable(MONDAY, s.start(), now, CALENDAR, all, "invoices"));
                assertTrue(begun.getMessage().contains("has already begun"), begun.getMessage());
            }
        }
        LocalDateTime atTen = LocalDateTime.of(MONDAY, LocalTime.of(10, 0));
        assertEquals(LocalTime.of(10, 30), SlotRules.notBegun(MONDAY, all, atTen).get(0).start(), "a slot starting now has begun");
        assertEquals(all, SlotRules.notBegun(MONDAY.plusDays(1), all, now), "tomorrow: every slot");
        assertEquals(List.of(), SlotRules.notBegun(MONDAY.minusDays(1), all, now), "yesterday: none");
    }

    @Test
    void aSecondCheckInIsRefusedInPlainWordsWithTheTimeAndTicket_Q9() {
        Booking used = new Booking(1, 1, "TX-INVOICE", MONDAY, LocalTime.of(10, 0), "X7NWTGAU", Booking.Status.CHECKED_IN, 7L);
        HallException twice = assertThrows(HallException.class, () -> SlotRules.checkCheckIn(used,
                LocalDateTime.of(MONDAY, LocalTime.of(9, 50)), 30, "T003", LocalDateTime.of(MONDAY, LocalTime.of(9, 41, 17))));
        assertEquals("Appointment X7NWTGAU has already been checked in at 09:41; your ticket number is T003. Please wait until "
                + "that number is called; if you lost the ticket, ask at the information desk.", twice.getMessage());
        HallException unknownTime = assertThrows(HallException.class,
                () -> SlotRules.checkCheckIn(used, LocalDateTime.of(MONDAY, LocalTime.of(9, 50)), 30));
        assertTrue(unknownTime.getMessage().startsWith("Appointment X7NWTGAU has already been checked in."), unknownTime.getMessage());
        assertTrue(!unknownTime.getMessage().contains("CHECKED_IN"), "no internal status names: " + unknownTime.getMessage());
        Booking missed = new Booking(1, 1, "TX-INVOICE", MONDAY, LocalTime.of(10, 0), "X7NWTGAU", Booking.Status.NO_SHOW, null);
        HallException lapsed = assertThrows(HallException.class,
                () -> SlotRules.checkCheckIn(missed, LocalDateTime.of(MONDAY, LocalTime.of(10, 50)), 30));
        assertTrue(lapsed.getMessage().contains("has lapsed") && !lapsed.getMessage().contains("NO_SHOW"), lapsed.getMessage());
    }

    @Test
    void checkInIsOpenFromHalfAnHourBeforeTheSlotUntilItsEnd_Q9() {
        Booking b = new Booking(1, 1, "TX-INVOICE", MONDAY, LocalTime.of(10, 0), "ABCD2345", Booking.Status.BOOKED, null);
        assertThrows(HallException.class, () -> SlotRules.checkCheckIn(b, LocalDateTime.of(MONDAY, LocalTime.of(9, 29)), 30));
        assertDoesNotThrow(() -> SlotRules.checkCheckIn(b, LocalDateTime.of(MONDAY, LocalTime.of(9, 30)), 30));
        assertDoesNotThrow(() -> SlotRules.checkCheckIn(b, LocalDateTime.of(MONDAY, LocalTime.of(10, 29)), 30));
        HallException late = assertThrows(HallException.class,
                () -> SlotRules.checkCheckIn(b, LocalDateTime.of(MONDAY, LocalTime.of(10, 30)), 30));
        assertEquals("预约 ABCD2345 为 2026年11月30日 10:00：请在当天 09:30 至 10:30 签到。", late.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Appointment ABCD2345 is for 2026-11-30 10:00: check in from 09:30 until 10:30 that day.", late.getMessage());
        Booking used = new Booking(1, 1, "TX-INVOICE", MONDAY, LocalTime.of(10, 0), "ABCD2345", Booking.Status.CHECKED_IN, 7L);
        assertThrows(HallException.class, () -> SlotRules.checkCheckIn(used, LocalDateTime.of(MONDAY, LocalTime.of(9, 45)), 30));
    }

    @Test
    void bookingCodesAreReadable() {
        String code = SlotRules.newCode();
        assertEquals(8, code.length());
        assertTrue(code.chars().noneMatch(c -> "01IO".indexOf(c) >= 0), code);
    }

    @Test
    void aServicesOwnBookingValuesStandOverTheDefaultsOneByOne_Q9_H5() {
        assertEquals(new BookingRule(true, 30, 4, false), SlotRules.rule(null, 30, 4), "bookable in the installation's slots");
        assertEquals(new BookingRule(true, 30, 4, false), SlotRules.rule(new SettingsStore.BookingValues(null, null, null), 30, 4));
        assertEquals(new BookingRule(true, 15, 2, true), SlotRules.rule(new SettingsStore.BookingValues(null, 15, 2), 30, 4));
        assertEquals(new BookingRule(false, 30, 4, true), SlotRules.rule(new SettingsStore.BookingValues(false, null, null), 30, 4));
        assertEquals(new BookingRule(true, 30, 1, true), SlotRules.rule(new SettingsStore.BookingValues(true, null, 1), 30, 4));
    }

    @Test
    void slotLengthsFrom5To240MinutesAndPlacesFrom1To100AreAccepted_Q9_H5() {
        assertDoesNotThrow(() -> SlotRules.checkSettings(5, 1));
        assertDoesNotThrow(() -> SlotRules.checkSettings(240, 100));
        assertDoesNotThrow(() -> SlotRules.checkSettings(null, null), "null: the default");
        ValidationException low = assertThrows(ValidationException.class, () -> SlotRules.checkSettings(4, 0));
        assertEquals(Map.of("slotMinutes", "Slot length in minutes must be from 5 to 240, not 4.",
                "places", "Places per slot must be from 1 to 100, not 0."), low.byField(Locale.ENGLISH));
        ValidationException high = assertThrows(ValidationException.class, () -> SlotRules.checkSettings(241, 101));
        assertEquals("每个时段的名额应在 1 至 100 之间，不能是 101。", high.byField(Locale.SIMPLIFIED_CHINESE).get("places"));
        assertThrows(IllegalArgumentException.class, () -> SlotRules.checkDefaults(30, 0), "a configuration that makes no slots");
    }

    @Test
    void aServiceThatTakesNoAppointmentsIsRefusedInTheReadersLanguage_Q9_H5() {
        assertDoesNotThrow(() -> SlotRules.checkTakesAppointments(new BookingRule(true, 15, 2, true), "放射科"));
        HallException e = assertThrows(HallException.class, () -> SlotRules.checkTakesAppointments(new BookingRule(false, 30, 4, true), "药房"));
        assertEquals("此业务不接受预约：“药房”请到大厅的取号机取号办理。", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The service 药房 takes no appointments: please take a ticket at the hall's kiosk.", e.message(Locale.ENGLISH));
    }

    @Test
    void aBookingsSlotLengthIsTheOneItWasMadeIn_Q9_H5() {
        BookingRule now = new BookingRule(true, 15, 2, true);
        assertEquals(30, SlotRules.slotMinutesOf(30, now), "kept with the booking");
        assertEquals(15, SlotRules.slotMinutesOf(null, now), "a booking from before: the service's length");
        Booking b = new Booking(1, 1, "RAD", MONDAY, LocalTime.of(10, 0), "ABCD2345", Booking.Status.BOOKED, null);
        assertDoesNotThrow(() -> SlotRules.checkCheckIn(b, LocalDateTime.of(MONDAY, LocalTime.of(10, 20)), SlotRules.slotMinutesOf(30, now)));
        assertThrows(HallException.class, () -> SlotRules.checkCheckIn(b, LocalDateTime.of(MONDAY, LocalTime.of(10, 20)),
                SlotRules.slotMinutesOf(null, now)));
    }
}
