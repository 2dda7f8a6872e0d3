package org.servicehall.hospital.internal.lab;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalTexts;

/**
 * H4 as plain Java: a specimen order's fields, and 三对 before sampling — the patient's name, the
 * test item and the specimen number, each as read back (scanned or typed) at the sampling station,
 * must match the order; each mismatch is named.
 */
public final class SamplingRules {
    public static final int MAX_NAME = 100;
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{4,40}");

    private SamplingRules() {
    }

    /** @throws ValidationException naming every bad field */
    public static void check(SpecimenOrder o, Map<String, LabTest> tests, Map<String, TatClass> classes, Instant now) {
        if (o == null) {
            throw ValidationException.of("specimen", message("error.field.required"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        HospitalTexts.text(errors, "patientName", o.patientName(), MAX_NAME);
        HospitalTexts.optional(errors, "ticketNumber", o.ticketNumber(), 20);
        if (o.specimenNumber() == null || o.specimenNumber().isBlank()) {
            errors.add(ValidationException.FieldError.of("specimenNumber", message("error.field.required")));
        } else if (!NUMBER.matcher(o.specimenNumber().strip()).matches()) {
            errors.add(ValidationException.FieldError.of("specimenNumber", message("error.lab.numberFormat")));
        }
        LabTest test = null;
        if (o.testCode() == null || o.testCode().isBlank()) {
            errors.add(ValidationException.FieldError.of("testCode", message("error.field.required")));
        } else if ((test = tests.get(o.testCode().strip())) == null) {
            String shown = o.testCode().length() > 40 ? o.testCode().substring(0, 40) + "…" : o.testCode().strip();
            errors.add(ValidationException.FieldError.of("testCode", message("error.lab.unknownTest", shown)));
        }
        if (test != null && classes.get(test.tatClass()).kind() == TatKind.APPOINTMENT
                && (o.appointmentAt() == null || !o.appointmentAt().isAfter(now))) {
            errors.add(ValidationException.FieldError.of("appointmentAt", message("error.lab.appointment")));
        }
        HospitalTexts.throwIf(errors);
    }

    /**
     * 三对: the three values read back at sampling against the order.
     *
     * @throws ValidationException with one error per mismatch (patientName, testCode, specimenNumber)
     */
    public static void threeChecks(Specimen s, LabTest test, String name, String testCode, String number) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(ValidationException.FieldError.of("patientName", message("error.lab.confirmName")));
        } else if (!same(name, s.patientName(), false)) {
            errors.add(ValidationException.FieldError.of("patientName", message("error.lab.nameMismatch", cut(name), s.patientName())));
        }
        if (testCode == null || testCode.isBlank()) {
            errors.add(ValidationException.FieldError.of("testCode", message("error.lab.confirmTest")));
        } else if (!same(testCode, s.testCode(), true) && !same(testCode, test.name(), false)) {
            errors.add(ValidationException.FieldError.of("testCode", message("error.lab.testMismatch", cut(testCode), test.name(),
                    test.code())));
        }
        if (number == null || number.isBlank()) {
            errors.add(ValidationException.FieldError.of("specimenNumber", message("error.lab.confirmNumber")));
        } else if (!same(number, s.specimenNumber(), true)) {
            errors.add(ValidationException.FieldError.of("specimenNumber", message("error.lab.numberMismatch", cut(number),
                    s.specimenNumber())));
        }
        HospitalTexts.throwIf(errors);
    }

    /** Equal once spaces are taken out (a scanner's case is ignored for codes). */
    private static boolean same(String read, String expected, boolean ignoreCase) {
        String a = read.replaceAll("\\s+", "");
        String b = expected.replaceAll("\\s+", "");
        return ignoreCase ? a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT)) : a.equals(b);
    }

    private static String cut(String v) {
        String s = v.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
