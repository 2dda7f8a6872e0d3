package org.servicehall.complaint.internal;

import java.util.EnumSet;
import java.util.Set;

import org.servicehall.complaint.ComplaintStatus;
import org.servicehall.complaint.ComplaintStep;
import org.servicehall.complaint.InvalidComplaintState;

/** P2: which step may follow which state, and where it leads. Plain Java. */
public final class WorkflowRules {
    private WorkflowRules() {
    }

    /** The states a step may start from. */
    public static Set<ComplaintStatus> from(ComplaintStep step) {
        return switch (step) {
            case ASSIGN -> EnumSet.of(ComplaintStatus.REGISTERED, ComplaintStatus.ASSIGNED);
            case INVESTIGATE -> EnumSet.of(ComplaintStatus.ASSIGNED);
            case RESOLVE -> EnumSet.of(ComplaintStatus.INVESTIGATING);
            case GIVE_FEEDBACK -> EnumSet.of(ComplaintStatus.RESOLVED);
            case CLOSE -> EnumSet.of(ComplaintStatus.FEEDBACK_GIVEN);
            case REJECT -> EnumSet.of(ComplaintStatus.REGISTERED, ComplaintStatus.ASSIGNED);
        };
    }

    /** The state a step leads to. */
    public static ComplaintStatus to(ComplaintStep step) {
        return switch (step) {
            case ASSIGN -> ComplaintStatus.ASSIGNED;
            case INVESTIGATE -> ComplaintStatus.INVESTIGATING;
            case RESOLVE -> ComplaintStatus.RESOLVED;
            case GIVE_FEEDBACK -> ComplaintStatus.FEEDBACK_GIVEN;
            case CLOSE -> ComplaintStatus.CLOSED;
            case REJECT -> ComplaintStatus.REJECTED;
        };
    }

    public static boolean allowed(ComplaintStatus current, ComplaintStep step) {
        return from(step).contains(current);
    }

    /** @throws InvalidComplaintState naming the current state and the states the step needs */
    public static void check(String trackingNumber, ComplaintStatus current, ComplaintStep step) {
        if (!allowed(current, step)) {
            throw refusal(trackingNumber, current, step, false);
        }
    }

    /**
     * The refusal of a step from {@code current}, naming the states it needs in the reader's language;
     * {@code raced} when another request changed the case a moment before.
     */
    public static InvalidComplaintState refusal(String trackingNumber, ComplaintStatus current, ComplaintStep step, boolean raced) {
        Object[] allowed = from(step).stream().map(s -> ComplaintTexts.name("complaint.status", s)).toArray();
        Object needs = allowed.length == 1 ? allowed[0] : ComplaintTexts.text("complaint.list.or", allowed[0], allowed[1]);
        return new InvalidComplaintState(ComplaintTexts.text(raced ? "complaint.error.step.raced" : "complaint.error.step.state", trackingNumber,
                ComplaintTexts.name("complaint.status", current), ComplaintTexts.name("complaint.step", step), needs), current);
    }

    /** The steps possible from a state (for the screens' buttons). */
    public static Set<ComplaintStep> steps(ComplaintStatus current) {
        Set<ComplaintStep> out = EnumSet.noneOf(ComplaintStep.class);
        for (ComplaintStep s : ComplaintStep.values()) {
            if (allowed(current, s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Steps only supervisors take; the others the owner may take too. */
    public static boolean supervisorOnly(ComplaintStep step) {
        return step == ComplaintStep.ASSIGN || step == ComplaintStep.CLOSE || step == ComplaintStep.REJECT;
    }
}
