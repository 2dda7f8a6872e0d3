package org.servicehall.attendance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceService;
import org.servicehall.attendance.AttendanceStatus;
import org.servicehall.attendance.Correction;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.attendance.Post;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.queue.CallGuard;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/**
 * Attendance (A1-A5) in plain Java on the shared database: the rules from {@link AttendanceRules},
 * one transaction per change with its audit entry, events through the given publisher. It is also
 * the queue's {@link CallGuard} (A3, A4).
 */
public final class Attendance implements AttendanceService, CallGuard {
    /**
     * A2 is judged to the second (08:50:00 on time for a 09:00 shift, 08:50:01 late), so clock-in,
     * clock-out and leave times are shown to the second wherever a person reads them: screens, CSV,
     * messages and the audit log.
     */
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * @param clockInLead A2: how long before the window opens staff must have clocked in
     * @param maxLeave A3: a leave-post longer than this is a violation candidate
     */
    public record Settings(Duration clockInLead, Duration maxLeave) {
    }

    /** An event to publish: topic and properties (see {@link AttendanceEvents}). */
    public record Published(String topic, Map<String, Object> properties) {
    }

    private final AttendanceStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final Settings settings;
    private final Consumer<Published> publisher;

    public Attendance(DataSource dataSource, SiteService sites, AuditLog audit, Clock clock, Settings settings,
            Consumer<Published> publisher) {
        this.store = new AttendanceStore(dataSource);
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.publisher = publisher;
    }

    Settings settings() {
        return settings;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    // ---- lookups

    private Staff staff(long siteId, String staffNumber) {
        if (staffNumber == null || staffNumber.isBlank()) {
            throw org.servicehall.common.ValidationException.of("staffNumber", "is required");
        }
        String n = staffNumber.trim();
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equalsIgnoreCase(n)).findFirst()
                .orElseThrow(() -> new NotFound("Staff member", n + " at site " + sites.site(siteId).code()));
    }

    private Map<Long, Staff> staffById(long siteId) {
        return sites.staff(siteId).stream().collect(Collectors.toMap(Staff::id, Function.identity()));
    }

    private boolean windowExists(long siteId, int number) {
        return sites.windows(siteId).stream().anyMatch(w -> w.number() == number);
    }

    /** Staff act for themselves; a supervisor (or a badge reader's account with that role) for anyone. */
    private static void requireSelfOrSupervisor(Actor actor, Staff staff, String operation) {
        actor.require(Role.STAFF, operation);
        if (!actor.has(Role.SUPERVISOR) && !actor.username().equalsIgnoreCase(staff.username())) {
            throw new AccessDenied(actor.username() + " may not " + operation + " for " + staff.name() + " (" + staff.staffNumber()
                    + "): staff do it for themselves, a supervisor for anyone");
        }
    }

    @Override
    public Optional<String> staffNumberOf(long siteId, String username) {
        return sites.staff(siteId).stream().filter(s -> s.username() != null && s.username().equalsIgnoreCase(username))
                .map(Staff::staffNumber).findFirst();
    }

    // ---- A1 rosters

    @Override
    public List<ShiftTemplate> templates(long siteId) {
        sites.site(siteId);
        return store.read(c -> store.templates(c, siteId)).stream().filter(t -> t.validTo() == null).toList();
    }

    @Override
    public ShiftTemplate addTemplate(Actor actor, long siteId, String staffNumber, DayOfWeek day, int windowNumber, LocalTime start,
            LocalTime end) {
        actor.require(Role.SUPERVISOR, "change the roster");
        Staff s = staff(siteId, staffNumber);
        Validator v = new Validator();
        v.check(day != null, "day", "is required");
        AttendanceRules.checkWindow(v, windowNumber, n -> windowExists(siteId, n));
        AttendanceRules.checkShift(v, start, end);
        v.throwIfInvalid();
        return store.inTransaction(c -> {
            boolean taken = store.templates(c, siteId).stream()
                    .anyMatch(t -> t.staffId() == s.id() && t.day() == day && t.validTo() == null);
            if (taken) {
                throw new Conflict(s.name() + " already has a shift on " + day + "; remove it first");
            }
            ShiftTemplate draft = new ShiftTemplate(0, siteId, s.id(), day, windowNumber, start, end, today(), null);
            long id = store.insertTemplate(c, draft);
            ShiftTemplate t = new ShiftTemplate(id, siteId, s.id(), day, windowNumber, start, end, draft.validFrom(), null);
            audit.record(c, actor, "create", "shift-template", id, null, t);
            return t;
        });
    }

