package org.servicehall.queue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.TextChecks;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;

/**
 * A ticket's life on the shared database: issuing (Q1, Q8), calling (Q2, Q5) and the steps at the
 * window (Q6). Each operation is one transaction including its audit entry; its event is published
 * after the commit, and a change that may start or end an alert asks for a check (Q3, Q4).
 */
@Component(service = TicketLifecycle.class)
public final class TicketLifecycleImpl implements TicketLifecycle {
    private final QueueParts parts;
    private final QueueExtensions extensions;
    private final CallOrder callOrder;
    private final QueueEventBus events;
    private final AlertChecks alerts;
    private final TicketPositions positions;

    @Activate
    public TicketLifecycleImpl(@Reference QueueParts parts, @Reference QueueExtensions extensions, @Reference QueueEventBus events,
            @Reference AlertChecks alerts, @Reference TicketPositions positions) {
        this.parts = parts;
        this.extensions = extensions;
        this.callOrder = parts.callOrder(extensions);
        this.events = events;
        this.alerts = alerts;
        this.positions = positions;
    }

    // ---- issuing (Q1, Q8)

    @Override
    public TicketReceipt issue(IssueRequest request) {
        Validator v = new Validator();
        v.required("siteCode", request.siteCode()).required("serviceCode", request.serviceCode()).throwIfInvalid();
        Site site = parts.sites.byCode(request.siteCode());
        String code = request.serviceCode().trim().toUpperCase();
        ServiceItem item = parts.sites.item(site.id(), code).orElseThrow(() -> new NotFound("Service of " + site.code(), code));
        Instant now = parts.now();
        IssuingRules.Hall hall = hall(site);
        List<Window> windows = parts.sites.windows(site.id());
        LocalDate day = LocalDate.ofInstant(now, parts.clock(site.id()).getZone());
        Ticket ticket = parts.store.inTransaction(c -> {
            // Q1, Q8: the answer a kiosk is given (IssuingRules), here with the windows open now
            IssuingStatus issuing = IssuingRules.status(hall, service(c, item, windows), now, parts.clock(site.id()).getZone());
            if (!issuing.takingTickets()) {
                throw new HallException(issuing.message());
            }
            int seq = parts.store.nextSequence(c, site.id(), code, day);
            String number = QueueRules.number(item.ticketPrefix(), seq);
            long id = parts.store.insert(c, site.id(), code, number, seq, day, request.priority(), request.channel(), now);
            Ticket t = Ticket.builder().id(id).siteId(site.id()).serviceCode(code).number(number).sequence(seq).businessDate(day)
                    .priority(request.priority()).channel(request.channel()).issuedAt(now).build();
            parts.audit.record(c, Actor.SYSTEM, "issue", "ticket", id, null, describe(t));
            return t;
        });
        publish(QueueEvents.TICKET_ISSUED, ticket, null);
        TicketPosition position = positions.position(ticket, true);
        alerts.check(site, code);
        return new TicketReceipt(ticket, site.name(), item.name(), position.peopleAhead(), position.estimatedWait());
    }

    /** Q1, Q8: whether each of the site's services takes tickets now, and if not why and from when. */
    @Override
    public List<IssuingStatus> issuing(String siteCode) {
        Site site = parts.sites.byCode(siteCode);
        IssuingRules.Hall hall = hall(site);
        List<ServiceItem> items = parts.sites.serviceItems(site.id());
        List<Window> windows = parts.sites.windows(site.id());
        Instant now = parts.now();
        return parts.store.read(c -> {
            List<IssuingStatus> out = new ArrayList<>();
            for (ServiceItem item : items) {
                out.add(IssuingRules.status(hall, service(c, item, windows), now, parts.clock(site.id()).getZone()));
            }
            return out;
        });
    }

    /** The site's name, hours and calendar, read before a statement's connection is taken. */
    private IssuingRules.Hall hall(Site site) {
        return new IssuingRules.Hall(site.name(), site.opensAt(), site.closesAt(), parts.sites.calendar(site.id()));
    }

    /** A service as the issuing rule sees it: whether its plugin runs, the windows serving it and how many are open. */
    private IssuingRules.Service service(Connection c, ServiceItem item, List<Window> windows) throws SQLException {
        int serving = (int) windows.stream().filter(w -> w.serviceCodes().contains(item.code())).count();
        int open = parts.openWindows.serving(c, windows, item.code());
        return new IssuingRules.Service(item.code(), item.name(), parts.sites.isAvailable(item), serving, open);
    }

    // ---- calling (Q2, Q5)

