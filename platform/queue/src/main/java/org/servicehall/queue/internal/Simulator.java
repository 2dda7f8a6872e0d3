package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketStatus;
import org.servicehall.queue.WindowStates;
import org.servicehall.security.Actor;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a demo hall come alive (hall:simulate): citizens arrive for random services, some with a
 * priority class, and every open window calls, serves and finishes with random service times —
 * through the same queue operations as real staff. It acts as the platform itself ({@link Actor#SYSTEM}),
 * which call guards let stand in for staff at the post (A4 applies to people, not to the demo).
 */
@Component(service = Simulation.class, immediate = true)
public final class Simulator implements Simulation {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    static final Actor SIMULATED_STAFF = Actor.SYSTEM;

    private final TicketLifecycle tickets;
    private final QueueReadModel reads;
    private final WindowStates windows;
    private final SiteService sites;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "servicehall-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, List<ScheduledFuture<?>>> running = new ConcurrentHashMap<>();
    private final Map<Long, Instant> serviceEnds = new ConcurrentHashMap<>();
    private final Random random = new Random();

    @Activate
    public Simulator(@Reference TicketLifecycle tickets, @Reference QueueReadModel reads, @Reference WindowStates windows,
            @Reference SiteService sites) {
        this.tickets = tickets;
        this.reads = reads;
        this.windows = windows;
        this.sites = sites;
    }

    @Override
    public synchronized void start(String siteCode, int arrivalsPerMinute, int serviceSeconds) {
        Site site = sites.siteByCode(siteCode).orElseThrow(() -> new NotFound("Site", siteCode));
        if (arrivalsPerMinute < 1 || arrivalsPerMinute > 600 || serviceSeconds < 1) {
            throw new HallException("arrivals must be 1 to 600 a minute and service at least 1 second");
        }
        stop(site.code());
        long every = Math.max(100, 60_000L / arrivalsPerMinute);
        ScheduledFuture<?> arrivals = timer.scheduleWithFixedDelay(() -> arrive(site), 0, every, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> work = timer.scheduleWithFixedDelay(() -> work(site, serviceSeconds), 1, 1, TimeUnit.SECONDS);
        running.put(site.code(), List.of(arrivals, work));
    }

    @Override
    public synchronized boolean stop(String siteCode) {
        List<ScheduledFuture<?>> tasks = running.remove(siteCode.trim().toUpperCase());
        if (tasks == null) {
            return false;
        }
        tasks.forEach(t -> t.cancel(false));
        return true;
    }

    @Deactivate
    void close() {
        timer.shutdownNow();
    }

    private void arrive(Site site) {
        try {
            // the services a citizen could take a ticket for now (Q1, Q8)
            List<String> open = tickets.issuing(site.code()).stream().filter(IssuingStatus::takingTickets).map(IssuingStatus::serviceCode)
                    .toList();
            if (open.isEmpty()) {
                return;
            }
            String service = open.get(random.nextInt(open.size()));
            PriorityClass priority = random.nextInt(10) == 0 ? PriorityClass.ELDERLY : PriorityClass.NORMAL;
            tickets.issue(new IssueRequest(site.code(), service, priority, Channel.KIOSK));
        } catch (RuntimeException e) {
            LOG.debug("Simulated arrival refused: {}", e.getMessage());
        }
    }

    private void work(Site site, int serviceSeconds) {
        for (Window w : sites.windows(site.id())) {
            try {
                if (w.serviceCodes().isEmpty() || !windows.isWindowOpen(w.id())) {
                    continue;
                }
                List<Ticket> current = reads.current(w.id());
                if (current.isEmpty()) {
                    tickets.callNext(SIMULATED_STAFF, w.id());
                    continue;
                }
                Ticket t = current.get(0);
                if (t.status() == TicketStatus.CALLED) {
                    tickets.start(SIMULATED_STAFF, t.id());
                    long seconds = Math.max(1, Math.round(serviceSeconds * (0.5 + random.nextDouble())));
                    serviceEnds.put(t.id(), Instant.now().plus(Duration.ofSeconds(seconds)));
                } else if (t.status() == TicketStatus.SERVING
                        && !Instant.now().isBefore(serviceEnds.getOrDefault(t.id(), Instant.MIN))) {
                    tickets.finish(SIMULATED_STAFF, t.id());
                    serviceEnds.remove(t.id());
                }
            } catch (RuntimeException e) {
                LOG.debug("Simulated window {} skipped a step: {}", w.number(), e.getMessage());
            }
        }
    }
}