    @Override
    public void removeTemplate(Actor actor, long templateId) {
        actor.require(Role.SUPERVISOR, "change the roster");
        store.inTransaction(c -> {
            ShiftTemplate t = store.template(c, templateId).filter(x -> x.validTo() == null)
                    .orElseThrow(() -> new NotFound("Shift", templateId));
            store.endTemplate(c, t, today().minusDays(1));
            audit.record(c, actor, "delete", "shift-template", templateId, t, null);
            return null;
        });
    }

    @Override
    public List<RosterChange> changes(long siteId, LocalDate from, LocalDate to) {
        return store.read(c -> store.changes(c, siteId, from, to));
    }

    @Override
    public RosterChange setChange(Actor actor, long siteId, String staffNumber, LocalDate date, Integer windowNumber, LocalTime start,
            LocalTime end, String note) {
        actor.require(Role.SUPERVISOR, "change the roster");
        Staff s = staff(siteId, staffNumber);
        Validator v = new Validator();
        v.check(date != null, "date", "is required").maxLength("note", note, 500);
        if (windowNumber != null) {
            AttendanceRules.checkWindow(v, windowNumber, n -> windowExists(siteId, n));
            AttendanceRules.checkShift(v, start, end);
        } else {
            v.check(start == null && end == null, "start", "a day off has no hours");
        }
        v.throwIfInvalid();
        String n = note == null || note.isBlank() ? null : note.trim();
        return store.inTransaction(c -> {
            RosterChange draft = new RosterChange(0, siteId, s.id(), date, windowNumber, start, end, n);
            long id = store.putChange(c, draft);
            RosterChange ch = new RosterChange(id, siteId, s.id(), date, windowNumber, start, end, n);
            audit.record(c, actor, "set", "roster-change", id, null, ch);
            return ch;
        });
    }

    @Override
    public void removeChange(Actor actor, long changeId) {
        actor.require(Role.SUPERVISOR, "change the roster");
        store.inTransaction(c -> {
            RosterChange ch = store.change(c, changeId).orElseThrow(() -> new NotFound("Roster change", changeId));
            store.deleteChange(c, changeId);
            audit.record(c, actor, "delete", "roster-change", changeId, ch, null);
            return null;
        });
    }

    @Override
    public List<Shift> roster(long siteId, LocalDate date) {
        boolean working = sites.calendar(siteId).isWorkingDay(date);
        Map<Long, Staff> staff = staffById(siteId);
        return store.read(c -> AttendanceRules.roster(siteId, date, working, store.templates(c, siteId),
                store.changes(c, siteId, date, date), staff));
    }

    private Optional<Shift> shiftOf(long siteId, LocalDate date, long staffId) {
        return roster(siteId, date).stream().filter(s -> s.staffId() == staffId).findFirst();
    }

    // ---- A2 clock-in / clock-out

