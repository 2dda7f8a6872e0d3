package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.Booking;
import org.servicehall.queue.QueueSettings.BookingRule;
import org.servicehall.queue.Slot;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;
import org.servicehall.site.WindowDraft;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

/**
 * Q9, issue 14 H5 on H2 and PostgreSQL: each service's booking rule over the installation's
 * defaults (30-minute slots of 4 places here), set by the site's administrator, audited, kept in the
 * database; the appointment book follows it; bookings made before a change keep their slot.
 */
class BookingRulesPersistenceTest {
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private static final Actor SUPERVISOR = new Actor("wang.fang", "王芳", EnumSet.of(Role.SUPERVISOR));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private QueueFixture fx;
    private QueueParts parts;
    private QueueSettingsImpl settings;
    private AppointmentBook book;
    private Site site;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    private void start(TestDatabase.Kind kind) {
        fx = QueueFixture.start(kind, new MutableClock(MutableClock.MONDAY_NINE));
        site = fx.sites.createSite(ADMIN, new SiteDraft("HOSP", "人民医院", null, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        fx.sites.createServiceItem(ADMIN, site.id(), new ServiceItemDraft("RAD", "放射科 CT/MRI", "R", null,
                TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        fx.sites.createServiceItem(ADMIN, site.id(), new ServiceItemDraft("REG", "挂号", "G", null,
                TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "一号窗口", Set.of("RAD", "REG")));
        TicketStore store = new TicketStore(fx.pool, fx.kind());
        parts = new QueueParts(store, fx.sites, fx.security, fx.clock, Queue.Settings.DEFAULTS);
        parts.settingsCache.bookingDefaults(30, 4);
        settings = new QueueSettingsImpl(parts, (s, code) -> { });
        Queue queue = Queue.create(store, fx.sites, fx.security, fx.clock, Queue.Settings.DEFAULTS, List::of, List::of, c -> { });
        book = new AppointmentBook(store, fx.sites, fx.security, fx.clock, queue, parts.settingsCache);
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    private Slot slot(String service, LocalTime start) {
        return book.slots("HOSP", service, MONDAY).stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void radiologyIsBookedInFifteenMinuteSlotsOfTwoPlacesAndRegistrationNotAtAll_Q9_H5(TestDatabase.Kind kind) {
        start(kind);
        assertEquals(new BookingRule(true, 30, 4, false), settings.booking(site.id(), "RAD"), "the installation's defaults");
        assertEquals(new BookingRule(true, 15, 2, true), settings.setBooking(ADMIN, site.id(), "rad", null, 15, 2));
        assertEquals(new BookingRule(false, 30, 4, true), settings.setBooking(ADMIN, site.id(), "REG", false, null, null));

        List<Slot> slots = book.slots("HOSP", "RAD", MONDAY);
        assertEquals(LocalTime.of(9, 15), slots.get(0).start(), "09:00 has begun at 09:00");
        assertEquals(LocalTime.of(9, 30), slots.get(0).end(), "15 minutes long");
        assertEquals(2, slots.get(0).capacity());
        book.book("HOSP", "RAD", MONDAY, LocalTime.of(9, 30));
        book.book("HOSP", "RAD", MONDAY, LocalTime.of(9, 30));
        HallException full = assertThrows(HallException.class, () -> book.book("HOSP", "RAD", MONDAY, LocalTime.of(9, 30)));
        assertEquals("The time 09:30 on 2026-11-30 is fully booked.", full.getMessage());
        assertEquals(0, slot("RAD", LocalTime.of(9, 30)).free());

        HallException refused = assertThrows(HallException.class, () -> book.book("HOSP", "REG", MONDAY, LocalTime.of(10, 0)));
        assertEquals("此业务不接受预约：“挂号”请到大厅的取号机取号办理。", refused.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The service 挂号 takes no appointments: please take a ticket at the hall's kiosk.", refused.message(Locale.ENGLISH));
        assertThrows(HallException.class, () -> book.slots("HOSP", "REG", MONDAY), "no slots are offered either");
        assertEquals(0, fx.count("sh_booking WHERE service_code = 'REG'"));
        assertEquals(List.of(new Bookings.BookableService("RAD", "放射科 CT/MRI", 15, 2)), book.bookableServices("HOSP"),
                "the booking page offers radiology only");
        assertEquals(2, fx.security.history("service-queue", site.id() + "/RAD").size()
                + fx.security.history("service-queue", site.id() + "/REG").size(), "each change is audited (S2)");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aBookingKeepsItsSlotWhenTheServicesSlotsChangeLater_Q9_H5(TestDatabase.Kind kind) {
        start(kind);
        Booking b = book.book("HOSP", "RAD", MONDAY, LocalTime.of(10, 0)); // a 30-minute slot, 10:00-10:30
        settings.setBooking(ADMIN, site.id(), "RAD", null, 15, 1);
        assertEquals(1, slot("RAD", LocalTime.of(10, 0)).booked(), "the booking still holds its place");
        assertEquals(0, slot("RAD", LocalTime.of(10, 0)).free(), "and the slot of 1 place is full with it");
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(10, 20)));
        assertEquals(0, book.recordNoShows(), "its own slot lasts until 10:30, not 10:15");
        book.checkIn("HOSP", b.code()); // in its own check-in window (09:30-10:30); the new 15-minute one would have closed at 10:15
        assertEquals(Booking.Status.CHECKED_IN, book.booking("HOSP", b.code()).status());
        Booking later = book.book("HOSP", "RAD", MONDAY, LocalTime.of(11, 0)); // booked in the new 15-minute slot
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(11, 15)));
        assertEquals(1, book.recordNoShows(), "a booking of the new slots lapses when its 15 minutes end");
        assertEquals(Booking.Status.NO_SHOW, book.booking("HOSP", later.code()).status());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void valuesOutOfRangeAreRefusedNamingTheFormsFieldsAndChangeNothing_Q9_H5(TestDatabase.Kind kind) {
        start(kind);
        ValidationException e = assertThrows(ValidationException.class, () -> settings.setBooking(ADMIN, site.id(), "RAD", true, 4, 101));
        Map<String, String> zh = e.byField(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Set.of("slotMinutes", "places"), zh.keySet());
        assertEquals("预约时段长度（分钟）应在 5 至 240 之间，不能是 4。", zh.get("slotMinutes"));
        assertEquals("Places per slot must be from 1 to 100, not 101.", e.byField(Locale.ENGLISH).get("places"));
        assertThrows(ValidationException.class, () -> settings.setBooking(ADMIN, site.id(), "RAD", true, 241, 0));
        assertEquals(new BookingRule(true, 240, 100, true), settings.setBooking(ADMIN, site.id(), "RAD", true, 240, 100), "the bounds");
        assertEquals(new BookingRule(true, 5, 1, true), settings.setBooking(ADMIN, site.id(), "RAD", true, 5, 1));
        assertEquals(1, fx.count("sh_queue_booking_setting"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void onlyTheSitesAdministratorChangesAServicesAppointments_Q9_H5_S1(TestDatabase.Kind kind) {
        start(kind);
        Actor adminOfOther = new Actor("a900", "外站管理员", Set.of(), Map.of("OTHER-SITE", Set.of(Role.ADMIN)));
        Actor adminHere = new Actor("a001", "本站管理员", Set.of(), Map.of(site.code(), Set.of(Role.ADMIN)));
        assertThrows(AccessDenied.class, () -> settings.setBooking(SUPERVISOR, site.id(), "RAD", false, null, null));
        assertThrows(AccessDenied.class, () -> settings.setBooking(adminOfOther, site.id(), "RAD", false, null, null));
        assertTrue(settings.booking(site.id(), "RAD").bookable(), "nothing changed");
        assertFalse(settings.setBooking(adminHere, site.id(), "RAD", false, null, null).bookable());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theRuleIsKeptInTheDatabaseAndAllNullGoesBackToTheDefaults_Q9_H5(TestDatabase.Kind kind) {
        start(kind);
        settings.setBooking(ADMIN, site.id(), "RAD", null, 15, 2);
        // another node: its own cache on the same database
        QueueParts other = new QueueParts(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security, fx.clock, Queue.Settings.DEFAULTS);
        other.settingsCache.bookingDefaults(30, 4);
        assertEquals(new BookingRule(true, 15, 2, true), other.settingsCache.booking(site.id(), "RAD"));
        assertEquals(new BookingRule(true, 30, 4, false), settings.setBooking(ADMIN, site.id(), "RAD", null, null, null));
        assertEquals(0, fx.count("sh_queue_booking_setting"));
    }
}
