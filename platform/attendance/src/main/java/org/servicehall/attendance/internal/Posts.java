package org.servicehall.attendance.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.Shift;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.HallException;
import org.servicehall.common.Validator;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.WindowStaff;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/**
 * A2-A4 on the shared database: clock-in and clock-out judged against the roster, leave-post and
 * return (A3, an overrun reported once as a violation candidate), who is at which window. One
 * transaction per change with its audit entry; the event is published after it. The queue asks it
 * as a {@link CallGuard} before every call (A3, A4) and as its {@link WindowStaff} (P1/M1).
 */
@Component(service = { AttendancePosts.class, CallGuard.class, WindowStaff.class, LeaveOverruns.class },
        configurationPid = AttendanceConfig.PID)
@Designate(ocd = AttendanceConfig.class)
public final class Posts implements AttendancePosts, CallGuard, WindowStaff, LeaveOverruns {
    private final AttendanceStore store;
    private final AttendanceRoster roster;
    private final SiteStaff staff;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration maxLeave;
    private final RecordJudge judge;
    private final Consumer<DomainEvent> publisher;

    @Activate
    public Posts(AttendanceConfig config, @Reference AttendanceDatabase database, @Reference AttendanceRoster roster,
            @Reference SiteService sites, @Reference AuditLog audit, @Reference Clock clock, @Reference DomainEvents events) {
        this(database.store(), roster, sites, audit, clock,
                Attendance.Settings.ofMinutes(config.clockInLeadMinutes(), config.maxLeaveMinutes()), events::publish);
    }

