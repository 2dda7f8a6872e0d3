package org.servicehall.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * A1: the rosters of a site, who staffs which window in which shift: the weekly templates and the
 * changes of single days. Staff are named by their staff number (工号) within the site; changes are
 * a supervisor's, checked, named field by field when wrong, and saved with their audit entry or not
 * at all.
 *
 * @since 1.1
 */
@ProviderType
public interface AttendanceRoster {

    /** The weekly templates in force now. */
    List<ShiftTemplate> templates(long siteId);

    ShiftTemplate addTemplate(Actor actor, long siteId, String staffNumber, DayOfWeek day, int windowNumber, LocalTime start,
            LocalTime end);

    void removeTemplate(Actor actor, long templateId);

    List<RosterChange> changes(long siteId, LocalDate from, LocalDate to);

    /** Sets the day's roster for a staff member; {@code windowNumber} null means a day off. Replaces an earlier change. */
    RosterChange setChange(Actor actor, long siteId, String staffNumber, LocalDate date, Integer windowNumber, LocalTime start,
            LocalTime end, String note);

    void removeChange(Actor actor, long changeId);

    /** The effective shifts of a day: templates on working days, replaced by the day's changes. */
    List<Shift> roster(long siteId, LocalDate date);
}
