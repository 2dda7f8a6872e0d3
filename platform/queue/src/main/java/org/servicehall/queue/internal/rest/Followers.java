package org.servicehall.queue.internal.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.servicehall.common.Subscription;
import org.servicehall.queue.Board;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.internal.QueueChange;
import org.servicehall.queue.internal.QueueEventBus;
import org.servicehall.queue.internal.TicketPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The phones following their tickets over server-sent events (DESIGN §1: thousands at once, no
 * Vaadin session each). After a change at a site, positions are computed once for the whole site
 * and each follower whose position changed gets one event; a heartbeat finds closed connections.
 */
final class Followers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Followers.class);

    /** One phone following one ticket. */
    private static final class Follower {
        final long ticketId;
        final SseEventSink sink;
        final Sse sse;
        volatile TicketPosition last;

        Follower(long ticketId, SseEventSink sink, Sse sse) {
            this.ticketId = ticketId;
            this.sink = sink;
            this.sse = sse;
        }
    }

    private final TicketPositions queue;
    private final Map<Long, List<Follower>> bySite = new ConcurrentHashMap<>();
    /** The positions last computed per site, shared by every phone that connects meanwhile. */
    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Snapshot(Map<Long, TicketPosition> byId, Map<String, TicketPosition> byNumber, long takenNanos) {
        static Snapshot of(Map<Long, TicketPosition> positions) {
            Map<String, TicketPosition> byNumber = new HashMap<>();
            positions.values().forEach(p -> byNumber.put(p.ticket().number(), p));
            return new Snapshot(positions, byNumber, System.nanoTime());
        }
    }
    /** Light display boards (TVs, signage players) following a site's board: site → (site code, sinks). */
    private final Map<Long, List<Follower>> boards = new ConcurrentHashMap<>();
    private final Map<Long, String> siteCodes = new ConcurrentHashMap<>();
    private final Map<Long, AtomicBoolean> pending = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "servicehall-followers"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "servicehall-heartbeat"));
    private final Subscription following;

    Followers(TicketPositions queue, QueueEventBus events) {
        this.queue = queue;
        this.following = events.listen(this::changed);
        heartbeat.scheduleWithFixedDelay(this::beat, 15, 15, TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * A ticket's position from the site's latest snapshot: a burst of phones connecting costs one
     * computation per second and site, not one per phone. Empty for an unknown number.
     */
    Optional<TicketPosition> position(long siteId, String number) {
        Snapshot s = snapshots.get(siteId);
        if (s == null || System.nanoTime() - s.takenNanos() > 1_000_000_000L || !s.byNumber().containsKey(number)) {
            synchronized (snapshots) {
                s = snapshots.get(siteId);
                if (s == null || System.nanoTime() - s.takenNanos() > 1_000_000_000L || !s.byNumber().containsKey(number)) {
                    s = Snapshot.of(queue.positions(siteId));
                    snapshots.put(siteId, s);
                }
            }
        }
        return Optional.ofNullable(s.byNumber().get(number));
    }

    void follow(long siteId, TicketPosition position, SseEventSink sink, Sse sse) {
        Follower f = new Follower(position.ticket().id(), sink, sse);
        bySite.computeIfAbsent(siteId, k -> new CopyOnWriteArrayList<>()).add(f);
        send(siteId, f, position);
        // a change between reading the position and joining the list is caught by one more (coalesced) push
        requestPush(siteId);
    }

    /** A light display board: the whole board is sent after every change at the site. */
    void followBoard(long siteId, String siteCode, SseEventSink sink, Sse sse) {
        siteCodes.put(siteId, siteCode);
        Follower f = new Follower(-1, sink, sse);
        boards.computeIfAbsent(siteId, k -> new CopyOnWriteArrayList<>()).add(f);
        sendBoard(siteId, f, queue.board(siteCode));
    }

    int count() {
        return bySite.values().stream().mapToInt(List::size).sum();
    }

    /** Coalesces bursts: one recomputation per site in flight, one more queued at most. */
    private void changed(QueueChange change) {
        long site = change.siteId();
        // a phone that connects from now on must not be given the positions from before this change
        snapshots.remove(site);
        if (!bySite.containsKey(site) && !boards.containsKey(site)) {
            return;
        }
        requestPush(site);
    }

    private void requestPush(long site) {
        AtomicBoolean flag = pending.computeIfAbsent(site, k -> new AtomicBoolean());
        if (flag.compareAndSet(false, true)) {
            sender.execute(() -> {
                flag.set(false);
                push(site);
            });
        }
    }

    private void push(long site) {
        List<Follower> boardSinks = boards.get(site);
        if (boardSinks != null && !boardSinks.isEmpty()) {
            try {
                Board board = queue.board(siteCodes.get(site));
                for (Follower f : boardSinks) {
                    sendBoard(site, f, board);
                }
            } catch (RuntimeException e) {
                LOG.warn("Board of site {} could not be built: {}", site, e.getMessage());
            }
        }
        List<Follower> followers = bySite.get(site);
        if (followers == null || followers.isEmpty()) {
            return;
        }
        Map<Long, TicketPosition> positions;
        try {
            positions = queue.positions(site);
            snapshots.put(site, Snapshot.of(positions));
        } catch (RuntimeException e) {
            LOG.warn("Positions of site {} could not be computed: {}", site, e.getMessage());
            return;
        }
        for (Follower f : followers) {
            TicketPosition p = positions.get(f.ticketId);
            if (p != null && !p.equals(f.last)) {
                send(site, f, p);
            }
        }
    }

    private void send(long site, Follower f, TicketPosition p) {
        if (f.sink.isClosed()) {
            drop(site, f);
            return;
        }
        f.last = p;
        OutboundSseEvent event = f.sse.newEventBuilder().name("position").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(TicketPosition.class, p).build();
        boolean last = !p.ticket().status().isOpen(); // done or no-show: nothing more to follow
        if (last) {
            drop(site, f);
        }
        f.sink.send(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                drop(site, f);
            }
            if (last) {
                // closed only once the last event is written: closing at once could lose it on the way out
                try {
                    f.sink.close();
                } catch (RuntimeException e) {
                    LOG.debug("closing a finished follower's stream: {}", e.toString());
                }
            }
        });
    }

    private void sendBoard(long site, Follower f, Board board) {
        if (f.sink.isClosed()) {
            boards.getOrDefault(site, List.of()).remove(f);
            return;
        }
        f.sink.send(f.sse.newEventBuilder().name("board").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(Board.class, board).build()).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        boards.getOrDefault(site, List.of()).remove(f);
                    }
                });
    }

    private void drop(long site, Follower f) {
        List<Follower> list = bySite.get(site);
        if (list != null) {
            list.remove(f);
        }
        List<Follower> boardList = boards.get(site);
        if (boardList != null) {
            boardList.remove(f);
        }
    }

    private void beat() {
        Map<Long, List<Follower>> all = new HashMap<>();
        bySite.forEach((site, list) -> all.computeIfAbsent(site, k -> new ArrayList<>()).addAll(list));
        boards.forEach((site, list) -> all.computeIfAbsent(site, k -> new ArrayList<>()).addAll(list));
        all.forEach((site, list) -> {
            for (Follower f : list) {
                if (f.sink.isClosed()) {
                    drop(site, f);
                } else {
                    f.sink.send(f.sse.newEventBuilder().comment("keep-alive").build()).whenComplete((ok, failure) -> {
                        if (failure != null) {
                            drop(site, f);
                        }
                    });
                }
            }
        });
    }

    @Override
    public void close() {
        following.close();
        heartbeat.shutdownNow();
        sender.shutdownNow();
        bySite.values().forEach(list -> list.forEach(f -> f.sink.close()));
        boards.values().forEach(list -> list.forEach(f -> f.sink.close()));
        bySite.clear();
        boards.clear();
    }
}
