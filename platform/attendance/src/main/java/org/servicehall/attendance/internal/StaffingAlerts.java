package org.servicehall.attendance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.StaffingAlert;
import org.servicehall.attendance.StaffingRule;
import org.servicehall.attendance.StaffingSnapshot;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.Subscription;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live staffing rules (the core's {@link StaffingRules} and the plugins' {@link StaffingRule}
 * services), evaluated on a timer, soon after every attendance change and with the queue's
 * activity; each alert is published once on EventAdmin ({@link AttendanceEvents#ALERT}) while it
 * stands. The timer also reports leave-post overruns (A3).
 */
@Component(service = { LiveAlerts.class, EventHandler.class }, immediate = true, configurationPid = AttendanceConfig.PID,
        property = EventConstants.EVENT_TOPIC + "=" + QueueEvents.ALL)
public final class StaffingAlerts implements LiveAlerts, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(StaffingAlerts.class);
    private static final int RECENT_ALERTS = 100;

    /** Sector plugins' own staffing rules. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<StaffingRule> pluginRules;

    private final SiteService sites;
    private final QueueReadModel queue;
    private final AttendancePosts posts;
    private final AttendanceRoster roster;
    private final LeaveOverruns overruns;
    private final Clock clock;
    private final DomainEvents events;
    private final StaffingRules rules;
    private final Map<Long, Map<String, LiveAlert>> standing = new ConcurrentHashMap<>();
    private final Deque<LiveAlert> recent = new ArrayDeque<>();
    private final Map<String, Instant> lastActivity = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "servicehall-attendance-rules");
        t.setDaemon(true);
        return t;
    });
    private final Subscription following;

    @Activate
    public StaffingAlerts(AttendanceConfig config, @Reference SiteService sites, @Reference QueueReadModel queue,
            @Reference AttendancePosts posts, @Reference AttendanceRoster roster, @Reference LeaveOverruns overruns,
            @Reference Clock clock, @Reference DomainEvents events) {
        this.sites = sites;
        this.queue = queue;
        this.posts = posts;
        this.roster = roster;
        this.overruns = overruns;
        this.clock = clock;
        this.events = events;
        this.rules = new StaffingRules(Duration.ofMinutes(config.idleAlertMinutes()));
        // a sign-in, leave or return changes what stands: look again soon, off the caller's thread
        this.following = events.subscribe(AttendanceEvents.PREFIX, e -> {
            if (!e.topic().equals(AttendanceEvents.ALERT)) {
                timer.schedule(this::evaluateAll, 200, TimeUnit.MILLISECONDS);
            }
        });
        int every = Math.max(1, config.checkSeconds());
        timer.scheduleWithFixedDelay(this::evaluateAll, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        following.close();
        timer.shutdownNow();
    }

    /** The queue's events: a call or finish at a window is activity there (for the idle-window rule). */
    @Override
    public void handleEvent(Event event) {
        Object window = event.getProperty(QueueEvents.WINDOW);
        Object site = event.getProperty(QueueEvents.SITE);
        if (window instanceof Integer w && site instanceof Long s
                && (event.getTopic().equals(QueueEvents.TICKET_CALLED) || event.getTopic().equals(QueueEvents.SERVICE_FINISHED)
                        || event.getTopic().equals(QueueEvents.SERVICE_STARTED) || event.getTopic().equals(QueueEvents.NO_SHOW))) {
            lastActivity.put(s + ":" + w, clock.instant());
        }
    }

    void evaluateAll() {
        for (Site site : sites.sites()) {
            try {
                evaluate(site.id());
            } catch (RuntimeException e) {
                LOG.warn("Live staffing rules failed for site {}: {}", site.code(), e.toString(), e);
            }
        }
    }

    /** Evaluates the site's rules now: raises new alerts, drops those that no longer stand. */
    public synchronized List<LiveAlert> evaluate(long siteId) {
        overruns.reportOverruns(siteId);
        Instant now = clock.instant();
        Map<String, LiveAlert> before = standing.computeIfAbsent(siteId, k -> new LinkedHashMap<>());
        Map<String, LiveAlert> after = new LinkedHashMap<>();
        for (StaffingAlert a : StaffingRules.evaluateAll(snapshot(siteId, now), allRules(),
                (rule, e) -> LOG.warn("The staffing rule {} failed and was skipped: {}", rule.getClass().getName(), e.toString()))) {
            LiveAlert existing = before.get(a.key());
            if (existing != null) {
                after.put(a.key(), existing);
                continue;
            }
            LiveAlert raised = new LiveAlert(siteId, a.kind(), a.message(), a.window(), a.service(), a.staffNumber(), now);
            after.put(a.key(), raised);
            synchronized (recent) {
                recent.addFirst(raised);
                while (recent.size() > RECENT_ALERTS) {
                    recent.removeLast();
                }
            }
            LOG.info("Staffing alert at site {}: {}", siteId, a.message());
            events.publish(alertEvent(siteId, a));
        }
        standing.put(siteId, after);
        return List.copyOf(after.values());
    }

    /** The hall at {@code now}: the queue's waiting and windows, who is at which post, today's roster and records. */
    private StaffingSnapshot snapshot(long siteId, Instant now) {
        QueueStats stats = queue.stats(siteId);
        Map<String, Integer> waiting = new HashMap<>();
        stats.services().forEach(s -> waiting.put(s.serviceCode(), s.waiting()));
        Set<Integer> closed = new HashSet<>();
        Set<Integer> busy = new HashSet<>();
        for (QueueStats.WindowStats w : stats.windows()) {
            if (!w.open()) {
                closed.add(w.number());
            }
            if (w.currentTicket() != null) {
                busy.add(w.number());
            }
        }
        Map<Integer, Instant> activity = new HashMap<>();
        lastActivity.forEach((k, v) -> {
            if (k.startsWith(siteId + ":")) {
                activity.put(Integer.parseInt(k.substring(k.indexOf(':') + 1)), v);
            }
        });
        return StaffingSnapshot.builder(siteId, now, sites.clock(siteId).getZone()).windows(sites.windows(siteId)).posts(posts.posts(siteId))
                .shifts(roster.roster(siteId, sites.today(siteId))).todaysRecords(posts.today(siteId)).waiting(waiting)
                .closedWindows(closed).busyWindows(busy).lastActivity(activity).build();
    }

    private List<StaffingRule> allRules() {
        List<StaffingRule> all = new ArrayList<>();
        all.add(rules);
        List<StaffingRule> plugins = pluginRules;
        if (plugins != null) {
            all.addAll(plugins);
        }
        return all;
    }

    private static DomainEvent alertEvent(long siteId, StaffingAlert a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AttendanceEvents.SITE, siteId);
        p.put(AttendanceEvents.KIND, a.kind());
        p.put(AttendanceEvents.MESSAGE, a.message());
        if (a.window() != null) {
            p.put(AttendanceEvents.WINDOW, a.window());
        }
        if (a.service() != null) {
            p.put(AttendanceEvents.SERVICE, a.service());
        }
        if (a.staffNumber() != null) {
            p.put(AttendanceEvents.STAFF_NUMBER, a.staffNumber());
        }
        return new DomainEvent(AttendanceEvents.ALERT, p);
    }

    @Override
    public List<LiveAlert> standingAlerts(long siteId) {
        return List.copyOf(standing.getOrDefault(siteId, Map.of()).values());
    }

    @Override
    public List<LiveAlert> recentAlerts(long siteId) {
        synchronized (recent) {
            return recent.stream().filter(a -> a.siteId() == siteId).toList();
        }
    }
}