    @Override
    public AttendanceRecord clockIn(Actor actor, long siteId, String staffNumber, int windowNumber) {
        Staff s = staff(siteId, staffNumber);
        requireSelfOrSupervisor(actor, s, "clock in");
        if (!s.active()) {
            throw new HallException(s.name() + " (" + s.staffNumber() + ") is not an active staff member");
        }
        Validator v = new Validator();
        AttendanceRules.checkWindow(v, windowNumber, n -> windowExists(siteId, n));
        v.throwIfInvalid();
        LocalDate today = today();
        Optional<Shift> shift = shiftOf(siteId, today, s.id());
        Instant now = now();
        AttendanceStore.Row row = store.inTransaction(c -> {
            store.dropStalePosts(c, siteId, today);
            Optional<AttendanceStore.PostRow> mine = store.postOf(c, siteId, today, s.id());
            if (mine.isPresent()) {
                throw new Conflict(s.name() + " (" + s.staffNumber() + ") is already clocked in at window " + mine.get().record().windowNumber()
                        + " since " + time(mine.get().record().clockIn()) + "; clock out first");
            }
            Optional<AttendanceStore.PostRow> there = store.postAt(c, siteId, today, windowNumber);
            if (there.isPresent()) {
                throw new Conflict("window " + windowNumber + " is staffed by " + there.get().record().staffName() + " (clocked in at "
                        + time(there.get().record().clockIn()) + "); they clock out first");
            }
            AttendanceStore.Row draft = new AttendanceStore.Row(0, siteId, s.id(), s.staffNumber(), s.name(), windowNumber, today,
                    shift.map(Shift::start).orElse(null), shift.map(Shift::end).orElse(null), now, null, false, null);
            long id = store.insertRecord(c, draft);
            store.insertPost(c, siteId, s.id(), windowNumber, id);
            AttendanceStore.Row r = withId(draft, id);
            audit.record(c, actor, "clock-in", "attendance", id, null, describe(r));
            return r;
        });
        AttendanceRecord record = judge(row, List.of(), now);
        publish(AttendanceEvents.CLOCKED_IN, siteId, s, windowNumber, Map.of("status", record.status().name()));
        return record;
    }

    @Override
    public AttendanceRecord clockOut(Actor actor, long siteId, String staffNumber) {
        Staff s = staff(siteId, staffNumber);
        requireSelfOrSupervisor(actor, s, "clock out");
        LocalDate today = today();
        Instant now = now();
        AttendanceStore.Row row = store.inTransaction(c -> {
            AttendanceStore.PostRow post = store.postOf(c, siteId, today, s.id())
                    .orElseThrow(() -> new HallException(s.name() + " (" + s.staffNumber() + ") is not clocked in"));
            if (post.leave() != null) {
                store.endLeave(c, post.leave().id(), now);
            }
            store.deletePost(c, siteId, s.id());
            AttendanceStore.Row before = post.record();
            store.updateTimes(c, before.id(), before.clockIn(), now, before.corrected(), before.correctionReason());
            AttendanceStore.Row after = withClockOut(before, now);
            audit.record(c, actor, "clock-out", "attendance", before.id(), describe(before), describe(after));
            return after;
        });
        AttendanceRecord record = judge(row, store.read(c -> store.leaves(c, siteId, today, today)), now);
        publish(AttendanceEvents.CLOCKED_OUT, siteId, s, row.windowNumber(), Map.of("status", record.status().name()));
        return record;
    }

    // ---- A3 leave-post

