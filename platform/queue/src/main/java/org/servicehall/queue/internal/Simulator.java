package org.servicehall.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.common.HallException;
import org.servicehall.common.Message;
import org.servicehall.common.NotFound;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketStatus;
import org.servicehall.queue.WindowStaff;
import org.servicehall.queue.WindowStates;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a demo hall come alive (hall:simulate): citizens arrive for random services, some with a
 * priority class, and every open window calls, serves and finishes with random service times —
 * through the same queue operations as real staff, in the name of the staff member signed in at
 * the window. A window nobody staffs gets a staff member of the site signed in (the demo staff, in
 * the order of the windows, through {@link WindowStaff#signIn}); a window that cannot be staffed,
 * or whose staff left the post, does not serve (A3, A4 hold for the demo like for anyone), so the
 * queue's dashboard and the attendance board tell the same story.
 */
@Component(service = Simulation.class, immediate = true, configurationPid = Simulator.PID)
@Designate(ocd = Simulator.Config.class)
public final class Simulator implements Simulation {
    static final String PID = "org.servicehall.simulation";

    /** {@code etc/org.servicehall.simulation.cfg}: a demo that comes alive by itself (a trade fair, a training room). */
    @ObjectClassDefinition(name = "ServiceHall demo simulation")
    public @interface Config {
        @AttributeDefinition(description = "Code of the site to simulate from start, as hall:simulate does (empty: none)")
        String site() default "";

        @AttributeDefinition(description = "Citizens arriving per minute")
        int arrivalsPerMinute() default 12;

        @AttributeDefinition(description = "Average time a window serves a citizen, in seconds")
        int serviceSeconds() default 40;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TicketLifecycle tickets;
    private final QueueReadModel reads;
    private final WindowStates windows;
    private final SiteService sites;
    private final QueueExtensions extensions;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "servicehall-simulator");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, List<ScheduledFuture<?>>> running = new ConcurrentHashMap<>();
    private final Map<Long, Instant> serviceEnds = new ConcurrentHashMap<>();
    private final Random random = new Random();

    @Activate
    public Simulator(Config config, @Reference TicketLifecycle tickets, @Reference QueueReadModel reads, @Reference WindowStates windows,
            @Reference SiteService sites, @Reference QueueExtensions extensions, @Reference Clock clock) {
        this.tickets = tickets;
        this.reads = reads;
        this.windows = windows;
        this.sites = sites;
        this.extensions = extensions;
        this.clock = clock;
        if (!config.site().isBlank()) {
            startWhenOpen(config.site().trim().toUpperCase(), config.arrivalsPerMinute(), config.serviceSeconds());
        }
    }

    /** The configured simulation, tried every five seconds until its site exists and takes tickets. */
    private void startWhenOpen(String siteCode, int arrivalsPerMinute, int serviceSeconds) {
        ScheduledFuture<?>[] attempt = new ScheduledFuture<?>[1];
        attempt[0] = timer.scheduleWithFixedDelay(() -> {
            try {
                start(siteCode, arrivalsPerMinute, serviceSeconds);
                LOG.info("Simulating {} as configured ({} arrivals/min, ~{} s per service)", siteCode, arrivalsPerMinute, serviceSeconds);
                attempt[0].cancel(false);
            } catch (RuntimeException e) {
                LOG.debug("Simulation of {} not started yet: {}", siteCode, e.getMessage());
            }
        }, 2, 5, TimeUnit.SECONDS);
    }

    /**
     * @throws HallException when the hall takes no tickets now (closed, a day off): nobody would
     *         arrive, so the message says why and how to set the demo clock to an opening time
     */
    @Override
    public synchronized void start(String siteCode, int arrivalsPerMinute, int serviceSeconds) {
        Site site = sites.siteByCode(siteCode).orElseThrow(() -> new NotFound("Site", siteCode));
        if (arrivalsPerMinute < 1 || arrivalsPerMinute > 600 || serviceSeconds < 1) {
            throw new HallException(QueueRules.TEXTS.message("simulate.range"));
        }
        List<IssuingStatus> issuing = tickets.issuing(site.code());
        if (issuing.stream().noneMatch(IssuingStatus::takingTickets)) {
            throw new HallException(QueueRules.TEXTS.message("simulate.closed", site.code(), why(issuing)));
        }
        stop(site.code());
        long every = Math.max(100, 60_000L / arrivalsPerMinute);
        ScheduledFuture<?> arrivals = timer.scheduleWithFixedDelay(() -> arrive(site), 0, every, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> work = timer.scheduleWithFixedDelay(() -> work(site, serviceSeconds), 0, 1, TimeUnit.SECONDS);
        running.put(site.code(), List.of(arrivals, work));
    }

    /** Why no service takes tickets, in the reader's language: the first service's reason and when tickets start again. */
    private Message why(List<IssuingStatus> issuing) {
        IssuingStatus first = issuing.isEmpty() ? null : issuing.get(0);
        if (first == null || first.reason() == null) {
            return QueueRules.TEXTS.message("issuing.NOT_OFFERED");
        }
        String when = first.opensAgainAt() == null ? "" : WHEN.format(first.opensAgainAt().atZone(clock.getZone()));
        return QueueRules.TEXTS.message("issuing." + first.reason().name(), when);
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
        List<Window> all = sites.windows(site.id()).stream().sorted(Comparator.comparingInt(Window::number)).toList();
        List<Staff> staff = sites.staff(site.id());
        for (int i = 0; i < all.size(); i++) {
            Window w = all.get(i);
            try {
                if (w.serviceCodes().isEmpty() || !windows.isWindowOpen(w.id())) {
                    continue;
                }
                Optional<Actor> atWindow = staffAt(site.id(), w, i, staff, all);
                if (atWindow.isEmpty()) {
                    continue; // A4: nobody could be signed in here, so the window does not serve
                }
                serve(atWindow.get(), w, serviceSeconds);
            } catch (RuntimeException e) {
                LOG.debug("Simulated window {} skipped a step: {}", w.number(), e.getMessage());
            }
        }
    }

    /** One step of the window's work, in the name of its staff member (the call guard refuses it while they are away, A3). */
    private void serve(Actor actor, Window w, int serviceSeconds) {
        List<Ticket> current = reads.current(w.id());
        if (current.isEmpty()) {
            tickets.callNext(actor, w.id());
            return;
        }
        Ticket t = current.get(0);
        if (t.status() == TicketStatus.CALLED) {
            tickets.start(actor, t.id());
            long seconds = Math.max(1, Math.round(serviceSeconds * (0.5 + random.nextDouble())));
            serviceEnds.put(t.id(), Instant.now().plus(Duration.ofSeconds(seconds)));
        } else if (t.status() == TicketStatus.SERVING && !Instant.now().isBefore(serviceEnds.getOrDefault(t.id(), Instant.MIN))) {
            tickets.finish(actor, t.id());
            serviceEnds.remove(t.id());
        }
    }

    /**
     * The staff member at the window as the one who acts there; when nobody is, the window's demo
     * staff member (the i-th window's is the i-th window staff member by number, else the first
     * free one) is signed in first (A2, A4). Without attendance that staff member acts without signing in.
     */
    private Optional<Actor> staffAt(long siteId, Window w, int index, List<Staff> staff, List<Window> all) {
        Optional<String> number = extensions.staffAt(siteId, w.number());
        if (number.isEmpty()) {
            Set<String> busy = new HashSet<>();
            for (Window other : all) {
                extensions.staffAt(siteId, other.number()).ifPresent(busy::add);
            }
            List<Staff> free = staff.stream().filter(Simulator::windowStaff).filter(s -> !busy.contains(s.staffNumber()))
                    .sorted(Comparator.comparing(Staff::staffNumber)).toList();
            List<Staff> byNumber = staff.stream().filter(Simulator::windowStaff).sorted(Comparator.comparing(Staff::staffNumber)).toList();
            Optional<Staff> pick = index < byNumber.size() && free.contains(byNumber.get(index)) ? Optional.of(byNumber.get(index))
                    : free.stream().findFirst();
            if (pick.isEmpty()) {
                return Optional.empty();
            }
            // without attendance nobody signs in anywhere: the window's staff member acts as themselves
            number = extensions.windowStaff().isEmpty() ? Optional.of(pick.get().staffNumber())
                    : signIn(siteId, w.number(), pick.get().staffNumber());
        }
        String n = number.orElse(null);
        return staff.stream().filter(s -> s.staffNumber().equals(n) && s.username() != null)
                .map(s -> new Actor(s.username(), s.name(), s.roles())).findFirst();
    }

    /** A window staff member: active, with an account, staff but not a supervisor (supervisors are not put at windows). */
    private static boolean windowStaff(Staff s) {
        return s.active() && s.username() != null && s.roles().contains(Role.STAFF) && !s.roles().contains(Role.SUPERVISOR)
                && !s.roles().contains(Role.ADMIN);
    }

    private Optional<String> signIn(long siteId, int windowNumber, String staffNumber) {
        for (WindowStaff source : extensions.windowStaff()) {
            Optional<String> signedIn = source.signIn(siteId, windowNumber, staffNumber);
            if (signedIn.isPresent()) {
                LOG.info("Simulation: staff member {} signed in at window {}", signedIn.get(), windowNumber);
                return signedIn;
            }
        }
        return Optional.empty();
    }
}
