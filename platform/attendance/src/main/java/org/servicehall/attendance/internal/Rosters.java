package org.servicehall.attendance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;

/**
 * A1 on the shared database: the weekly templates (ended, not deleted, so past months keep the
 * roster they were worked to) and the changes of single days; the effective roster of a day by
 * {@link AttendanceRules#roster}. One transaction per change with its audit entry.
 */
@Component(service = AttendanceRoster.class)
public final class Rosters implements AttendanceRoster {
    private final AttendanceStore store;
    private final SiteService sites;
    private final SiteStaff staff;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public Rosters(@Reference AttendanceDatabase database, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference Clock clock) {
        this(database.store(), sites, audit, clock);
    }

    Rosters(AttendanceStore store, SiteService sites, AuditLog audit, Clock clock) {
        this.store = store;
        this.sites = sites;
        this.staff = new SiteStaff(sites, audit);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ShiftTemplate> templates(long siteId) {
        sites.site(siteId);
        return store.read(c -> store.templates(c, siteId)).stream().filter(t -> t.validTo() == null).toList();
    }

    @Override
    public ShiftTemplate addTemplate(Actor actor, long siteId, String staffNumber, DayOfWeek day, int windowNumber, LocalTime start,
            LocalTime end) {
        actor.require(Role.SUPERVISOR, "change the roster");
        staff.requireAt(actor, Role.SUPERVISOR, siteId, "changeRoster", "site", siteId); // S1
        Staff s = staff.byNumber(siteId, staffNumber);
        Validator v = new Validator();
        v.check(day != null, "day", AttendanceRules.TEXTS.message("attendance.error.required"));
        staff.checkWindow(v, siteId, windowNumber);
        AttendanceRules.checkShift(v, start, end);
        v.throwIfInvalid();
        return store.inTransaction(c -> {
            boolean taken = store.templates(c, siteId).stream()
                    .anyMatch(t -> t.staffId() == s.id() && t.day() == day && t.validTo() == null);
            if (taken) {
                throw new Conflict(AttendanceRules.TEXTS.message("attendance.error.shiftTaken", s.name(), AttendanceRules.TEXTS.message("attendance.day." + day.name())));
            }
            LocalDate from = sites.today(siteId);
            ShiftTemplate t = store.insertTemplate(c, new ShiftTemplate(0, siteId, s.id(), day, windowNumber, start, end, from, null));
            audit.record(c, actor, "create", "shift-template", t.id(), null, t);
            return t;
        });
    }

    @Override
    public void removeTemplate(Actor actor, long templateId) {
        actor.require(Role.SUPERVISOR, "change the roster");
        store.inTransaction(c -> {
            ShiftTemplate t = store.template(c, templateId).filter(x -> x.validTo() == null)
                    .orElseThrow(() -> new NotFound(AttendanceRules.TEXTS.message("attendance.error.shiftNotFound", String.valueOf(templateId))));
            staff.requireAt(actor, Role.SUPERVISOR, t.siteId(), "changeRoster", "shift-template", templateId); // S1
            store.endTemplate(c, t, sites.today(t.siteId()).minusDays(1));
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
        staff.requireAt(actor, Role.SUPERVISOR, siteId, "changeRoster", "site", siteId); // S1
        Staff s = staff.byNumber(siteId, staffNumber);
        Validator v = new Validator();
        v.check(date != null, "date", AttendanceRules.TEXTS.message("attendance.error.required")).maxLength("note", note, 500);
        if (windowNumber != null) {
            staff.checkWindow(v, siteId, windowNumber);
            AttendanceRules.checkShift(v, start, end);
        } else {
            v.check(start == null && end == null, "start", AttendanceRules.TEXTS.message("attendance.error.dayOffHours"));
        }
        v.throwIfInvalid();
        String n = note == null || note.isBlank() ? null : note.trim();
        return store.inTransaction(c -> {
            RosterChange ch = store.putChange(c, new RosterChange(0, siteId, s.id(), date, windowNumber, start, end, n));
            audit.record(c, actor, "set", "roster-change", ch.id(), null, ch);
            return ch;
        });
    }

    @Override
    public void removeChange(Actor actor, long changeId) {
        actor.require(Role.SUPERVISOR, "change the roster");
        store.inTransaction(c -> {
            RosterChange ch = store.change(c, changeId).orElseThrow(() -> new NotFound(AttendanceRules.TEXTS.message("attendance.error.changeNotFound", String.valueOf(changeId))));
            staff.requireAt(actor, Role.SUPERVISOR, ch.siteId(), "changeRoster", "roster-change", changeId); // S1
            store.deleteChange(c, changeId);
            audit.record(c, actor, "delete", "roster-change", changeId, ch, null);
            return null;
        });
    }

    @Override
    public List<Shift> roster(long siteId, LocalDate date) {
        boolean working = sites.calendar(siteId).isWorkingDay(date);
        Map<Long, Staff> byId = staff.byId(siteId);
        return store.read(c -> AttendanceRules.roster(siteId, date, working, store.templates(c, siteId),
                store.changes(c, siteId, date, date), byId));
    }
}
