package org.servicehall.hospital.internal.guide;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalTexts;
import org.servicehall.queue.PriorityClass;

/** H1 as plain Java: a special-needs request's fields and its steps (recorded → assigned → done). */
public final class GuideRules {
    /** The services a green channel leads to. */
    public static final Set<String> GREEN_TARGETS = Set.of("H-REG", "H-PAY", "H-PHARM", "H-LAB", "H-RAD");
    /** Who a green channel is for. */
    public static final Set<PriorityClass> GREEN_PRIORITIES = Set.of(PriorityClass.ELDERLY, PriorityClass.DISABLED, PriorityClass.MILITARY,
            PriorityClass.PREGNANT, PriorityClass.EMERGENCY);

    private GuideRules() {
    }

    /** @throws ValidationException naming every bad field */
    public static void check(SpecialNeedKind kind, String patientName, String note, String target, PriorityClass priority) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(ValidationException.FieldError.of("kind", message("error.field.required")));
        }
        HospitalTexts.text(errors, "patientName", patientName, 100);
        HospitalTexts.optional(errors, "note", note, 500);
        if (kind == SpecialNeedKind.GREEN_CHANNEL) {
            if (target == null || !GREEN_TARGETS.contains(target)) {
                errors.add(ValidationException.FieldError.of("targetService", message("error.guide.target")));
            }
            if (priority == null || !GREEN_PRIORITIES.contains(priority)) {
                errors.add(ValidationException.FieldError.of("priority", message("error.guide.priority")));
            }
        }
        HospitalTexts.throwIf(errors);
    }

    public static void mayAssign(SpecialNeed n, String helper) {
        if (helper == null || helper.isBlank()) {
            throw ValidationException.of("helper", message("error.field.required"));
        }
        if (helper.length() > 100) {
            throw ValidationException.of("helper", message("error.field.tooLong", 100));
        }
        if (n.status() == SpecialNeedStatus.DONE) {
            throw new HallException(message("error.guide.done", n.id()));
        }
    }

    public static void mayComplete(SpecialNeed n) {
        if (n.status() != SpecialNeedStatus.ASSIGNED) {
            throw new HallException(message(n.status() == SpecialNeedStatus.DONE ? "error.guide.done" : "error.guide.notAssigned", n.id()));
        }
    }
}
