package org.servicehall.conduct.internal.discipline;

import java.util.Map;
import java.util.Optional;

import org.servicehall.attendance.AttendanceEvents;
import org.servicehall.common.HallException;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.conduct.Violations;
import org.servicehall.security.Actor;

/**
 * The plain-Java half of {@link LeaveOverrunHandler}: reads a leave-overrun event's properties and
 * proposes a candidate of rule {@link #RULE_CODE} as the platform itself.
 */
public final class LeaveOverrunCandidates {
    /** The conduct rule broken by leaving the post without leave (禁止事项 3: 不准擅自离岗), as in the shipped catalogue. */
    public static final String RULE_CODE = "PROHIBITED-3";

    private final Violations violations;

    public LeaveOverrunCandidates(Violations violations) {
        this.violations = violations;
    }

    /**
     * @throws HallException when the event lacks its site or staff number
     */
    public Violation accept(Map<String, Object> event) {
        Object site = event.get(AttendanceEvents.SITE);
        Object staff = event.get(AttendanceEvents.STAFF_NUMBER);
        if (!(site instanceof Number) || !(staff instanceof String s) || s.isBlank()) {
            throw new HallException("leave-overrun event without site or staff number: " + event);
        }
        Integer window = event.get(AttendanceEvents.WINDOW) instanceof Number n ? n.intValue() : null;
        String note = "Away from the post for " + Optional.ofNullable(event.get(AttendanceEvents.MINUTES)).orElse("?")
                + " min (allowed " + Optional.ofNullable(event.get(AttendanceEvents.ALLOWED_MINUTES)).orElse("?") + " min)"
                + Optional.ofNullable(event.get(AttendanceEvents.REASON)).map(r -> "; reason given: " + r).orElse("");
        return violations.proposeViolation(Actor.SYSTEM, ((Number) site).longValue(), (String) staff, window, RULE_CODE,
                ViolationSource.ATTENDANCE, null, note);
    }
}
