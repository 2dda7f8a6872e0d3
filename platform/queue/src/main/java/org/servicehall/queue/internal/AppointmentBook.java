package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.queue.Appointments;
import org.servicehall.queue.Booking;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueSettings.BookingRule;
import org.servicehall.queue.Slot;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Masking;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Q9 on the shared database, beside the queue it issues tickets into: slots, bookings, check-in at
 * the kiosk and, on a node, the no-shows of bookings whose slot has ended (every 30 seconds). Each
 * service's slots follow its booking rule ({@link org.servicehall.queue.QueueSettings#booking}, issue
 * 14 H5): a service that takes no appointments is refused; a booking keeps the slot length it was
 * made in.
 */
@Component(service = { Appointments.class, Bookings.class }, immediate = true, configurationPid = QueueConfig.PID)
public final class AppointmentBook implements Appointments, Bookings {
    private static final Logger LOG = LoggerFactory.getLogger(AppointmentBook.class);

    private final TicketStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final TicketLifecycle tickets;
    /** Q9: each service's booking rule over the installation's defaults, as the queue's settings cache keeps it. */
    private final SettingsCache rules;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "servicehall-queue-no-shows");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public AppointmentBook(QueueConfig config, @Reference QueueParts parts, @Reference SiteService sites,
            @Reference TicketLifecycle tickets) {
        this(parts.store, sites, parts.audit, parts.clock, tickets, parts.settingsCache);
        SlotRules.checkDefaults(config.slotMinutes(), config.slotCapacity());
        checker.scheduleWithFixedDelay(() -> {
            try {
                int missed = recordNoShows();
                if (missed > 0) {
                    LOG.info("{} appointment(s) recorded as no-show", missed);
                }
            } catch (RuntimeException e) {
                LOG.warn("No-show check failed: {}", e.getMessage(), e);
            }
        }, 30, 30, TimeUnit.SECONDS);
    }

    /** Every service bookable in slots of {@code slotMinutes} with {@code capacity} places, unless the database says otherwise. */
    AppointmentBook(TicketStore store, SiteService sites, AuditLog audit, Clock clock, TicketLifecycle tickets, int slotMinutes,
            int capacity) {
        this(store, sites, audit, clock, tickets, withDefaults(new SettingsCache(store, Queue.Settings.DEFAULTS), slotMinutes, capacity));
    }

    AppointmentBook(TicketStore store, SiteService sites, AuditLog audit, Clock clock, TicketLifecycle tickets, SettingsCache rules) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.tickets = tickets;
        this.rules = rules;
    }

    private static SettingsCache withDefaults(SettingsCache cache, int minutes, int places) {
        cache.bookingDefaults(minutes, places);
        return cache;
    }

    private BookingRule rule(long siteId, String serviceCode) {
        return rules.booking(siteId, serviceCode);
    }

    @Deactivate
    void deactivate() {
        checker.shutdownNow();
    }

    private Site site(String code) {
        return sites.siteByCode(code == null ? "" : code.strip().toUpperCase()).orElseThrow(() -> new NotFound(SlotRules.text("error.site.unknown", code)));
    }

    private ServiceItem item(Site site, String code) {
        String c = code == null ? "" : code.trim().toUpperCase();
        ServiceItem item = sites.serviceItems(site.id()).stream().filter(i -> i.code().equals(c)).findFirst()
                .orElseThrow(() -> new NotFound(SlotRules.text("error.service.unknown", c, site.name())));
        if (!sites.isAvailable(item)) {
            throw new HallException(SlotRules.text("error.service.unavailable", item.name()));
        }
        return item;
    }

    @Override
    public List<Slot> slots(String siteCode, String serviceCode, LocalDate date) {
        Site site = site(siteCode);
        ServiceItem item = item(site, serviceCode);
        BookingRule rule = rule(site.id(), item.code());
        SlotRules.checkTakesAppointments(rule, item.name()); // issue 14 H5
        if (date == null) {
            throw ValidationException.of("date", SlotRules.text("error.date.required"));
        }
        // Q9: a slot that has begun is not offered (booking it would be refused, by the same rule)
        return SlotRules.notBegun(date, allSlots(site, item, date, rule), LocalDateTime.now(sites.clock(site.id())));
    }

    /** Every slot of the day with its booked places, begun or not, by the service's rule. */
    private List<Slot> allSlots(Site site, ServiceItem item, LocalDate date, BookingRule rule) {
        if (!sites.calendar(site.id()).isWorkingDay(date)) {
            return List.of();
        }
        Map<LocalTime, Integer> booked = store.read(c -> booked(c, site.id(), item.code(), date));
        return SlotRules.slots(site.opensAt(), site.closesAt(), rule.slotMinutes(), rule.places(), booked);
    }

    @Override
    public List<BookableService> bookableServices(String siteCode) {
        Site site = site(siteCode);
        List<BookableService> out = new ArrayList<>();
        for (ServiceItem i : sites.serviceItems(site.id())) {
            BookingRule r = rule(site.id(), i.code());
            if (r.bookable() && sites.isAvailable(i)) {
                out.add(new BookableService(i.code(), i.name(), r.slotMinutes(), r.places()));
            }
        }
        return out;
    }

    @Override
    public Booking book(String siteCode, String serviceCode, LocalDate date, LocalTime slotStart) {
        return insert(siteCode, serviceCode, date, slotStart, null, null).booking();
    }

    @Override
    public Confirmation book(String siteCode, String serviceCode, LocalDate date, LocalTime slotStart, String phone) {
        checkDateAndSlot(date, slotStart);
        String digits = SlotRules.phone(phone);
        String token = SlotRules.newToken();
        return new Confirmation(insert(siteCode, serviceCode, date, slotStart, digits, SlotRules.hash(token)), token);
    }

    private static void checkDateAndSlot(LocalDate date, LocalTime slotStart) {
        new Validator().check(date != null, "date", SlotRules.text("error.date.required"))
                .check(slotStart != null, "slot", SlotRules.text("error.slot.required")).throwIfInvalid();
    }

    /** Q9: takes a place of the slot and stores the booking, with the phone and the hash of its cancellation token when given. */
    private BookingView insert(String siteCode, String serviceCode, LocalDate date, LocalTime slotStart, String phone, String cancelHash) {
        checkDateAndSlot(date, slotStart);
        Site site = site(siteCode);
        ServiceItem item = item(site, serviceCode);
        BookingRule rule = rule(site.id(), item.code());
        SlotRules.checkTakesAppointments(rule, item.name()); // issue 14 H5
        LocalDateTime now = LocalDateTime.now(sites.clock(site.id())); // slots are in the site's zone (issue 12)
        SlotRules.checkBookable(date, slotStart, now, sites.calendar(site.id()), allSlots(site, item, date, rule), item.name());
        return store.inTransaction(c -> {
            if (!takePlace(c, site.id(), item.code(), date, slotStart, rule.places())) {
                throw SlotRules.full(date, slotStart);
            }
            String code = SlotRules.newCode();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sh_booking (site_id, service_code, booking_date, slot_start, "
                    + "booking_code, status, created_at, phone, cancel_hash, slot_minutes) VALUES (?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, ?)",
                    new String[] { "id" })) {
                ps.setLong(1, site.id());
                ps.setString(2, item.code());
                ps.setObject(3, date);
                ps.setObject(4, slotStart);
                ps.setString(5, code);
                ps.setTimestamp(6, Timestamp.from(clock.instant()));
                ps.setString(7, phone);
                ps.setString(8, cancelHash);
                ps.setInt(9, rule.slotMinutes()); // kept: a later change of the service's slots leaves this booking's slot as it was
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Booking b = new Booking(id, site.id(), item.code(), date, slotStart, code, Booking.Status.BOOKED, null);
            // S3: the audit keeps the phone masked, as every read shows it
            audit.record(c, Actor.SYSTEM, "book", "booking", id, null, b.code() + " " + b.serviceCode() + " " + date + " " + slotStart
                    + (phone == null ? "" : " " + Masking.phone(phone)));
            return new BookingView(b, item.name(), Masking.phone(phone));
        });
    }

    /** Takes one place of the slot if one is left; the slot row stays locked until commit. */
    private boolean takePlace(Connection c, long siteId, String service, LocalDate date, LocalTime slot, int places) throws SQLException {
        if (incrementIfFree(c, siteId, service, date, slot, places)) {
            return true;
        }
        Savepoint save = c.setSavepoint();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO sh_booking_slot (site_id, service_code, booking_date, slot_start, "
                + "booked) VALUES (?, ?, ?, ?, 1)")) {
            bindSlot(ins, siteId, service, date, slot);
            ins.executeUpdate();
            c.releaseSavepoint(save);
            return true;
        } catch (SQLException exists) {
            // the row exists (full, or created by another booking a moment ago): one more try of the update
            c.rollback(save);
            return incrementIfFree(c, siteId, service, date, slot, places);
        }
    }

    private boolean incrementIfFree(Connection c, long siteId, String service, LocalDate date, LocalTime slot, int places)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE sh_booking_slot SET booked = booked + 1 WHERE site_id = ? "
                + "AND service_code = ? AND booking_date = ? AND slot_start = ? AND booked < ?")) {
            bindSlot(up, siteId, service, date, slot);
            up.setInt(5, places);
            return up.executeUpdate() == 1;
        }
    }

    /** Parameters 1-4: the slot's site, service, day and start. */
    private static void bindSlot(PreparedStatement ps, long siteId, String service, LocalDate date, LocalTime slot) throws SQLException {
        ps.setLong(1, siteId);
        ps.setString(2, service);
        ps.setObject(3, date);
        ps.setObject(4, slot);
    }

    private static Map<LocalTime, Integer> booked(Connection c, long siteId, String service, LocalDate date) throws SQLException {
        Map<LocalTime, Integer> booked = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT slot_start, booked FROM sh_booking_slot WHERE site_id = ? "
                + "AND service_code = ? AND booking_date = ?")) {
            ps.setLong(1, siteId);
            ps.setString(2, service);
            ps.setObject(3, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    booked.put(rs.getObject(1, LocalTime.class), rs.getInt(2));
                }
            }
        }
        return booked;
    }

    @Override
    public Booking booking(String siteCode, String bookingCode) {
        String code = bookingCode == null ? "" : bookingCode.trim().toUpperCase();
        if (code.isEmpty()) {
            throw ValidationException.of("code", SlotRules.text("error.code.required"));
        }
        Site site = site(siteCode);
        return store.read(c -> BookingRows.find(c, site.id(), "booking_code", code)).map(BookingRows.Stored::booking)
                .orElseThrow(() -> new NotFound(SlotRules.text("error.booking.unknown", code)));
    }

    private BookingView view(Site site, BookingRows.Stored s) {
        String name = sites.serviceItems(site.id()).stream().filter(i -> i.code().equals(s.booking().serviceCode())).findFirst()
                .map(ServiceItem::name).orElse(s.booking().serviceCode());
        return new BookingView(s.booking(), name, Masking.phone(s.phone()));
    }

    @Override
    public BookingView view(String siteCode, String bookingCode) {
        Site site = site(siteCode);
        Booking b = booking(siteCode, bookingCode);
        return view(site, store.read(c -> BookingRows.find(c, site.id(), "booking_code", b.code())).orElseThrow());
    }

    @Override
    public BookingView byCancelToken(String siteCode, String token) {
        Site site = site(siteCode);
        return view(site, byToken(site, token));
    }

    private BookingRows.Stored byToken(Site site, String token) {
        String t = token == null ? "" : token.strip();
        return (t.isEmpty() ? Optional.<BookingRows.Stored>empty()
                : store.read(c -> BookingRows.find(c, site.id(), "cancel_hash", SlotRules.hash(t))))
                .orElseThrow(() -> new NotFound(SlotRules.text("error.token.unknown")));
    }

    @Override
    public BookingView cancel(String siteCode, String token) {
        Site site = site(siteCode);
        BookingRows.Stored s = byToken(site, token);
        Booking b = s.booking();
        boolean cancelled = store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_booking SET status = 'CANCELLED' WHERE id = ? AND status = 'BOOKED'")) {
                ps.setLong(1, b.id());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_booking_slot SET booked = booked - 1 WHERE site_id = ? "
                    + "AND service_code = ? AND booking_date = ? AND slot_start = ? AND booked > 0")) {
                bindSlot(ps, b.siteId(), b.serviceCode(), b.date(), b.slotStart());
                ps.executeUpdate();
            }
            audit.record(c, Actor.SYSTEM, "cancel", "booking", b.id(), "BOOKED", "CANCELLED");
            return true;
        });
        BookingRows.Stored now = store.read(c -> BookingRows.find(c, site.id(), "booking_code", b.code())).orElseThrow();
        if (!cancelled) {
            throw new HallException(SlotRules.text("error.cancel.state", b.code(),
                    SlotRules.text("status." + now.booking().status().name())));
        }
        return view(site, now);
    }

    @Override
    public TicketReceipt checkIn(String siteCode, String bookingCode) {
        Site site = site(siteCode);
        Booking b = booking(siteCode, bookingCode);
        Integer bookedMinutes = store.read(c -> BookingRows.find(c, site.id(), "booking_code", b.code())).map(BookingRows.Stored::slotMinutes)
                .orElse(null);
        int slotMinutes = SlotRules.slotMinutesOf(bookedMinutes, rule(b.siteId(), b.serviceCode()));
        String ticketNumber = null;
        LocalDateTime checkedInAt = null;
        if (b.status() == Booking.Status.CHECKED_IN && b.ticketId() != null) {
            // to tell the citizen which ticket the earlier check-in gave, and when
            Optional<Ticket> earlier = store.read(c -> store.find(c, b.ticketId()));
            if (earlier.isPresent()) {
                ticketNumber = earlier.get().number();
                checkedInAt = LocalDateTime.ofInstant(earlier.get().issuedAt(), sites.clock(b.siteId()).getZone());
            }
        }
        SlotRules.checkCheckIn(b, LocalDateTime.now(sites.clock(b.siteId())), slotMinutes, ticketNumber, checkedInAt);
        // the booking is claimed first, so one checked in twice at once gets one ticket; if the ticket cannot be
        // issued the booking is given back
        boolean claimed = store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_booking SET status = 'CHECKED_IN' WHERE id = ? AND status = 'BOOKED'")) {
                ps.setLong(1, b.id());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            audit.record(c, Actor.SYSTEM, "check-in", "booking", b.id(), "BOOKED", "CHECKED_IN");
            return true;
        });
        if (!claimed) {
            throw new HallException(SlotRules.alreadyCheckedIn(b.code(), null, null));
        }
        TicketReceipt receipt;
        try {
            receipt = tickets.issue(new IssueRequest(siteCode, b.serviceCode(), PriorityClass.APPOINTMENT, Channel.APPOINTMENT));
        } catch (RuntimeException e) {
            store.inTransaction(c -> { // give the booking back: nothing half-done
                try (PreparedStatement ps = c.prepareStatement("UPDATE sh_booking SET status = 'BOOKED' WHERE id = ?")) {
                    ps.setLong(1, b.id());
                    ps.executeUpdate();
                }
                return null;
            });
            throw e;
        }
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sh_booking SET ticket_id = ? WHERE id = ?")) {
                ps.setLong(1, receipt.ticket().id());
                ps.setLong(2, b.id());
                ps.executeUpdate();
            }
            return null;
        });
        return receipt;
    }

    @Override
    public int recordNoShows() {
        // bookings up to the latest day any zone has now; each is judged by its own site's time (issue 12)
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.MAX));
        return store.inTransaction(c -> {
            List<BookingRows.Stored> open;
            try (PreparedStatement ps = c.prepareStatement(BookingRows.SELECT + " WHERE status = 'BOOKED' AND booking_date <= ?")) {
                ps.setObject(1, now.toLocalDate());
                open = BookingRows.list(ps);
            }
            int count = 0;
            for (BookingRows.Stored s : open) {
                Booking b = s.booking();
                int slotMinutes = SlotRules.slotMinutesOf(s.slotMinutes(), rule(b.siteId(), b.serviceCode()));
                if (!LocalDateTime.of(b.date(), b.slotStart()).plusMinutes(slotMinutes).isAfter(LocalDateTime.now(sites.clock(b.siteId())))) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE sh_booking SET status = 'NO_SHOW' WHERE id = ? AND status = 'BOOKED'")) {
                        ps.setLong(1, b.id());
                        if (ps.executeUpdate() == 1) {
                            audit.record(c, Actor.SYSTEM, "no-show", "booking", b.id(), "BOOKED", "NO_SHOW");
                            count++;
                        }
                    }
                }
            }
            return count;
        });
    }
}
