package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.Booking;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.security.Actor;
import org.servicehall.security.PersonalData;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;
import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;
import org.servicehall.testing.MutableClock;
import org.servicehall.testing.TestDatabase;

/** Q9 on H2 and PostgreSQL: booking, capacity under concurrency, check-in to a priority ticket, no-shows. */
class AppointmentBookTest {
    private static final Actor ADMIN = new Actor("zhang.admin", "张主任", EnumSet.of(Role.ADMIN));
    private static final Actor STAFF = new Actor("li", "李", EnumSet.of(Role.STAFF));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private QueueFixture fx;
    private Queue queue;
    private AppointmentBook book;
    private Site site;
    private Window window;

    static List<TestDatabase.Kind> kinds() {
        return TestDatabase.kinds();
    }

    private void start(TestDatabase.Kind kind) {
        fx = QueueFixture.start(kind, new MutableClock(MutableClock.MONDAY_NINE));
        site = fx.sites.createSite(ADMIN, new SiteDraft("HALL", "办税服务厅", null, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        fx.sites.adoptCatalogueItem(ADMIN, site.id(), "TX-REG-SETUP", null);
        window = fx.sites.createWindow(ADMIN, site.id(), new WindowDraft(1, "一号窗口", Set.of("TX-REG-SETUP")));
        TicketStore store = new TicketStore(fx.pool, fx.kind());
        queue = Queue.create(store, fx.sites, fx.security, fx.clock, Queue.Settings.DEFAULTS, List::of, List::of, c -> { });
        book = new AppointmentBook(store, fx.sites, fx.security, fx.clock, queue, 30, 2);
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aBookingCheckedInBecomesAnAppointmentTicketCalledBeforeEarlierNormalOnes_Q9_Q2(TestDatabase.Kind kind) {
        start(kind);
        Booking b = book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(10, 0));
        assertEquals(Booking.Status.BOOKED, b.status());
        assertEquals(1, book.slots("HALL", "TX-REG-SETUP", MONDAY).stream().filter(s -> s.start().equals(LocalTime.of(10, 0)))
                .findFirst().orElseThrow().free());
        // a normal ticket issued shortly before (within the fairness cap, so not yet overdue)
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 40)));
        queue.issue(new org.servicehall.queue.IssueRequest("HALL", "TX-REG-SETUP", PriorityClass.NORMAL, null));
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 45)));
        TicketReceipt receipt = book.checkIn("HALL", b.code().toLowerCase());
        assertEquals(PriorityClass.APPOINTMENT, receipt.ticket().priority());
        assertEquals(Booking.Status.CHECKED_IN, book.booking("HALL", b.code()).status());
        assertEquals(receipt.ticket().id(), book.booking("HALL", b.code()).ticketId());
        assertEquals(receipt.ticket().id(), queue.callNext(STAFF, window.id()).orElseThrow().id(), "appointment before normal");
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 52)));
        HallException twice = assertThrows(HallException.class, () -> book.checkIn("HALL", b.code()));
        assertEquals("Appointment " + b.code() + " has already been checked in at 09:45; your ticket number is "
                + receipt.ticket().number() + ". Please wait until that number is called; if you lost the ticket, ask at the "
                + "information desk.", twice.getMessage());
        assertEquals(1, fx.count("sh_ticket WHERE priority = 'APPOINTMENT'"));
        assertTrue(fx.security.history("booking", b.id()).size() >= 2, "booking and check-in are audited (S2)");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aSlotNeverTakesMoreBookingsThanItsPlacesEvenAtOnce_Q9(TestDatabase.Kind kind) throws Exception {
        start(kind);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tries.add(pool.submit(() -> {
                try {
                    book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(11, 0));
                    return true;
                } catch (HallException full) {
                    return false;
                }
            }));
        }
        int booked = 0;
        for (Future<Boolean> f : tries) {
            booked += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(2, booked, "capacity 2");
        assertEquals(2, fx.count("sh_booking WHERE slot_start = '11:00:00'"));
        assertEquals(0, book.slots("HALL", "TX-REG-SETUP", MONDAY).stream().filter(s -> s.start().equals(LocalTime.of(11, 0)))
                .findFirst().orElseThrow().free());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bookingsNotCheckedInByTheEndOfTheirSlotAreNoShows_Q9(TestDatabase.Kind kind) {
        start(kind);
        Booking early = book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(9, 30));
        Booking later = book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(14, 0));
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(10, 0)));
        assertEquals(1, book.recordNoShows());
        assertEquals(Booking.Status.NO_SHOW, book.booking("HALL", early.code()).status());
        assertEquals(Booking.Status.BOOKED, book.booking("HALL", later.code()).status());
        HallException missed = assertThrows(HallException.class, () -> book.checkIn("HALL", early.code()));
        assertTrue(missed.getMessage().contains("has lapsed"), missed.getMessage());
        assertEquals(0, book.recordNoShows(), "recorded once");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void slotsThatHaveBegunAreNotOffered_Q9(TestDatabase.Kind kind) {
        start(kind);
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 46)));
        List<LocalTime> offered = book.slots("HALL", "TX-REG-SETUP", MONDAY).stream().map(org.servicehall.queue.Slot::start).toList();
        assertEquals(LocalTime.of(10, 0), offered.get(0), "09:00 and 09:30 have begun at 09:46: " + offered);
        assertEquals(14, offered.size(), "10:00 to 16:30");
        for (LocalTime start : offered) { // every slot offered can be booked
            book.book("HALL", "TX-REG-SETUP", MONDAY, start);
        }
        assertEquals(16, book.slots("HALL", "TX-REG-SETUP", MONDAY.plusDays(1)).size(), "tomorrow: the whole day");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anEmptyAppointmentCodeIsAValidationErrorNamingTheField_Q9(TestDatabase.Kind kind) {
        start(kind);
        for (String empty : new String[] { "", "   ", null }) {
            org.servicehall.common.ValidationException invalid = assertThrows(org.servicehall.common.ValidationException.class,
                    () -> book.checkIn("HALL", empty));
            assertEquals(List.of("code"), invalid.errors().stream().map(e -> e.field()).toList());
            assertTrue(invalid.getMessage().contains("Enter your appointment code"), invalid.getMessage());
        }
        assertEquals(0, fx.count("sh_ticket"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badBookingsAreRefusedNamingTheProblem_Q9(TestDatabase.Kind kind) {
        start(kind);
        assertTrue(assertThrows(HallException.class, () -> book.book("HALL", "NOPE", MONDAY, LocalTime.of(10, 0))).getMessage()
                .contains("offers no service NOPE"));
        assertTrue(assertThrows(HallException.class, () -> book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(9, 0))).getMessage()
                .contains("has already begun"));
        assertTrue(assertThrows(HallException.class, () -> book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(8, 30))).getMessage()
                .contains("no appointment time 08:30"));
        assertEquals("本大厅没有预约 ZZZZ9999。", assertThrows(HallException.class, () -> book.booking("HALL", "ZZZZ9999"))
                .message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, fx.count("sh_booking"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aBookingAsksForAMobilePhoneShownMaskedInEveryRead_Q9_S3(TestDatabase.Kind kind) {
        start(kind);
        ValidationException none = assertThrows(ValidationException.class,
                () -> book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(10, 0), "  "));
        assertEquals("请填写手机号码，以便大厅就预约事项与您联系。", none.byField(Locale.SIMPLIFIED_CHINESE).get("phone"));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(10, 0), "12345"));
        assertEquals("12345 不是手机号码：请填写11位数字，例如 13812345678。", bad.byField(Locale.SIMPLIFIED_CHINESE).get("phone"));
        assertEquals(0, fx.count("sh_booking"), "nothing stored for a refused booking");
        Bookings.Confirmation c = book.book("hall", "TX-REG-SETUP", MONDAY, LocalTime.of(10, 0), "138-1234-5678");
        assertEquals("138****5678", c.booking().phone());
        assertEquals("138****5678", book.view("HALL", c.booking().booking().code()).phone());
        assertEquals("138****5678", book.byCancelToken("HALL", c.cancelToken()).phone());
        assertEquals(1, fx.count("sh_booking WHERE phone = '13812345678'"), "kept in clear for the hall to call");
        assertEquals(0, fx.count("sh_audit_log WHERE after_state LIKE '%13812345678%'"));
        assertEquals(1, fx.count("sh_audit_log WHERE entity_type = 'booking' AND after_state LIKE '%138****5678%'"), "the audit keeps it masked");
        assertTrue(c.cancelToken().length() >= 20, "a token, not the booking id or code: " + c.cancelToken());
        assertEquals(0, fx.count("sh_booking WHERE cancel_hash = '" + c.cancelToken() + "'"), "only its hash is stored");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theCancellationLinksTokenCancelsTheBookingAndGivesItsPlaceBack_Q9(TestDatabase.Kind kind) {
        start(kind);
        Bookings.Confirmation c = book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(10, 0), "13812345678");
        book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(10, 0), "13900001111");
        assertEquals(0, free(LocalTime.of(10, 0)));
        String code = c.booking().booking().code();
        assertThrows(NotFound.class, () -> book.cancel("HALL", code), "the booking code alone does not cancel");
        assertThrows(NotFound.class, () -> book.cancel("HALL", String.valueOf(c.booking().booking().id())));
        assertEquals("此取消链接无效：请使用预约确认中的链接。", assertThrows(NotFound.class, () -> book.cancel("HALL", "x" + c.cancelToken()))
                .message(Locale.SIMPLIFIED_CHINESE));
        Bookings.BookingView cancelled = book.cancel("HALL", c.cancelToken());
        assertEquals(Booking.Status.CANCELLED, cancelled.booking().status());
        assertEquals(1, free(LocalTime.of(10, 0)), "its place is free again");
        HallException again = assertThrows(HallException.class, () -> book.cancel("HALL", c.cancelToken()));
        assertEquals("预约 " + code + " 已取消，不能再取消。", again.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, free(LocalTime.of(10, 0)), "a second cancellation gives nothing back");
        fx.clock.set(LocalDateTime.of(MONDAY, LocalTime.of(9, 45)));
        assertTrue(assertThrows(HallException.class, () -> book.checkIn("HALL", code)).getMessage().contains("was cancelled"));
    }

    private int free(LocalTime start) {
        return book.slots("HALL", "TX-REG-SETUP", MONDAY).stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow().free();
    }

    /** S3 (issue 16): a booking's phone is blanked after the retention period, or on request once its day is past. */
    @ParameterizedTest
    @MethodSource("kinds")
    void aBookingsPhoneIsAnonymisedAfterTheRetentionPeriodAndErasedOnRequestOnceItsDayIsPast_S3(TestDatabase.Kind kind) {
        start(kind);
        BookingPersonalData data = new BookingPersonalData(new TicketStore(fx.pool, fx.kind()), fx.sites, fx.security);
        String phone = "13912345678";
        String monday = book.book("HALL", "TX-REG-SETUP", MONDAY, LocalTime.of(10, 0), phone).booking().booking().code();
        String friday = book.book("HALL", "TX-REG-SETUP", MONDAY.plusDays(4), LocalTime.of(10, 0), phone).booking().booking().code();
        assertEquals(List.of(monday + " 2026-11-30 BOOKED " + phone, friday + " 2026-12-04 BOOKED " + phone), data.export(phone));

        PersonalData.Erasure today = data.erase(ADMIN, phone);
        assertEquals(0, today.erased(), "both are still to come");
        assertEquals(2, today.kept().size());
        assertTrue(today.kept().get(0).contains(monday + " on 2026-11-30 is still to come"), today.kept().toString());

        fx.clock.set(LocalDateTime.of(MONDAY.plusDays(1), LocalTime.of(9, 0)));
        assertEquals(1, data.erase(ADMIN, phone).erased(), "Monday's is past");
        assertEquals(null, book.view("HALL", monday).phone(), "blanked, the booking kept");
        assertEquals(Booking.Status.BOOKED, book.booking("HALL", monday).status());

        fx.clock.set(LocalDateTime.of(MONDAY.plusDays(20), LocalTime.of(9, 0)));
        java.time.Instant now = fx.clock.instant();
        assertEquals(0, data.anonymise(ADMIN, now.minus(java.time.Duration.ofDays(365)), java.util.Map.of()), "within a year");
        assertEquals(1, data.anonymise(ADMIN, now.minus(java.time.Duration.ofDays(365)), java.util.Map.of("HALL", now.minus(java.time.Duration.ofDays(10)))),
                "this site keeps phones 10 days");
        assertEquals(List.of(), data.export(phone));
        assertEquals(2, fx.count("sh_audit_log WHERE entity_type = 'booking' AND action = 'anonymise'"), "each blanking audited");
    }
}
