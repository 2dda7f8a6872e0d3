package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.queue.Board;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.Window;

/**
 * The queue as it is read (Q2, Q4, Q7, Q10): a ticket's position and predicted wait in calling
 * order, every position of a site for the phones, what a window is working on, the display board
 * (read once per change and shared by every board of the node) and today's live figures.
 */
@Component(service = { QueueReadModel.class, TicketPositions.class })
public final class QueueReadModelImpl implements TicketPositions {
    private static final Set<TicketStatus> AT_A_WINDOW = EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING);

    private final QueueParts parts;
    private final CallOrder callOrder;
    private final SharedBoards boards;

    /** On a node: a board is shared by all the node's screens until the next change, for a second at most. */
    @Activate
    public QueueReadModelImpl(@Reference QueueParts parts, @Reference QueueExtensions extensions, @Reference QueueEventBus events) {
        this(parts, extensions, events, Duration.ofSeconds(1));
    }

    /** @param boardAge how long a board read is shared at most; zero: each board is read when asked for */
    QueueReadModelImpl(QueueParts parts, QueueExtensions extensions, QueueEventBus events, Duration boardAge) {
        this.parts = parts;
        this.callOrder = parts.callOrder(extensions);
        this.boards = new SharedBoards(this::readBoard, boardAge, events::changes);
    }

    @Override
    public Site site(String code) {
        return parts.sites.byCode(code);
    }

    @Override
    public Ticket ticket(long ticketId) {
        return parts.store.read(c -> parts.store.find(c, ticketId)).orElseThrow(() -> new NotFound("Ticket", ticketId));
    }

    @Override
    public Optional<String> servedBy(long ticketId) {
        return parts.store.read(c -> parts.store.servedBy(c, ticketId));
    }

    @Override
    public TicketPosition position(String siteCode, String number) {
        Site site = site(siteCode);
        String n = number == null ? "" : number.trim().toUpperCase();
        Ticket t = parts.store.read(c -> parts.store.findByNumber(c, site.id(), parts.today(site.id()), n))
                .orElseThrow(() -> new NotFound("Ticket of " + site.code() + " today", n));
        return position(t, false);
    }

    @Override
    public TicketPosition position(Ticket t, boolean justIssued) {
        if (t.status() != TicketStatus.WAITING) {
            return new TicketPosition(t, 0, Duration.ZERO);
        }
        List<Window> windows = parts.sites.windows(t.siteId());
        Set<String> services = Set.of(t.serviceCode());
        return parts.store.read(c -> {
            int ahead = 0;
            if (justIssued && !t.priority().isPriority()) {
                ahead = Math.max(0, parts.store.waitingCount(c, t.siteId(), t.businessDate(), t.serviceCode()) - 1);
            } else {
                // the head of the line in calling order; a ticket further back has everyone in it ahead, plus the
                // normal tickets issued before it that are not in it (normal tickets keep their order)
                List<Ticket> head = parts.store.candidates(c, t.siteId(), t.businessDate(), services, null, TicketStore.CANDIDATES);
                head.sort(callOrder.of(t.siteId(), services, parts.now()));
                boolean inHead = false;
                for (Ticket w : head) {
                    if (w.id() == t.id()) {
                        inHead = true;
                        break;
                    }
                    ahead++;
                }
                if (!inHead) {
                    long normalInHead = head.stream().filter(w -> !w.priority().isPriority()).count();
                    ahead = head.size() + (int) Math.max(0, parts.store.normalWaitingBefore(c, t) - normalInHead);
                }
            }
            int open = parts.openWindows.serving(c, windows, t.serviceCode());
            Duration avg = parts.serviceTimes.average(c, t.siteId(), t.businessDate(), t.serviceCode());
            return new TicketPosition(t, ahead, parts.predictor.remainingWait(ahead, open, avg));
        });
    }

    @Override
    public Map<Long, TicketPosition> positions(long siteId) {
        Instant now = parts.now();
        List<Window> windows = parts.sites.windows(siteId);
        return parts.store.read(c -> {
            List<Ticket> today = parts.store.today(c, siteId, parts.today(siteId));
            Map<Long, TicketPosition> positions = new HashMap<>();
            Map<String, List<Ticket>> waiting = new LinkedHashMap<>();
            for (Ticket t : today) {
                if (t.status() == TicketStatus.WAITING) {
                    waiting.computeIfAbsent(t.serviceCode(), k -> new ArrayList<>()).add(t);
                } else {
                    positions.put(t.id(), new TicketPosition(t, 0, Duration.ZERO));
                }
            }
            for (Map.Entry<String, List<Ticket>> e : waiting.entrySet()) {
                List<Ticket> line = e.getValue();
                line.sort(callOrder.of(siteId, Set.of(e.getKey()), now));
                int open = parts.openWindows.serving(c, windows, e.getKey());
                Duration avg = parts.serviceTimes.average(c, siteId, parts.today(siteId), e.getKey());
                for (int ahead = 0; ahead < line.size(); ahead++) {
                    Ticket t = line.get(ahead);
                    positions.put(t.id(), new TicketPosition(t, ahead, parts.predictor.remainingWait(ahead, open, avg)));
                }
            }
            return positions;
        });
    }

    @Override
    public List<Ticket> current(long windowId) {
        return current(parts.sites.window(windowId));
    }

    @Override
    public List<Ticket> current(Actor by, long windowId) {
        Window w = parts.sites.window(windowId);
        parts.requireAt(by, Role.STAFF, w.siteId(), "current", "window", windowId); // S1: a window of the actor's site
        return current(w);
    }

    private List<Ticket> current(Window w) {
        return parts.store.read(c -> parts.store.today(c, w.siteId(), parts.today(w.siteId()))).stream()
                .filter(t -> atWindow(t, w.number()))
                .sorted(Comparator.comparing(Ticket::calledAt).reversed()).toList();
    }

    private static boolean atWindow(Ticket t, int windowNumber) {
        return t.windowNumber() != null && t.windowNumber() == windowNumber && AT_A_WINDOW.contains(t.status());
    }

    @Override
    public Board board(String siteCode) {
        return boards.board(siteCode);
    }

    private Board readBoard(String siteCode) {
        Site site = site(siteCode);
        Map<Integer, Window> windows = parts.sites.windows(site.id()).stream().collect(Collectors.toMap(Window::number, w -> w));
        Map<String, String> names = parts.sites.serviceItems(site.id()).stream()
                .collect(Collectors.toMap(ServiceItem::code, ServiceItem::name));
        List<Ticket> today = parts.store.read(c -> parts.store.today(c, site.id(), parts.today(site.id())));
        List<Board.Call> calls = today.stream().filter(t -> t.calledAt() != null && t.windowNumber() != null)
                .sorted(Comparator.comparing(Ticket::calledAt).reversed())
                .map(t -> new Board.Call(t.number(), t.windowNumber(),
                        windows.containsKey(t.windowNumber()) ? windows.get(t.windowNumber()).name() : "",
                        names.getOrDefault(t.serviceCode(), t.serviceCode()), t.calledAt(), t.recalls()))
                .toList();
        Map<Integer, Board.Call> current = new LinkedHashMap<>();
        today.stream().filter(t -> AT_A_WINDOW.contains(t.status()) && t.windowNumber() != null)
                .sorted(Comparator.comparing(Ticket::calledAt).reversed())
                .forEach(t -> current.putIfAbsent(t.windowNumber(), calls.stream().filter(x -> x.number().equals(t.number())).findFirst()
                        .orElseThrow()));
        List<Board.Call> currentList = new ArrayList<>(current.values());
        currentList.sort(Comparator.comparingInt(Board.Call::windowNumber));
        return new Board(site.code(), site.name(), currentList, calls.subList(0, Math.min(10, calls.size())), parts.now());
    }

    @Override
    public QueueStats stats(long siteId) {
        Site site = parts.sites.site(siteId);
        Instant now = parts.now();
        List<Window> windows = parts.sites.windows(site.id());
        List<ServiceItem> items = parts.sites.serviceItems(site.id());
        // read before the statement's connection is taken: one connection per caller, never two (pools stay deadlock-free)
        Map<String, Duration> targets = new HashMap<>();
        items.forEach(i -> targets.put(i.code(), parts.settingsCache.thresholds(site.id(), i.code()).waitTarget()));
        return parts.store.read(c -> {
            List<Ticket> today = parts.store.today(c, site.id(), parts.today(site.id()));
            Map<Long, Instant> firstCalls = parts.store.firstCalls(c, site.id(), parts.today(site.id()));
            Map<Long, Boolean> open = new LinkedHashMap<>();
            for (Window w : windows) {
                open.put(w.id(), parts.openWindows.isOpen(c, w.id()));
            }
            List<QueueStats.ServiceStats> services = new ArrayList<>();
            for (ServiceItem item : items) {
                List<Ticket> mine = today.stream().filter(t -> t.serviceCode().equals(item.code())).toList();
                List<Ticket> waiting = mine.stream().filter(t -> t.status() == TicketStatus.WAITING).toList();
                List<Duration> waits = mine.stream().filter(t -> firstCalls.containsKey(t.id()))
                        .map(t -> Duration.between(t.issuedAt(), firstCalls.get(t.id()))).toList();
                List<Duration> serviceTimes = mine.stream().filter(t -> t.status() == TicketStatus.DONE && t.calledAt() != null)
                        .map(t -> Duration.between(t.calledAt(), t.finishedAt())).toList();
                Duration target = targets.get(item.code());
                long within = waits.stream().filter(d -> d.compareTo(target) <= 0).count();
                int openServing = (int) windows.stream().filter(w -> open.get(w.id()) && w.serviceCodes().contains(item.code())).count();
                Duration avgService = parts.predictor.averageServiceTime(serviceTimes);
                // Q1, Q4: predicted as a ticket taken now is (the same recent service times), so kiosk and dashboard agree
                Duration recentService = parts.serviceTimes.average(c, site.id(), parts.today(site.id()), item.code());
                Duration longest = waiting.stream().map(t -> Duration.between(t.issuedAt(), now)).max(Comparator.naturalOrder())
                        .orElse(Duration.ZERO);
                services.add(new QueueStats.ServiceStats(item.code(), item.name(), waiting.size(), longest, average(waits),
                        serviceTimes.isEmpty() ? Duration.ZERO : avgService, count(mine, TicketStatus.DONE), count(mine, TicketStatus.NO_SHOW),
                        waits.isEmpty() ? Double.NaN : within / (double) waits.size(),
                        parts.predictor.remainingWait(waiting.size(), openServing, recentService)));
            }
            List<QueueStats.WindowStats> windowStats = new ArrayList<>();
            for (Window w : windows) {
                String currentTicket = today.stream().filter(t -> atWindow(t, w.number())).map(Ticket::number).findFirst().orElse(null);
                int served = (int) today.stream().filter(t -> t.windowNumber() != null && t.windowNumber() == w.number()
                        && t.status() == TicketStatus.DONE).count();
                windowStats.add(new QueueStats.WindowStats(w.id(), w.number(), w.name(), open.get(w.id()), currentTicket, served));
            }
            return new QueueStats(services, windowStats);
        });
    }

    private static int count(List<Ticket> tickets, TicketStatus status) {
        return (int) tickets.stream().filter(t -> t.status() == status).count();
    }

    private static Duration average(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(durations.stream().mapToLong(Duration::toMillis).sum() / durations.size());
    }
}
