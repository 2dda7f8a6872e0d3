package org.servicehall.attendance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.Correction;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.WorkingDayCalendar;

/**
 * A5 on the shared database: a site's month, one line per staff member and the records behind it
 * (absences of rostered shifts included), as CSV for spreadsheets; a supervisor's corrections of
 * records and records added afterwards, each with its reason in the audit log.
 */
@Component(service = AttendanceReports.class, configurationPid = AttendanceConfig.PID)
public final class MonthlyReports implements AttendanceReports {
    private final AttendanceStore store;
    private final AttendanceRoster roster;
    private final SiteService sites;
    private final SiteStaff staff;
    private final AuditLog audit;
    private final Clock clock;
    private final RecordJudge judge;
    private final Consumer<DomainEvent> publisher;

    @Activate
    public MonthlyReports(AttendanceConfig config, @Reference AttendanceDatabase database, @Reference AttendanceRoster roster,
            @Reference SiteService sites, @Reference AuditLog audit, @Reference Clock clock, @Reference DomainEvents events) {
        this(database.store(), roster, sites, audit, clock, Duration.ofMinutes(config.clockInLeadMinutes()), events::publish);
    }

    /** @param clockInLead A2: how long before the window opens staff must have clocked in */
    MonthlyReports(AttendanceStore store, AttendanceRoster roster, SiteService sites, AuditLog audit, Clock clock, Duration clockInLead,
            Consumer<DomainEvent> publisher) {
        this.store = store;
        this.roster = roster;
        this.sites = sites;
        this.staff = new SiteStaff(sites, audit);
        this.audit = audit;
        this.clock = clock;
        this.judge = new RecordJudge(sites, clockInLead);
        this.publisher = publisher;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The site's zone (issue 12): its days and clock-in times are read in it, whatever the server's zone is. */
    private ZoneId zone(long siteId) {
        return sites.clock(siteId).getZone();
    }

    @Override
    public MonthlyReport report(long siteId, YearMonth month) {
        sites.site(siteId);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Instant now = now();
        LocalDate today = sites.today(siteId);
        List<AttendanceStore.Row> rows = store.read(c -> store.records(c, siteId, from, to));
        List<LeavePost> leaves = store.read(c -> store.leaves(c, siteId, from, to));
        WorkingDayCalendar calendar = sites.calendar(siteId);
        Map<Long, Staff> byId = staff.byId(siteId);
        // every template, also those removed since: each rosters the days it was in force (A1)
        List<ShiftTemplate> templates = store.read(c -> store.templates(c, siteId));
        List<RosterChange> changes = roster.changes(siteId, from, to);
        Map<LocalDate, List<AttendanceStore.Row>> rowsByDay = rows.stream().collect(Collectors.groupingBy(AttendanceStore.Row::date));
        List<AttendanceRecord> records = new ArrayList<>();
        Map<Long, Integer> shiftsByStaff = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to) && !d.isAfter(today); d = d.plusDays(1)) {
            List<Shift> shifts = AttendanceRules.roster(siteId, d, calendar.isWorkingDay(d), templates, changes, byId);
            shifts.forEach(s -> shiftsByStaff.merge(s.staffId(), 1, Integer::sum));
            records.addAll(judge.day(d, rowsByDay.getOrDefault(d, List.of()), leaves, shifts, now));
        }
        Map<Long, List<AttendanceRecord>> byStaff = records.stream()
                .collect(Collectors.groupingBy(AttendanceRecord::staffId, LinkedHashMap::new, Collectors.toList()));
        List<MonthlyReport.Line> lines = new ArrayList<>();
        byStaff.forEach((staffId, rs) -> lines.add(line(staffId, shiftsByStaff.getOrDefault(staffId, 0), rs)));
        lines.sort(Comparator.comparing(MonthlyReport.Line::staffNumber));
        records.sort(Comparator.comparing(AttendanceRecord::date).thenComparing(AttendanceRecord::staffNumber));
        return new MonthlyReport(siteId, month, lines, records);
    }

    /** A staff member's month from their records: statuses counted, days attended, leaves and time away, corrections. */
    private static MonthlyReport.Line line(long staffId, int shifts, List<AttendanceRecord> rs) {
        AttendanceRecord first = rs.get(0);
        int onTime = 0, late = 0, early = 0, absent = 0, unscheduled = 0, leaves = 0, corrections = 0;
        Duration away = Duration.ZERO;
        Set<LocalDate> attendedDays = new HashSet<>();
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
            leaves += r.leaves();
            away = away.plus(r.awayFromPost());
            corrections += r.corrected() ? 1 : 0;
        }
        return new MonthlyReport.Line(staffId, first.staffNumber(), first.staffName(), shifts, attendedDays.size(), onTime, late, early,
                absent, unscheduled, leaves, away, corrections);
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
                    .append(a.clockIn() == null ? "" : ClockTime.of(a.clockIn(), zone(siteId))).append(',')
                    .append(a.clockOut() == null ? "" : ClockTime.of(a.clockOut(), zone(siteId)))
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
        AttendanceStore.Row after = store.inTransaction(c -> {
            AttendanceStore.Row before = store.record(c, recordId).orElseThrow(() -> new NotFound(AttendanceRules.TEXTS.message("attendance.error.recordNotFound", String.valueOf(recordId))));
            staff.requireAt(actor, Role.SUPERVISOR, before.siteId(), "correct", "attendance", recordId); // S1: a supervisor of its site
            LocalDate today = sites.today(before.siteId());
            if (before.clockOut() == null && before.date().equals(today) && store.postOf(c, before.siteId(), today, before.staffId()).isPresent()) {
                throw new Conflict(AttendanceRules.TEXTS.message("attendance.error.stillSignedIn", before.staffName(), before.windowNumber()));
            }
            checkOnDay(before.siteId(), before.date(), correction);
            String reason = correction.reason().trim();
            AttendanceStore.Row a = before.withTimes(micros(correction.clockIn()), micros(correction.clockOut()), true, reason);
            store.updateTimes(c, a);
            audit.record(c, actor, "correct", "attendance", recordId, before.describe(zone(before.siteId())), a.describe(zone(before.siteId())) + " because: " + reason);
            return a;
        });
        AttendanceRecord record = judge.judge(after, store.read(c -> store.leaves(c, after.siteId(), after.date(), after.date())).stream()
                .filter(l -> l.recordId() == recordId).toList(), now);
        publisher.accept(StaffEvent.of(AttendanceEvents.RECORD_CORRECTED, after.siteId(), after.staffNumber(),
                after.staffName(), after.windowNumber(), Map.of(AttendanceEvents.REASON, after.correctionReason())));
        return record;
    }

    /**
     * A5: a supervisor records a sign-in that never reached the system (a badge reader was down,
     * the staff member forgot): an absence becomes a corrected record, with the reason audited.
     */
    public AttendanceRecord recordMissing(Actor actor, long siteId, String staffNumber, int windowNumber, LocalDate date,
            Correction correction) {
        actor.require(Role.SUPERVISOR, "correct attendance records");
        staff.requireAt(actor, Role.SUPERVISOR, siteId, "correct", "site", siteId); // S1
        Staff s = staff.byNumber(siteId, staffNumber);
        Validator v = new Validator();
        v.check(date != null, "date", AttendanceRules.TEXTS.message("attendance.error.required"));
        staff.checkWindow(v, siteId, windowNumber);
        v.throwIfInvalid();
        checkCorrection(correction);
        checkOnDay(siteId, date, correction);
        if (correction.clockOut() == null) {
            throw ValidationException.of("clockOut", AttendanceRules.TEXTS.message("attendance.error.clockOutRequired"));
        }
        Optional<Shift> shift = roster.roster(siteId, date).stream().filter(x -> x.staffId() == s.id()).findFirst();
        String reason = correction.reason().trim();
        AttendanceStore.Row row = store.inTransaction(c -> {
            AttendanceStore.Row draft = AttendanceStore.Row.signIn(siteId, s, windowNumber, date, shift, micros(correction.clockIn()),
                    micros(correction.clockOut()), true, reason);
            long id = store.insertRecord(c, draft);
            AttendanceStore.Row r = draft.withId(id);
            audit.record(c, actor, "add-record", "attendance", id, null, r.describe(zone(siteId)) + " because: " + reason);
            return r;
        });
        return judge.judge(row, List.of(), now());
    }

    /** A correction's time as stored (to the microsecond), or null. */
    private static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS);
    }

    private static void checkCorrection(Correction correction) {
        Validator v = new Validator();
        v.check(correction != null, "correction", AttendanceRules.TEXTS.message("attendance.error.required"));
        if (correction != null) {
            v.check(correction.clockIn() != null, "clockIn", AttendanceRules.TEXTS.message("attendance.error.required")).required("reason", correction.reason())
                    .maxLength("reason", correction.reason(), 500);
            if (correction.clockIn() != null && correction.clockOut() != null) {
                v.check(correction.clockOut().isAfter(correction.clockIn()), "clockOut", AttendanceRules.TEXTS.message("attendance.error.clockOutBeforeIn"));
            }
        }
        v.throwIfInvalid();
    }

    private void checkOnDay(long siteId, LocalDate date, Correction correction) {
        LocalDate in = LocalDate.ofInstant(correction.clockIn(), zone(siteId));
        if (!in.equals(date)) {
            throw ValidationException.of("clockIn", AttendanceRules.TEXTS.message("attendance.error.clockInOtherDay", date.toString(), in.toString()));
        }
        if (correction.clockIn().isAfter(now())) {
            throw ValidationException.of("clockIn", AttendanceRules.TEXTS.message("attendance.error.clockInFuture"));
        }
    }
}