    @Override
    public Optional<Ticket> callNext(Actor actor, long windowId) {
        Window window = parts.sites.window(windowId);
        parts.requireAt(actor, Role.STAFF, window.siteId(), "call", "window", windowId); // S1: a window of the actor's site
        if (!parts.store.read(c -> parts.openWindows.isOpen(c, windowId))) {
            throw new HallException("window " + window.number() + " is closed; a supervisor opens it for calling");
        }
        if (window.serviceCodes().isEmpty()) {
            throw new HallException("window " + window.number() + " serves no service; an admin assigns its services");
        }
        for (CallGuard guard : extensions.guards()) {
            guard.check(actor, window.siteId(), windowId, window.number());
        }
        Site site = parts.sites.site(window.siteId());
        Set<String> served = servedNow(site.id(), window);
        Instant now = parts.now();
        Comparator<Ticket> order = callOrder.of(site.id(), served, now);
        // P1, M1: the staff number of whoever is at the window now, else the calling account's name
        String servedBy = extensions.staffAt(site.id(), window.number()).orElse(actor.username());
        LocalDate today = parts.today(site.id());
        Call call = parts.store.inTransaction(c -> {
            // issue 17: one current ticket per window; calls at the window (from any node) follow each other
            parts.store.lockWindow(c, windowId);
            List<Ticket> current = parts.store.currentAt(c, site.id(), today, window.number());
            if (!current.isEmpty()) {
                return new Call(Optional.of(current.get(0)), false);
            }
            List<Ticket> candidates = parts.store.candidates(c, site.id(), today, served, window.number(), TicketStore.CANDIDATES);
            candidates.sort(order);
            Optional<Message> firstHeld = Optional.empty();
            for (Ticket candidate : candidates) {
                Optional<Message> held = extensions.held(candidate, window.number()); // a sector's per-ticket hold (CallEligibility)
                if (held.isPresent()) {
                    firstHeld = firstHeld.isPresent() ? firstHeld : held;
                    continue;
                }
                if (parts.store.claim(c, candidate.id(), window.number(), now, servedBy)) {
                    Ticket t = candidate.toBuilder().status(TicketStatus.CALLED).calledAt(now).startedAt(null).finishedAt(null)
                            .windowNumber(window.number()).build();
                    parts.audit.record(c, actor, "call", "ticket", t.id(), candidate.status(), describe(t));
                    return new Call(Optional.of(t), true);
                }
            }
            if (firstHeld.isPresent()) {
                throw new HallException(firstHeld.get()); // every ticket waiting here is held: nobody called, say why
            }
            return new Call(Optional.<Ticket>empty(), false);
        });
        if (call.fresh()) {
            Ticket t = call.ticket().orElseThrow();
            publish(QueueEvents.TICKET_CALLED, t, window);
            alerts.check(site, t.serviceCode());
        }
        return call.ticket();
    }

    /** What a call answers, and whether it called the ticket now (else the window's current one, answered again). */
    private record Call(Optional<Ticket> ticket, boolean fresh) {
    }

    /** The window's services that are available now (their sector plugin runs). */
    private Set<String> servedNow(long siteId, Window window) {
        Set<String> available = parts.sites.serviceItems(siteId).stream().filter(parts.sites::isAvailable).map(ServiceItem::code)
                .collect(Collectors.toSet());
        Set<String> served = new HashSet<>(window.serviceCodes());
        served.retainAll(available);
        return served;
    }

    // ---- the steps at the window (Q6)

    @Override
    public Ticket recall(Actor actor, long ticketId) {
        requireAtTicket(actor, ticketId, "recall");
        Instant now = parts.now();
        Ticket t = change(actor, ticketId, "recall", before -> {
            QueueRules.checkRecall(before);
            return before.toBuilder().status(TicketStatus.CALLED).calledAt(now).finishedAt(null).recalls(before.recalls() + 1).build();
        });
        publish(QueueEvents.TICKET_CALLED, t, null);
        return t;
    }

    @Override
    public Ticket noShow(Actor actor, long ticketId) {
        requireAtTicket(actor, ticketId, "noShow");
        Ticket t = change(actor, ticketId, "no-show", before -> {
            QueueRules.checkNoShow(before, parts.settings.recallsBeforeNoShow());
            return before.toBuilder().status(TicketStatus.NO_SHOW).startedAt(null).finishedAt(parts.now()).build();
        });
        publish(QueueEvents.NO_SHOW, t, null);
        return t;
    }

    @Override
    public Ticket start(Actor actor, long ticketId) {
        requireAtTicket(actor, ticketId, "start");
        Ticket t = change(actor, ticketId, "start", before -> {
            QueueRules.checkStart(before);
            return before.toBuilder().status(TicketStatus.SERVING).startedAt(parts.now()).finishedAt(null).build();
        });
        publish(QueueEvents.SERVICE_STARTED, t, null);
        return t;
    }