    Posts(AttendanceStore store, AttendanceRoster roster, SiteService sites, AuditLog audit, Clock clock, Attendance.Settings settings,
            Consumer<DomainEvent> publisher) {
        this.store = store;
        this.roster = roster;
        this.staff = new SiteStaff(sites, audit);
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.maxLeave = settings.maxLeave();
        this.judge = new RecordJudge(sites, settings.clockInLead());
        this.publisher = publisher;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String time(long siteId, Instant i) {
        return ClockTime.of(i, zone(siteId));
    }

    /** The site's zone (issue 12): its shifts, clock-in times and days are read in it, whatever the server's zone is. */
    private ZoneId zone(long siteId) {
        return sites.clock(siteId).getZone();
    }

    // ---- A2 clock-in / clock-out

    @Override
    public AttendanceRecord clockIn(Actor actor, long siteId, String staffNumber, int windowNumber) {
        Staff s = staff.actedFor(actor, siteId, staffNumber, "clock in");
        if (!s.active()) {
            throw new HallException(AttendanceRules.TEXTS.message("attendance.error.inactive", s.name(), s.staffNumber()));
        }
        Validator v = new Validator();
        staff.checkWindow(v, siteId, windowNumber);
        v.throwIfInvalid();
        LocalDate today = sites.today(siteId);
        Optional<Shift> shift = roster.roster(siteId, today).stream().filter(x -> x.staffId() == s.id()).findFirst();
        Instant now = now();
        AttendanceStore.Row row = store.inTransaction(c -> {
            store.dropStalePosts(c, siteId, today);
            Optional<AttendanceStore.PostRow> mine = store.postOf(c, siteId, today, s.id());
            if (mine.isPresent()) {
                throw new Conflict(AttendanceRules.TEXTS.message("attendance.error.alreadyIn", s.name(), s.staffNumber(), mine.get().record().windowNumber(),
                        time(siteId, mine.get().record().clockIn())));
            }
            Optional<AttendanceStore.PostRow> there = store.postAt(c, siteId, today, windowNumber);
            if (there.isPresent()) {
                throw new Conflict(AttendanceRules.TEXTS.message("attendance.error.windowTaken", windowNumber, there.get().record().staffName(),
                        time(siteId, there.get().record().clockIn())));
            }
            AttendanceStore.Row draft = AttendanceStore.Row.signIn(siteId, s, windowNumber, today, shift, now, null, false, null);
            long id = store.insertRecord(c, draft);
            store.insertPost(c, siteId, s.id(), windowNumber, id);
            AttendanceStore.Row r = draft.withId(id);
            audit.record(c, actor, "clock-in", "attendance", id, null, r.describe(zone(siteId)));
            return r;
        });
        AttendanceRecord record = judge.judge(row, List.of(), now);
        publish(AttendanceEvents.CLOCKED_IN, siteId, s, windowNumber, Map.of("status", record.status().name()));
        return record;
    }

    @Override
    public AttendanceRecord clockOut(Actor actor, long siteId, String staffNumber) {
        Staff s = staff.actedFor(actor, siteId, staffNumber, "clock out");
        LocalDate today = sites.today(siteId);
        Instant now = now();
        AttendanceStore.Row row = store.inTransaction(c -> {
            AttendanceStore.PostRow post = signedIn(c, siteId, today, s, "attendance.error.notIn");
            if (post.leave() != null) {
                store.endLeave(c, post.leave().id(), now);
            }
            store.deletePost(c, siteId, s.id());
            AttendanceStore.Row before = post.record();
            AttendanceStore.Row after = before.withTimes(before.clockIn(), now, before.corrected(), before.correctionReason());
            store.updateTimes(c, after);
            audit.record(c, actor, "clock-out", "attendance", before.id(), before.describe(zone(siteId)), after.describe(zone(siteId)));
            return after;
        });
        AttendanceRecord record = judge.judge(row, store.read(c -> store.leaves(c, siteId, today, today)), now);
        publish(AttendanceEvents.CLOCKED_OUT, siteId, s, row.windowNumber(), Map.of("status", record.status().name()));
        return record;
    }

    /** The staff member's post today; without one the message {@code notInKey}: "… is not clocked in". */
    private AttendanceStore.PostRow signedIn(Connection c, long siteId, LocalDate today, Staff s, String notInKey) throws SQLException {
        return store.postOf(c, siteId, today, s.id())
                .orElseThrow(() -> new HallException(AttendanceRules.TEXTS.message(notInKey, s.name(), s.staffNumber())));
    }

    // ---- A3 leave-post

    @Override
    public LeavePost leavePost(Actor actor, long siteId, String staffNumber, String reason) {
        Staff s = staff.actedFor(actor, siteId, staffNumber, "leave the post");
        Validator v = new Validator();
        v.required("reason", reason).maxLength("reason", reason, AttendanceRules.MAX_REASON).citizenText("reason", reason, false).throwIfInvalid();
        String why = reason.trim();
        LocalDate today = sites.today(siteId);
        Instant now = now();
        LeavePost leave = store.inTransaction(c -> {
            AttendanceStore.PostRow post = signedIn(c, siteId, today, s, "attendance.error.notInNoPost");
            if (post.leave() != null) {
                throw new Conflict(AttendanceRules.TEXTS.message("attendance.error.alreadyAway", s.name(), time(siteId, post.leave().leftAt()), post.leave().reason()));
            }
            int window = post.record().windowNumber();
            long id = store.insertLeave(c, post.record().id(), siteId, s.staffNumber(), window, why, now);
            if (!store.setPostLeave(c, siteId, s.id(), null, id)) {
                throw new Conflict(AttendanceRules.TEXTS.message("attendance.error.postChanged", s.name()));
            }
            LeavePost l = new LeavePost(id, post.record().id(), s.staffNumber(), window, why, now, null);
            audit.record(c, actor, "leave-post", "attendance", post.record().id(), null, "away from window " + window + ": " + why);
            return l;
        });
        publish(AttendanceEvents.LEFT_POST, siteId, s, leave.windowNumber(), Map.of(AttendanceEvents.REASON, why));
        return leave;
    }

    @Override
    public LeavePost returnToPost(Actor actor, long siteId, String staffNumber) {
        Staff s = staff.actedFor(actor, siteId, staffNumber, "return to the post");
        LocalDate today = sites.today(siteId);
        Instant now = now();
        LeavePost[] overrun = new LeavePost[1];
        LeavePost back = store.inTransaction(c -> {
            AttendanceStore.PostRow post = signedIn(c, siteId, today, s, "attendance.error.notIn");
            LeavePost away = post.leave();
            if (away == null) {
                throw new HallException(AttendanceRules.TEXTS.message("attendance.error.notAway", s.name(), post.record().windowNumber()));
            }
            store.endLeave(c, away.id(), now);
            store.setPostLeave(c, siteId, s.id(), away.id(), null);
            LeavePost l = new LeavePost(away.id(), away.recordId(), away.staffNumber(), away.windowNumber(), away.reason(), away.leftAt(), now);
            if (l.duration(now).compareTo(maxLeave) > 0 && store.markOverrunReported(c, away.id())) {
                overrun[0] = l;
            }
            audit.record(c, actor, "return-to-post", "attendance", away.recordId(), null,
                    "back at window " + away.windowNumber() + " after " + l.duration(now).toMinutes() + " min");
            return l;
        });
        publish(AttendanceEvents.RETURNED_TO_POST, siteId, s, back.windowNumber(),
                Map.of(AttendanceEvents.REASON, back.reason(), AttendanceEvents.MINUTES, back.duration(now).toMinutes()));
        if (overrun[0] != null) {
            publishOverrun(siteId, s.staffNumber(), s.name(), overrun[0], now);
        }
        return back;
    }

    @Override
    public int reportOverruns(long siteId) {
        Instant now = now();
        int reported = 0;
        for (LeavePost l : store.read(c -> store.openUnreportedLeaves(c, siteId))) {
            if (l.duration(now).compareTo(maxLeave) > 0 && store.inTransaction(c -> store.markOverrunReported(c, l.id()))) {
                publishOverrun(siteId, l.staffNumber(), staff.nameOf(siteId, l.staffNumber()), l, now);
                reported++;
            }
        }
        return reported;
    }

    private void publishOverrun(long siteId, String staffNumber, String name, LeavePost l, Instant now) {
        long minutes = l.duration(now).toMinutes();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(AttendanceEvents.REASON, l.reason());
        extra.put(AttendanceEvents.MINUTES, minutes);
        extra.put(AttendanceEvents.ALLOWED_MINUTES, maxLeave.toMinutes());
        extra.put(AttendanceEvents.LEAVE_ID, l.id());
        extra.put(AttendanceEvents.MESSAGE, name + " (" + staffNumber + ") was away from window " + l.windowNumber() + " for " + minutes
                + " min (" + l.reason() + "), longer than the " + maxLeave.toMinutes() + " min allowed");
        publisher.accept(StaffEvent.of(AttendanceEvents.LEAVE_OVERRUN, siteId, staffNumber, name, l.windowNumber(), extra));
    }

    // ---- A3/A4: the call guard, and who staffs the window for the queue

    /**
     * A4: a window calls only while a signed-in staff member is at it; A3: not while they are away
     * from the post. No exception: the demo simulator signs its staff in and calls in their names.
     */
    @Override
    public void check(Actor actor, long siteId, long windowId, int windowNumber) {
        Optional<Post> post = post(siteId, windowNumber);
        if (post.isEmpty()) {
            throw new HallException(AttendanceRules.TEXTS.message("attendance.error.nobodyAtWindow", windowNumber));
        }
        Post p = post.get();
        if (p.leave().isPresent()) {
            LeavePost l = p.leave().get();
            throw new HallException(AttendanceRules.TEXTS.message("attendance.error.awayCannotCall", windowNumber, p.record().staffName(), time(siteId, l.leftAt()),
                    l.reason()));
        }
        if (!actor.hasAt(Role.SUPERVISOR, sites.site(siteId).code()) // S1: a supervisor of this site calls at any of its windows
                && !actor.username().equalsIgnoreCase(staff.usernameOf(siteId, p.record().staffNumber()))) {
            throw new HallException(AttendanceRules.TEXTS.message("attendance.error.onlyTheyCall", windowNumber, p.record().staffName()));
        }
    }

    /**
     * A2, A4 for the demo simulator: signs the staff member in at the window as a supervisor would
     * (the platform acts, audited), unless someone is already there; who is there afterwards.
     */
    @Override
    public Optional<String> signIn(long siteId, int windowNumber, String staffNumber) {
        Optional<String> there = staffAt(siteId, windowNumber);
        if (there.isPresent()) {
            return there;
        }
        clockIn(Actor.SYSTEM, siteId, staffNumber, windowNumber);
        return staffAt(siteId, windowNumber);
    }

    /** P1/M1: the ticket a window calls remembers the staff member signed in there. */
    @Override
    public Optional<String> staffAt(long siteId, int windowNumber) {
        return post(siteId, windowNumber).map(p -> p.record().staffNumber());
    }

    // ---- who is where (A4)

    @Override
    public Optional<Post> post(long siteId, int windowNumber) {
        LocalDate today = sites.today(siteId);
        Instant now = now();
        return store.read(c -> store.postAt(c, siteId, today, windowNumber)).map(p -> toPost(p, now));
    }

    @Override
    public List<Post> posts(long siteId) {
        LocalDate today = sites.today(siteId);
        Instant now = now();
        return store.read(c -> store.posts(c, siteId, today)).stream().map(p -> toPost(p, now)).toList();
    }

    private Post toPost(AttendanceStore.PostRow p, Instant now) {
        List<LeavePost> leaves = store.read(c -> store.leavesOf(c, p.record().id()));
        return new Post(judge.judge(p.record(), leaves, now), Optional.ofNullable(p.leave()));
    }

    @Override
    public Optional<String> staffNumberOf(long siteId, String username) {
        return staff.numberOf(siteId, username);
    }

    @Override
    public List<AttendanceRecord> today(long siteId) {
        LocalDate today = sites.today(siteId);
        Instant now = now();
        List<AttendanceStore.Row> rows = store.read(c -> store.records(c, siteId, today, today));
        List<LeavePost> leaves = store.read(c -> store.leaves(c, siteId, today, today));
        return judge.day(today, rows, leaves, roster.roster(siteId, today), now);
    }

    private void publish(String topic, long siteId, Staff s, int window, Map<String, Object> extra) {
        publisher.accept(StaffEvent.of(topic, siteId, s.staffNumber(), s.name(), window, extra));
    }
}
