package org.servicehall.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Q9: appointments in time slots. Slots follow the site's opening hours on its working days;
 * booking is online (public), check-in at the kiosk turns a booking into a ticket with
 * {@link PriorityClass#APPOINTMENT}; bookings not checked in by the end of their slot are
 * recorded as no-shows.
 *
 * @since 1.1
 */
@ProviderType
public interface Appointments {

    List<Slot> slots(String siteCode, String serviceCode, LocalDate date);

    /** @throws org.servicehall.common.HallException naming why (slot full, past, not a working day…) */
    Booking book(String siteCode, String serviceCode, LocalDate date, LocalTime slotStart);

    /** Turns today's booking into a ticket, from 30 minutes before its slot until its slot ends. */
    TicketReceipt checkIn(String siteCode, String bookingCode);

    Booking booking(String siteCode, String bookingCode);

    /** Records the no-shows of bookings whose slot has ended; returns how many. */
    int recordNoShows();
}