    @Override
    public Ticket finish(Actor actor, long ticketId) {
        requireAtTicket(actor, ticketId, "finish");
        Ticket t = change(actor, ticketId, "finish", before -> {
            QueueRules.checkFinish(before);
            return before.toBuilder().status(TicketStatus.DONE).finishedAt(parts.now()).build();
        });
        parts.serviceTimes.finished(t);
        publish(QueueEvents.SERVICE_FINISHED, t, null);
        return t;
    }

    @Override
    public Ticket transfer(Actor actor, long ticketId, String toServiceCode, Integer toWindow, String note) {
        Ticket current = requireAtTicket(actor, ticketId, "transfer");
        Validator v = new Validator();
        v.required("service", toServiceCode).maxLength("note", note, 500).throwIfInvalid();
        String code = toServiceCode.trim().toUpperCase();
        ServiceItem item = parts.sites.item(current.siteId(), code).orElseThrow(() -> new NotFound("Service", code));
        if (!parts.sites.isAvailable(item)) {
            throw new HallException("the service '" + item.name() + "' is not offered now: its sector plugin is not installed");
        }
        if (toWindow != null && parts.sites.windows(current.siteId()).stream()
                .noneMatch(w -> w.number() == toWindow && w.serviceCodes().contains(code))) {
            throw new HallException("window " + toWindow + " does not serve '" + item.name() + "'");
        }
        TextChecks.requireAcceptable(extensions.textChecks(), actor, current.siteId(), "note", note);
        Ticket t = change(actor, ticketId, "transfer", before -> {
            QueueRules.checkTransfer(before);
            // Q6: back into the queue of the new service with its original issue time, so it keeps its place
            return before.toBuilder().serviceCode(code).status(TicketStatus.WAITING).calledAt(null).startedAt(null).finishedAt(null)
                    .windowNumber(null).targetWindow(toWindow).recalls(0).transfers(before.transfers() + 1)
                    .handoffNote(note == null || note.isBlank() ? null : note.trim()).build();
        });
        publish(QueueEvents.TICKET_TRANSFERRED, t, null);
        return t;
    }

    /**
     * A3, A4, Q6: a staff member takes the steps of a ticket only at the window they are signed in
     * at (attendance says who is); a supervisor anywhere. Without a source of who staffs the windows
     * (no attendance), nobody is signed in anywhere and the rule does not apply.
     */
    private void checkAtWindow(Actor actor, long ticketId) {
        if (extensions.windowStaff().isEmpty()) {
            return;
        }
        Ticket t = positions.ticket(ticketId);
        if (actor.hasAt(Role.SUPERVISOR, parts.sites.site(t.siteId()).code())) {
            return; // a supervisor of the ticket's site, not of another one (S1)
        }
        if (t.windowNumber() == null) {
            return;
        }
        Optional<String> signedIn = extensions.staffAt(t.siteId(), t.windowNumber());
        List<Staff> staff = parts.sites.staff(t.siteId());
        String name = signedIn.flatMap(n -> staff.stream().filter(s -> s.staffNumber().equals(n)).map(Staff::name).findFirst())
                .orElse(signedIn.orElse(""));
        Optional<String> own = staff.stream().filter(s -> actor.username().equalsIgnoreCase(s.username())).map(Staff::staffNumber)
                .findFirst();
        Message refusal = QueueRules.atWindowRefusal(t, false, signedIn, name, own);
        if (refusal != null) {
            throw new AccessDenied(refusal);
        }
    }

    /**
     * S1 (issue 16): the steps of a ticket need the staff role on the ticket's site; a staff member of
     * another site is refused, naming the step and the site, audited.
     *
     * @return the ticket as read
     */
    private Ticket requireAtTicket(Actor actor, long ticketId, String operation) {
        Ticket t = positions.ticket(ticketId);
        parts.requireAt(actor, Role.STAFF, t.siteId(), operation, "ticket", ticketId);
        return t;
    }

    /** One step: the ticket as read, changed by {@code step} if it is still as read (else a conflict), audited. */
    private Ticket change(Actor actor, long ticketId, String action, UnaryOperator<Ticket> step) {
        checkAtWindow(actor, ticketId);
        return parts.store.inTransaction(c -> {
            Ticket before = parts.store.find(c, ticketId).orElseThrow(() -> new NotFound("Ticket", ticketId));
            Ticket after = step.apply(before);
            if (!parts.store.update(c, before, after)) {
                throw new Conflict("ticket " + before.number() + " was changed at another window a moment ago; reload and try again");
            }
            parts.audit.record(c, actor, action, "ticket", ticketId, describe(before), describe(after));
            return after;
        });
    }

    static String describe(Ticket t) {
        return t.number() + " " + t.serviceCode() + " " + t.status() + (t.windowNumber() == null ? "" : " @" + t.windowNumber());
    }

    private void publish(String topic, Ticket t, Window window) {
        events.publish(QueueChange.ofTicket(topic, t, window == null ? null : window.number()));
    }
}
