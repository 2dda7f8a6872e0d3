package org.servicehall.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.CaseIntake;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.InvalidCaseStage;
import org.servicehall.casework.StepKind;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.common.ValidationException.FieldError;

/**
 * T1/T3: which step each stage allows, and what an intake and a step's texts must hold. A refused
 * step names the case and its current stage. Plain Java.
 */
final class CaseRules {
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 500;
    static final int MAX_UNIT = 60;
    static final int MAX_MISSING = 1000;
    /** A mainland ID number (18 characters, the last may be X) or a unified social credit code (18 letters and digits). */
    private static final Pattern PERSON_ID = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");

    private CaseRules() {
    }

    /** The stage a step leads to from {@code current}, or the refusal naming the stage. */
    static CaseStage next(String number, CaseStage current, StepKind step, Texts texts) {
        CaseStage next = switch (step) {
            case REVIEW_STARTED -> current == CaseStage.ACCEPTED ? CaseStage.UNDER_REVIEW : null;
            case DECIDED -> current == CaseStage.UNDER_REVIEW ? CaseStage.DECIDED : null;
            case COMPLETED -> current == CaseStage.DECIDED ? CaseStage.COMPLETED : null;
            case NOT_ACCEPTED -> current == CaseStage.ACCEPTED ? CaseStage.NOT_ACCEPTED : null;
            case REFUSED -> current == CaseStage.UNDER_REVIEW ? CaseStage.REFUSED : null;
            case PAUSED, RESUMED, HANDED_OVER, RETURN_VISIT, ESCALATED -> current.isOpen() ? current : null;
            case ACCEPTED -> null;
        };
        if (next == null) {
            throw new InvalidCaseStage(number, current, texts.message("error.case.stage", number, texts.message("step." + step.name()),
                    texts.message("stage." + current.name())));
        }
        return next;
    }

    /** The intake's applicant data: every problem named at once. */
    static void checkIntake(CaseIntake intake, Texts texts) {
        List<FieldError> errors = new ArrayList<>();
        if (intake.applicantKind() == null) {
            errors.add(FieldError.of("applicantKind", texts.message("error.intake.kind")));
        }
        String name = strip(intake.applicantName());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(FieldError.of("applicantName", texts.message("error.intake.name", MAX_NAME)));
        }
        String id = strip(intake.applicantId()).toUpperCase();
        if (intake.applicantKind() == ApplicantKind.ORGANISATION ? !CREDIT_CODE.matcher(id).matches() : !PERSON_ID.matcher(id).matches()) {
            errors.add(FieldError.of("applicantId", texts.message(intake.applicantKind() == ApplicantKind.ORGANISATION
                    ? "error.intake.creditCode" : "error.intake.idNumber")));
        }
        if (!PHONE.matcher(strip(intake.applicantPhone())).matches()) {
            errors.add(FieldError.of("applicantPhone", texts.message("error.intake.phone")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A required text of a step, stripped; refused when empty or longer than {@code max}. */
    static String required(String field, String value, int max, Texts texts) {
        String v = strip(value);
        if (v.isEmpty() || v.length() > max) {
            throw ValidationException.of(field, texts.message("error.text.required", texts.message("field." + field), max));
        }
        return v;
    }

    /** An optional text of a step, stripped (null when empty); refused when longer than {@code max}. */
    static String optional(String field, String value, int max, Texts texts) {
        String v = strip(value);
        if (v.length() > max) {
            throw ValidationException.of(field, texts.message("error.text.tooLong", texts.message("field." + field), max));
        }
        return v.isEmpty() ? null : v;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** The last four digits of a phone or ID number (an ID's check character X counts), for the progress query. */
    static String lastFour(String value) {
        String digits = strip(value).toUpperCase().replaceAll("[^0-9X]", "");
        return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    }
}