    @Override
    public LeavePost leavePost(Actor actor, long siteId, String staffNumber, String reason) {
        Staff s = staff(siteId, staffNumber);
        requireSelfOrSupervisor(actor, s, "leave the post");
        Validator v = new Validator();
        v.required("reason", reason).maxLength("reason", reason, AttendanceRules.MAX_REASON).throwIfInvalid();
        String why = reason.trim();
        LocalDate today = today();
        Instant now = now();
        LeavePost leave = store.inTransaction(c -> {
            AttendanceStore.PostRow post = store.postOf(c, siteId, today, s.id()).orElseThrow(
                    () -> new HallException(s.name() + " (" + s.staffNumber() + ") is not clocked in, so there is no post to leave"));
            if (post.leave() != null) {
                throw new Conflict(s.name() + " is already away from the post since " + time(post.leave().leftAt()) + " ("
                        + post.leave().reason() + ")");
            }
            int window = post.record().windowNumber();
            long id = store.insertLeave(c, post.record().id(), siteId, s.staffNumber(), window, why, now);
            if (!store.setPostLeave(c, siteId, s.id(), null, id)) {
                throw new Conflict(s.name() + "'s post changed at the same moment; reload and try again");
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
        Staff s = staff(siteId, staffNumber);
        requireSelfOrSupervisor(actor, s, "return to the post");
        LocalDate today = today();
        Instant now = now();
        LeavePost[] overrun = new LeavePost[1];
        LeavePost back = store.inTransaction(c -> {
            AttendanceStore.PostRow post = store.postOf(c, siteId, today, s.id())
                    .orElseThrow(() -> new HallException(s.name() + " (" + s.staffNumber() + ") is not clocked in"));
            LeavePost away = post.leave();
            if (away == null) {
                throw new HallException(s.name() + " is at the post (window " + post.record().windowNumber() + "), not away from it");
            }
            store.endLeave(c, away.id(), now);
            store.setPostLeave(c, siteId, s.id(), away.id(), null);
            LeavePost l = new LeavePost(away.id(), away.recordId(), away.staffNumber(), away.windowNumber(), away.reason(), away.leftAt(), now);
            if (l.duration(now).compareTo(settings.maxLeave()) > 0 && store.markOverrunReported(c, away.id())) {
                overrun[0] = l;
            }
            audit.record(c, actor, "return-to-post", "attendance", away.recordId(), null,
                    "back at window " + away.windowNumber() + " after " + minutes(l.duration(now)) + " min");
            return l;
        });
        publish(AttendanceEvents.RETURNED_TO_POST, siteId, s, back.windowNumber(),
                Map.of(AttendanceEvents.REASON, back.reason(), AttendanceEvents.MINUTES, minutes(back.duration(now))));
        if (overrun[0] != null) {
            publishOverrun(siteId, s.staffNumber(), s.name(), overrun[0], now);
        }
        return back;
    }

    /**
     * A3: publishes each open leave that has outrun the allowed time once (across nodes: the
     * database marks it reported), as a violation candidate. Called by the live rules' timer.
     */
    public int reportOverruns(long siteId) {
        Instant now = now();
        int reported = 0;
        for (LeavePost l : store.read(c -> store.openUnreportedLeaves(c, siteId))) {
            if (l.duration(now).compareTo(settings.maxLeave()) > 0 && store.inTransaction(c -> store.markOverrunReported(c, l.id()))) {
                String name = sites.staff(siteId).stream().filter(s -> s.staffNumber().equals(l.staffNumber())).map(Staff::name)
                        .findFirst().orElse(l.staffNumber());
                publishOverrun(siteId, l.staffNumber(), name, l, now);
                reported++;
            }
        }
        return reported;
    }

    private void publishOverrun(long siteId, String staffNumber, String name, LeavePost l, Instant now) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AttendanceEvents.SITE, siteId);
        p.put(AttendanceEvents.STAFF_NUMBER, staffNumber);
        p.put(AttendanceEvents.STAFF_NAME, name);
        p.put(AttendanceEvents.WINDOW, l.windowNumber());
        p.put(AttendanceEvents.REASON, l.reason());
        p.put(AttendanceEvents.MINUTES, minutes(l.duration(now)));
        p.put(AttendanceEvents.ALLOWED_MINUTES, settings.maxLeave().toMinutes());
        p.put(AttendanceEvents.LEAVE_ID, l.id());
        p.put(AttendanceEvents.MESSAGE, name + " (" + staffNumber + ") was away from window " + l.windowNumber() + " for "
                + minutes(l.duration(now)) + " min (" + l.reason() + "), longer than the " + settings.maxLeave().toMinutes()
                + " min allowed");
        publisher.accept(new Published(AttendanceEvents.LEAVE_OVERRUN, p));
    }

    // ---- A3/A4: the call guard

    /**
     * A4: a window calls only while a signed-in staff member is at it; A3: not while they are away
     * from the post. The platform itself (the demo simulator) stands in for staff and is let through.
     */
    @Override
    public void check(Actor actor, long siteId, long windowId, int windowNumber) {
        if (actor.username().equals(Actor.SYSTEM.username())) {
            return;
        }
        Optional<Post> post = post(siteId, windowNumber);
        if (post.isEmpty()) {
            throw new HallException("window " + windowNumber + " has no staff member signed in: clock in at the desk first (A4)");
        }
        Post p = post.get();
        if (p.leave().isPresent()) {
            LeavePost l = p.leave().get();
            throw new HallException("window " + windowNumber + " cannot call: " + p.record().staffName() + " left the post at "
                    + time(l.leftAt()) + " (" + l.reason() + "); return to the post first (A3)");
        }
        if (!actor.has(Role.SUPERVISOR) && !actor.username().equalsIgnoreCase(usernameOf(siteId, p.record().staffNumber()))) {
            throw new HallException("window " + windowNumber + " is staffed by " + p.record().staffName() + "; only they call there (A4)");
        }
    }

    private String usernameOf(long siteId, String staffNumber) {
        return sites.staff(siteId).stream().filter(s -> s.staffNumber().equals(staffNumber)).map(Staff::username).findFirst().orElse("");
    }

    // ---- who is where

    @Override
    public Optional<Post> post(long siteId, int windowNumber) {
        LocalDate today = today();
        Instant now = now();
        return store.read(c -> store.postAt(c, siteId, today, windowNumber)).map(p -> toPost(p, now));
    }

    @Override
    public List<Post> posts(long siteId) {
        LocalDate today = today();
        Instant now = now();
        return store.read(c -> store.posts(c, siteId, today)).stream().map(p -> toPost(p, now)).toList();
    }

    private Post toPost(AttendanceStore.PostRow p, Instant now) {
        List<LeavePost> leaves = store.read(c -> store.leavesOf(c, p.record().id()));
        return new Post(judge(p.record(), leaves, now), Optional.ofNullable(p.leave()));
    }

    @Override
    public List<AttendanceRecord> today(long siteId) {
        LocalDate today = today();
        Instant now = now();
        List<AttendanceRecord> day = day(siteId, today, store.read(c -> store.records(c, siteId, today, today)),
                store.read(c -> store.leaves(c, siteId, today, today)), roster(siteId, today), now);
        return day;
    }

    /**
     * One day's records: each sign-in judged, plus a record without clock-in for each rostered
     * shift nobody clocked in for (OPEN until the shift ends, ABSENT after).
     */
    private List<AttendanceRecord> day(long siteId, LocalDate date, List<AttendanceStore.Row> rows, List<LeavePost> leaves,
            List<Shift> shifts, Instant now) {
        Map<Long, List<LeavePost>> leavesByRecord = leaves.stream().collect(Collectors.groupingBy(LeavePost::recordId));
        List<AttendanceRecord> out = new ArrayList<>();
        for (AttendanceStore.Row r : rows) {
            out.add(judge(r, leavesByRecord.getOrDefault(r.id(), List.of()), now));
        }
        for (Shift s : shifts) {
            boolean attended = rows.stream().anyMatch(r -> r.staffId() == s.staffId());
            if (!attended) {
                out.add(new AttendanceRecord(0, siteId, s.staffId(), s.staffNumber(), s.staffName(), s.windowNumber(), date, s.start(),
                        s.end(), null, null, Duration.ZERO, 0,
                        AttendanceRules.status(date, s.start(), s.end(), null, null, zone(), settings.clockInLead(), now), false, null));
            }
        }
        out.sort(Comparator.comparingInt(AttendanceRecord::windowNumber).thenComparing(AttendanceRecord::staffNumber));
        return out;
    }

    private AttendanceRecord judge(AttendanceStore.Row r, List<LeavePost> leaves, Instant now) {
        AttendanceStatus status = AttendanceRules.status(r.date(), r.shiftStart(), r.shiftEnd(), r.clockIn(), r.clockOut(), zone(),
                settings.clockInLead(), now);
        return new AttendanceRecord(r.id(), r.siteId(), r.staffId(), r.staffNumber(), r.staffName(), r.windowNumber(), r.date(),
                r.shiftStart(), r.shiftEnd(), r.clockIn(), r.clockOut(), AttendanceStore.away(leaves, now), leaves.size(), status,
                r.corrected(), r.correctionReason());
    }

    // ---- A5 report and corrections

    @Override
    public MonthlyReport report(long siteId, YearMonth month) {
        sites.site(siteId);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Instant now = now();
        LocalDate today = today();
        List<AttendanceStore.Row> rows = store.read(c -> store.records(c, siteId, from, to));
        List<LeavePost> leaves = store.read(c -> store.leaves(c, siteId, from, to));
        var calendar = sites.calendar(siteId);
        Map<Long, Staff> staff = staffById(siteId);
        List<ShiftTemplate> templates = templates(siteId);
        List<RosterChange> changes = changes(siteId, from, to);
        Map<LocalDate, List<AttendanceStore.Row>> rowsByDay = rows.stream().collect(Collectors.groupingBy(AttendanceStore.Row::date));
        List<AttendanceRecord> records = new ArrayList<>();
        Map<Long, Integer> shiftsByStaff = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to) && !d.isAfter(today); d = d.plusDays(1)) {
            List<Shift> shifts = AttendanceRules.roster(siteId, d, calendar.isWorkingDay(d), templates, changes, staff);
            shifts.forEach(s -> shiftsByStaff.merge(s.staffId(), 1, Integer::sum));
            records.addAll(day(siteId, d, rowsByDay.getOrDefault(d, List.of()), leaves, shifts, now));
        }
        Map<Long, List<AttendanceRecord>> byStaff = records.stream()
                .collect(Collectors.groupingBy(AttendanceRecord::staffId, LinkedHashMap::new, Collectors.toList()));
        List<MonthlyReport.Line> lines = new ArrayList<>();
        for (Map.Entry<Long, List<AttendanceRecord>> e : byStaff.entrySet()) {
            List<AttendanceRecord> rs = e.getValue();
            AttendanceRecord first = rs.get(0);
            int onTime = 0, late = 0, early = 0, absent = 0, unscheduled = 0, leavesCount = 0, corrections = 0;
            Duration away = Duration.ZERO;
            java.util.Set<LocalDate> attendedDays = new java.util.HashSet<>();
            for (AttendanceRecord r : rs) {
                switch (r.status()) {
                    case ON_TIME -> onTime++;
                    case LATE -> late++;
                    case EARLY_LEAVE -> early++;
                    case LATE_AND_EARLY_LEAVE -> {
                        late++;
                        early++;
                    }
                    case ABSENT -> absent++;
                    case UNSCHEDULED -> unscheduled++;
                    case OPEN -> {
                    }
                }
                if (r.clockIn() != null && r.shiftStart() != null) {
                    attendedDays.add(r.date());
                }
                leavesCount += r.leaves();
                away = away.plus(r.awayFromPost());
                corrections += r.corrected() ? 1 : 0;
            }
            lines.add(new MonthlyReport.Line(e.getKey(), first.staffNumber(), first.staffName(), shiftsByStaff.getOrDefault(e.getKey(), 0),
                    attendedDays.size(), onTime, late, early, absent, unscheduled, leavesCount, away, corrections));
        }
        lines.sort(Comparator.comparing(MonthlyReport.Line::staffNumber));
        records.sort(Comparator.comparing(AttendanceRecord::date).thenComparing(AttendanceRecord::staffNumber));
        return new MonthlyReport(siteId, month, lines, records);
    }

    @Override
    public String reportCsv(long siteId, YearMonth month) {
        MonthlyReport r = report(siteId, month);
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("staff number,name,shifts,attended,on time,late,early leave,absent,unscheduled,leave-posts,minutes away,corrections\r\n");
        for (MonthlyReport.Line l : r.lines()) {
            sb.append(csv(l.staffNumber())).append(',').append(csv(l.staffName())).append(',').append(l.shifts()).append(',')
                    .append(l.attended()).append(',').append(l.onTime()).append(',').append(l.late()).append(',').append(l.earlyLeave())
                    .append(',').append(l.absent()).append(',').append(l.unscheduled()).append(',').append(l.leaves()).append(',')
                    .append(l.awayFromPost().toMinutes()).append(',').append(l.corrections()).append("\r\n");
        }
        sb.append("\r\ndate,staff number,name,window,shift,clock-in,clock-out,status,minutes away,corrected,reason\r\n");
        for (AttendanceRecord a : r.records()) {
            sb.append(a.date()).append(',').append(csv(a.staffNumber())).append(',').append(csv(a.staffName())).append(',')
                    .append(a.windowNumber()).append(',')
                    .append(a.shiftStart() == null ? "" : a.shiftStart() + "-" + a.shiftEnd()).append(',')
                    .append(a.clockIn() == null ? "" : time(a.clockIn())).append(',').append(a.clockOut() == null ? "" : time(a.clockOut()))
                    .append(',').append(a.status()).append(',').append(a.awayFromPost().toMinutes()).append(',').append(a.corrected())
                    .append(',').append(csv(a.correctionReason())).append("\r\n");
        }
        return sb.toString();
    }

    /** CSV field: quoted when needed, and a leading formula character neutralised (spreadsheet injection). */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    @Override
    public AttendanceRecord correct(Actor actor, long recordId, Correction correction) {
        actor.require(Role.SUPERVISOR, "correct attendance records");
        checkCorrection(correction);
        Instant now = now();
        LocalDate today = today();
        AttendanceStore.Row after = store.inTransaction(c -> {
            AttendanceStore.Row before = store.record(c, recordId).orElseThrow(() -> new NotFound("Attendance record", recordId));
            if (before.clockOut() == null && before.date().equals(today) && store.postOf(c, before.siteId(), today, before.staffId()).isPresent()) {
                throw new Conflict(before.staffName() + " is still signed in at window " + before.windowNumber()
                        + "; correct the record after the clock-out");
            }
            checkOnDay(before.date(), correction);
            String reason = correction.reason().trim();
            store.updateTimes(c, recordId, correction.clockIn().truncatedTo(ChronoUnit.MICROS),
                    correction.clockOut() == null ? null : correction.clockOut().truncatedTo(ChronoUnit.MICROS), true, reason);
            AttendanceStore.Row a = new AttendanceStore.Row(before.id(), before.siteId(), before.staffId(), before.staffNumber(),
                    before.staffName(), before.windowNumber(), before.date(), before.shiftStart(), before.shiftEnd(),
                    correction.clockIn().truncatedTo(ChronoUnit.MICROS),
                    correction.clockOut() == null ? null : correction.clockOut().truncatedTo(ChronoUnit.MICROS), true, reason);
            audit.record(c, actor, "correct", "attendance", recordId, describe(before), describe(a) + " because: " + reason);
            return a;
        });
        AttendanceRecord record = judge(after, store.read(c -> store.leaves(c, after.siteId(), after.date(), after.date())).stream()
                .filter(l -> l.recordId() == recordId).toList(), now);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AttendanceEvents.SITE, after.siteId());
        p.put(AttendanceEvents.STAFF_NUMBER, after.staffNumber());
        p.put(AttendanceEvents.STAFF_NAME, after.staffName());
        p.put(AttendanceEvents.WINDOW, after.windowNumber());
        p.put(AttendanceEvents.REASON, after.correctionReason());
        publisher.accept(new Published(AttendanceEvents.RECORD_CORRECTED, p));
        return record;
    }

    /**
     * A5: a supervisor records a sign-in that never reached the system (a badge reader was down,
     * the staff member forgot): an absence becomes a corrected record, with the reason audited.
     */
    public AttendanceRecord recordMissing(Actor actor, long siteId, String staffNumber, int windowNumber, LocalDate date,
            Correction correction) {
        actor.require(Role.SUPERVISOR, "correct attendance records");
        Staff s = staff(siteId, staffNumber);
        Validator v = new Validator();
        v.check(date != null, "date", "is required");
        AttendanceRules.checkWindow(v, windowNumber, n -> windowExists(siteId, n));
        v.throwIfInvalid();
        checkCorrection(correction);
        checkOnDay(date, correction);
        if (correction.clockOut() == null) {
            throw org.servicehall.common.ValidationException.of("clockOut", "is required for a record added afterwards");
        }
        Optional<Shift> shift = shiftOf(siteId, date, s.id());
        String reason = correction.reason().trim();
        AttendanceStore.Row row = store.inTransaction(c -> {
            AttendanceStore.Row draft = new AttendanceStore.Row(0, siteId, s.id(), s.staffNumber(), s.name(), windowNumber, date,
                    shift.map(Shift::start).orElse(null), shift.map(Shift::end).orElse(null),
                    correction.clockIn().truncatedTo(ChronoUnit.MICROS), correction.clockOut().truncatedTo(ChronoUnit.MICROS), true, reason);
            long id = store.insertRecord(c, draft);
            AttendanceStore.Row r = withId(draft, id);
            audit.record(c, actor, "add-record", "attendance", id, null, describe(r) + " because: " + reason);
            return r;
        });
        return judge(row, List.of(), now());
    }

    private static void checkCorrection(Correction correction) {
        Validator v = new Validator();
        v.check(correction != null, "correction", "is required");
        if (correction != null) {
            v.check(correction.clockIn() != null, "clockIn", "is required").required("reason", correction.reason())
                    .maxLength("reason", correction.reason(), 500);
            if (correction.clockIn() != null && correction.clockOut() != null) {
                v.check(correction.clockOut().isAfter(correction.clockIn()), "clockOut", "must be after the clock-in");
            }
        }
        v.throwIfInvalid();
    }

    private void checkOnDay(LocalDate date, Correction correction) {
        LocalDate in = LocalDate.ofInstant(correction.clockIn(), zone());
        if (!in.equals(date)) {
            throw org.servicehall.common.ValidationException.of("clockIn", "must be on the record's day " + date + ", not " + in);
        }
        if (correction.clockIn().isAfter(now())) {
            throw org.servicehall.common.ValidationException.of("clockIn", "must not be in the future");
        }
    }

    // ---- helpers

    private void publish(String topic, long siteId, Staff s, int window, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AttendanceEvents.SITE, siteId);
        p.put(AttendanceEvents.STAFF_NUMBER, s.staffNumber());
        p.put(AttendanceEvents.STAFF_NAME, s.name());
        p.put(AttendanceEvents.WINDOW, window);
        p.putAll(extra);
        publisher.accept(new Published(topic, p));
    }

    private String time(Instant i) {
        return clockTime(i, zone());
    }

    /** The instant's time of day in the hall's zone, to the second (the precision A2 is judged in). */
    public static String clockTime(Instant i, ZoneId zone) {
        return CLOCK_TIME.format(i.atZone(zone));
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }

    private static AttendanceStore.Row withId(AttendanceStore.Row r, long id) {
        return new AttendanceStore.Row(id, r.siteId(), r.staffId(), r.staffNumber(), r.staffName(), r.windowNumber(), r.date(),
                r.shiftStart(), r.shiftEnd(), r.clockIn(), r.clockOut(), r.corrected(), r.correctionReason());
    }

    private static AttendanceStore.Row withClockOut(AttendanceStore.Row r, Instant out) {
        return new AttendanceStore.Row(r.id(), r.siteId(), r.staffId(), r.staffNumber(), r.staffName(), r.windowNumber(), r.date(),
                r.shiftStart(), r.shiftEnd(), r.clockIn(), out, r.corrected(), r.correctionReason());
    }

    private String describe(AttendanceStore.Row r) {
        return r.staffNumber() + " window " + r.windowNumber() + " " + r.date() + " in " + time(r.clockIn())
                + (r.clockOut() == null ? "" : " out " + time(r.clockOut()));
    }
}
