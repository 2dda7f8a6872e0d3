package org.servicehall.attendance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.Correction;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.persistence.Database;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.QueueStats;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attendance area in the container: the {@link AttendanceService}, the queue's call guard
 * (A3/A4), and the live staffing rules, evaluated on a timer and when the queue changes, each alert
 * published once on EventAdmin ({@link AttendanceEvents#ALERT}) while it stands.
 */
@Component(service = { AttendanceService.class, CallGuard.class, org.servicehall.queue.WindowStaff.class, EventHandler.class,
        AttendanceComponent.class }, immediate = true,
        configurationPid = "org.servicehall.attendance", property = EventConstants.EVENT_TOPIC + "=" + QueueEvents.ALL)
@Designate(ocd = AttendanceComponent.Config.class)
public final class AttendanceComponent implements AttendanceService, CallGuard, org.servicehall.queue.WindowStaff, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AttendanceComponent.class);
    private static final int RECENT_ALERTS = 100;

    @ObjectClassDefinition(name = "ServiceHall attendance", description = "Clock-in, leave-post and live staffing rules (A1-A5)")
    public @interface Config {
        @AttributeDefinition(description = "A2: minutes before the window opens by which staff must have clocked in")
        int clockInLeadMinutes() default 10;

        @AttributeDefinition(description = "A3: a leave-post longer than this (minutes) is a violation candidate")
        int maxLeaveMinutes() default 15;

        @AttributeDefinition(description = "Alert when a staffed window is idle this long (minutes) while people wait for its services")
        int idleAlertMinutes() default 5;

        @AttributeDefinition(description = "Seconds between evaluations of the live staffing rules")
        int checkSeconds() default 30;
    }

    /** A live alert as supervisors see it. */
    public record LiveAlert(long siteId, String kind, String message, Integer window, String service, String staffNumber,
            Instant raisedAt) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    /** Sector plugins' own staffing rules. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile List<org.servicehall.attendance.StaffingRule> pluginRules;

    private final Attendance attendance;
    private final SiteService sites;
    private final QueueService queue;
    private final Clock clock;
    private final StaffingRules rules;
    private final Map<Long, Map<String, LiveAlert>> standing = new ConcurrentHashMap<>();
    private final Deque<LiveAlert> recent = new ArrayDeque<>();
    private final Map<String, Instant> lastActivity = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "servicehall-attendance-rules");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public AttendanceComponent(Config config, @Reference Database database, @Reference SiteService sites, @Reference QueueService queue,
            @Reference AuditLog audit, @Reference Clock clock) {
        database.migrate("attendance", getClass().getClassLoader());
        this.sites = sites;
        this.queue = queue;
        this.clock = clock;
        this.attendance = new Attendance(database.dataSource(), sites, audit, clock,
                new Attendance.Settings(Duration.ofMinutes(config.clockInLeadMinutes()), Duration.ofMinutes(config.maxLeaveMinutes())),
                this::publish);
        this.rules = new StaffingRules(Duration.ofMinutes(config.idleAlertMinutes()));
        int every = Math.max(1, config.checkSeconds());
        timer.scheduleWithFixedDelay(this::evaluateAll, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    // ---- events

    private void publish(Attendance.Published p) {
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(p.topic(), p.properties()));
        }
        if (!p.topic().equals(AttendanceEvents.ALERT)) {
            // a sign-in, leave or return changes what stands: look again soon, off the caller's thread
            timer.schedule(this::evaluateAll, 200, TimeUnit.MILLISECONDS);
        }
        listeners.forEach(l -> {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.warn("An attendance screen failed to take an update", e);
            }
        });
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

    /** Screens of this node follow attendance through this; returns the handle that stops it. */
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---- live rules

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
        attendance.reportOverruns(siteId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
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
        org.servicehall.attendance.StaffingSnapshot snapshot = new org.servicehall.attendance.StaffingSnapshot(siteId, now,
                clock.getZone(), sites.windows(siteId), attendance.posts(siteId), attendance.roster(siteId, today), attendance.today(siteId),
                waiting, closed, busy, activity);
        List<org.servicehall.attendance.StaffingRule> all = new java.util.ArrayList<>();
        all.add(rules);
        List<org.servicehall.attendance.StaffingRule> plugins = pluginRules;
        if (plugins != null) {
            all.addAll(plugins);
        }
        Map<String, LiveAlert> before = standing.computeIfAbsent(siteId, k -> new LinkedHashMap<>());
        Map<String, LiveAlert> now2 = new LinkedHashMap<>();
        for (org.servicehall.attendance.StaffingAlert a : StaffingRules.evaluateAll(snapshot, all,
                (rule, e) -> LOG.warn("The staffing rule {} failed and was skipped: {}", rule.getClass().getName(), e.toString()))) {
            LiveAlert existing = before.get(a.key());
            if (existing != null) {
                now2.put(a.key(), existing);
                continue;
            }
            LiveAlert raised = new LiveAlert(siteId, a.kind(), a.message(), a.window(), a.service(), a.staffNumber(), now);
            now2.put(a.key(), raised);
            synchronized (recent) {
                recent.addFirst(raised);
                while (recent.size() > RECENT_ALERTS) {
                    recent.removeLast();
                }
            }
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
            LOG.info("Staffing alert at site {}: {}", siteId, a.message());
            publish(new Attendance.Published(AttendanceEvents.ALERT, p));
        }
        standing.put(siteId, now2);
        return List.copyOf(now2.values());
    }

    /** The alerts that stand now at the site. */
    public List<LiveAlert> standingAlerts(long siteId) {
        return List.copyOf(standing.getOrDefault(siteId, Map.of()).values());
    }

    /** The latest alerts raised (all sites), newest first. */
    public List<LiveAlert> recentAlerts(long siteId) {
        synchronized (recent) {
            return recent.stream().filter(a -> a.siteId() == siteId).toList();
        }
    }

    // ---- the service, delegated

    @Override
    public void check(Actor actor, long siteId, long windowId, int windowNumber) {
        attendance.check(actor, siteId, windowId, windowNumber);
    }

    /** P1/M1: the ticket a window calls remembers the staff member signed in there. */
    @Override
    public Optional<String> staffAt(long siteId, int windowNumber) {
        return attendance.post(siteId, windowNumber).map(p -> p.record().staffNumber());
    }

    @Override
    public List<ShiftTemplate> templates(long siteId) {
        return attendance.templates(siteId);
    }

    @Override
    public ShiftTemplate addTemplate(Actor actor, long siteId, String staffNumber, DayOfWeek day, int windowNumber, LocalTime start,
            LocalTime end) {
        return attendance.addTemplate(actor, siteId, staffNumber, day, windowNumber, start, end);
    }

    @Override
    public void removeTemplate(Actor actor, long templateId) {
        attendance.removeTemplate(actor, templateId);
    }

    @Override
    public List<RosterChange> changes(long siteId, LocalDate from, LocalDate to) {
        return attendance.changes(siteId, from, to);
    }

    @Override
    public RosterChange setChange(Actor actor, long siteId, String staffNumber, LocalDate date, Integer windowNumber, LocalTime start,
            LocalTime end, String note) {
        return attendance.setChange(actor, siteId, staffNumber, date, windowNumber, start, end, note);
    }

    @Override
    public void removeChange(Actor actor, long changeId) {
        attendance.removeChange(actor, changeId);
    }

    @Override
    public List<Shift> roster(long siteId, LocalDate date) {
        return attendance.roster(siteId, date);
    }

    @Override
    public AttendanceRecord clockIn(Actor actor, long siteId, String staffNumber, int windowNumber) {
        return attendance.clockIn(actor, siteId, staffNumber, windowNumber);
    }

    @Override
    public AttendanceRecord clockOut(Actor actor, long siteId, String staffNumber) {
        return attendance.clockOut(actor, siteId, staffNumber);
    }

    @Override
    public LeavePost leavePost(Actor actor, long siteId, String staffNumber, String reason) {
        return attendance.leavePost(actor, siteId, staffNumber, reason);
    }

    @Override
    public LeavePost returnToPost(Actor actor, long siteId, String staffNumber) {
        return attendance.returnToPost(actor, siteId, staffNumber);
    }

    @Override
    public Optional<Post> post(long siteId, int windowNumber) {
        return attendance.post(siteId, windowNumber);
    }

    @Override
    public List<Post> posts(long siteId) {
        return attendance.posts(siteId);
    }

    @Override
    public Optional<String> staffNumberOf(long siteId, String username) {
        return attendance.staffNumberOf(siteId, username);
    }

    @Override
    public List<AttendanceRecord> today(long siteId) {
        return attendance.today(siteId);
    }

    @Override
    public MonthlyReport report(long siteId, YearMonth month) {
        return attendance.report(siteId, month);
    }

    @Override
    public String reportCsv(long siteId, YearMonth month) {
        return attendance.reportCsv(siteId, month);
    }

    @Override
    public AttendanceRecord correct(Actor actor, long recordId, Correction correction) {
        return attendance.correct(actor, recordId, correction);
    }

    public AttendanceRecord recordMissing(Actor actor, long siteId, String staffNumber, int windowNumber, LocalDate date,
            Correction correction) {
        return attendance.recordMissing(actor, siteId, staffNumber, windowNumber, date, correction);
    }

    /** The platform's clock (screens show today by it). */
    public Clock clock() {
        return clock;
    }
}
