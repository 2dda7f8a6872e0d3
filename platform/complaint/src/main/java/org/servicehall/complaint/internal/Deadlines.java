package org.servicehall.complaint.internal;

import java.time.LocalDate;

import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.security.Role;
import org.servicehall.site.DeadlineUrgency;
import org.servicehall.site.Urgency;
import org.servicehall.site.WorkingDayCalendar;

/**
 * P2: complaint deadlines on the site's working-day calendar (never {@code plusDays}): the dates of
 * each stage from registration, how urgent a stage is today (the site's {@link DeadlineUrgency}:
 * amber from the working day before), and to whom an overdue case escalates. Plain Java.
 */
public final class Deadlines {

    /** The last day of each stage. */
    public record Due(LocalDate acceptance, LocalDate resolution, LocalDate feedback) {
    }

    /** P2: amber from the working day before the deadline. */
    private static final DeadlineUrgency AMBER = DeadlineUrgency.DEFAULT;

    private Deadlines() {
    }

    public static Due dueDates(WorkingDayCalendar calendar, LocalDate registered, DeadlineSettings settings) {
        return new Due(calendar.addWorkingDays(registered, settings.acceptanceDays()),
                calendar.addWorkingDays(registered, settings.resolutionDays()),
                calendar.addWorkingDays(registered, settings.feedbackDays()));
    }

    /** The working day before {@code due}: the day of the reminder. */
    public static LocalDate reminderDay(WorkingDayCalendar calendar, LocalDate due) {
        return AMBER.amberFrom(calendar, null, due);
    }

    /** How a case stands against its deadline today: amber (remind once) from the working day before, red (escalate) once passed. */
    public static Urgency urgency(WorkingDayCalendar calendar, LocalDate today, LocalDate due) {
        return AMBER.of(calendar, today, due);
    }

    /**
     * The escalation level an overdue case has reached: 0 while not overdue, 1 (supervisors) from
     * the day after the deadline, 2 (administrators) once more than {@code adminAfterWorkingDays}
     * working days have passed since the deadline.
     */
    public static int escalationLevel(WorkingDayCalendar calendar, LocalDate today, LocalDate due, int adminAfterWorkingDays) {
        if (!today.isAfter(due)) {
            return 0;
        }
        return calendar.workingDaysBetween(due, today) > adminAfterWorkingDays ? 2 : 1;
    }

    /** Who a case at an escalation level is with: its owner (null), SUPERVISOR or ADMIN. */
    public static Role escalatedTo(int level) {
        return switch (level) {
            case 0 -> null;
            case 1 -> Role.SUPERVISOR;
            default -> Role.ADMIN;
        };
    }
}
