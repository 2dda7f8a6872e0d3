package org.servicehall.queue.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.servicehall.common.Message;
import org.servicehall.queue.Booking;

/**
 * Q9 as the citizens' booking page and its REST answers use it (issue 12): a booking asks for a
 * phone number, which every read shows masked (138****5678); the confirmation carries the token of
 * the cancellation link, which only the citizen holds (the database keeps its hash).
 */
public interface Bookings {

    /** A booking as a reader sees it: the phone masked, the service's name. */
    record BookingView(Booking booking, String serviceName, String phone) {
    }

    /** Q9 (issue 14 H5): a service that takes appointments, with its slot length and places per slot. */
    record BookableService(String code, String name, int slotMinutes, int places) {
    }

    /** Q9 (issue 14 H5): the site's services offered for booking now: available and bookable by their rule, in the site's order. */
    List<BookableService> bookableServices(String siteCode);

    /** The answer to a booking: the booking as read, and the token of its cancellation link. */
    record Confirmation(BookingView booking, String cancelToken) {
    }

    /**
     * Books a place in the slot for the phone number given.
     *
     * @throws org.servicehall.common.ValidationException naming {@code phone} when it is missing or not a phone number
     */
    Confirmation book(String siteCode, String serviceCode, LocalDate date, LocalTime slotStart, String phone);

    /** The booking its cancellation link names. */
    BookingView byCancelToken(String siteCode, String token);

    /** Cancels the booking its link names, giving its place back; a booking no longer open is refused, naming why. */
    BookingView cancel(String siteCode, String token);

    /** A booking by its code, the phone masked. */
    BookingView view(String siteCode, String bookingCode);

    /** A text of the booking's resource files ({@code booking.<key>}), for its REST answers and pages. */
    static Message text(String key, Object... args) {
        return SlotRules.text(key, args);
    }
}
