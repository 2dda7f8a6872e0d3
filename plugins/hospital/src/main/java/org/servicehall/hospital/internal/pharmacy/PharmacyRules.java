package org.servicehall.hospital.internal.pharmacy;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servicehall.common.Message;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalTexts;

/**
 * H3 as plain Java: a prescription's fields; preparation (调配) of a received prescription;
 * the check (核对) by a pharmacist other than the one who prepared it; dispensing only with all ten
 * checks of 四查十对 ticked and, for a skin-test drug, a recorded negative skin test.
 */
public final class PharmacyRules {
    public static final int MAX_NAME = 100;
    public static final int MAX_DIAGNOSIS = 500;
    public static final int MAX_DOSAGE = 200;
    public static final int MAX_QUANTITY = 999;
    public static final int MAX_LINES = 30;
    public static final int MAX_AGE = 150;

    private PharmacyRules() {
    }

    /**
     * @param formulary the pharmacy's drugs by code
     * @throws ValidationException naming every bad field ({@code lines[0].quantity}, …)
     */
    public static void check(PrescriptionDraft d, Map<String, Drug> formulary) {
        if (d == null) {
            throw ValidationException.of("prescription", message("error.field.required"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        HospitalTexts.text(errors, "patientName", d.patientName(), MAX_NAME);
        if (d.patientAge() == null) {
            errors.add(ValidationException.FieldError.of("patientAge", message("error.field.required")));
        } else if (d.patientAge() < 0 || d.patientAge() > MAX_AGE) {
            errors.add(ValidationException.FieldError.of("patientAge", message("error.field.range", 0, MAX_AGE)));
        }
        HospitalTexts.text(errors, "department", d.department(), MAX_NAME);
        HospitalTexts.text(errors, "diagnosis", d.diagnosis(), MAX_DIAGNOSIS);
        HospitalTexts.text(errors, "prescriber", d.prescriber(), MAX_NAME);
        HospitalTexts.optional(errors, "externalId", d.externalId(), 64);
        HospitalTexts.optional(errors, "ticketNumber", d.ticketNumber(), 20);
        if (d.lines().isEmpty()) {
            errors.add(ValidationException.FieldError.of("lines", message("error.pharmacy.noLines")));
        } else if (d.lines().size() > MAX_LINES) {
            errors.add(ValidationException.FieldError.of("lines", message("error.pharmacy.tooManyLines", MAX_LINES)));
        }
        for (int i = 0; i < d.lines().size() && i < MAX_LINES; i++) {
            PrescriptionDraft.Line l = d.lines().get(i);
            String at = "lines[" + i + "].";
            if (l == null) {
                errors.add(ValidationException.FieldError.of("lines[" + i + "]", message("error.field.required")));
                continue;
            }
            if (l.drugCode() == null || l.drugCode().isBlank()) {
                errors.add(ValidationException.FieldError.of(at + "drugCode", message("error.field.required")));
            } else if (l.drugCode().length() > 40 || !formulary.containsKey(l.drugCode().strip())) {
                String shown = l.drugCode().length() > 40 ? l.drugCode().substring(0, 40) + "…" : l.drugCode().strip();
                errors.add(ValidationException.FieldError.of(at + "drugCode", message("error.pharmacy.unknownDrug", shown)));
            }
            if (l.quantity() == null) {
                errors.add(ValidationException.FieldError.of(at + "quantity", message("error.field.required")));
            } else if (l.quantity() < 1 || l.quantity() > MAX_QUANTITY) {
                errors.add(ValidationException.FieldError.of(at + "quantity", message("error.pharmacy.quantity", MAX_QUANTITY)));
            }
            HospitalTexts.text(errors, at + "dosage", l.dosage(), MAX_DOSAGE);
        }
        HospitalTexts.throwIf(errors);
    }

    /** @throws PharmacyRefused unless the prescription waits to be prepared */
    public static void mayPrepare(Prescription p) {
        if (p.status() != PrescriptionStatus.RECEIVED) {
            throw new PharmacyRefused(message("error.pharmacy.notReceived", p.id(), status(p.status())));
        }
    }

    /** @throws PharmacyRefused unless it is prepared and {@code pharmacist} is not the one who prepared it */
    public static void mayCheck(Prescription p, String pharmacist) {
        if (p.status() != PrescriptionStatus.PREPARED) {
            throw new PharmacyRefused(message("error.pharmacy.notPrepared", p.id(), status(p.status())));
        }
        if (p.preparedBy().equals(pharmacist)) {
            throw new PharmacyRefused(message("error.pharmacy.samePharmacist", p.id(), p.preparedBy()));
        }
    }

    /** @throws PharmacyRefused when the result is recorded already or no drug needs one */
    public static void mayRecordSkinTest(Prescription p) {
        if (!p.needsSkinTest()) {
            throw new PharmacyRefused(message("error.pharmacy.noSkinTestDrug", p.id()));
        }
        if (p.skinTest() != null || p.status() == PrescriptionStatus.DISPENSED) {
            throw new PharmacyRefused(message("error.pharmacy.skinTestRecorded", p.id()));
        }
    }

    /** The checks of 四查十对 not in {@code ticked}, in their order. */
    public static Set<DispenseCheck> missing(Set<DispenseCheck> ticked) {
        Set<DispenseCheck> missing = EnumSet.allOf(DispenseCheck.class);
        if (ticked != null) {
            missing.removeAll(ticked);
        }
        return missing;
    }

    /**
     * @throws PharmacyRefused unless it is checked (ready), all ten checks are ticked (naming those
     *         missing) and every skin-test drug has a recorded negative result (naming the drug)
     */
    public static void mayDispense(Prescription p, Set<DispenseCheck> ticked) {
        if (p.status() != PrescriptionStatus.CHECKED) {
            throw new PharmacyRefused(message("error.pharmacy.notChecked", p.id(), status(p.status())));
        }
        Set<DispenseCheck> missing = missing(ticked);
        if (!missing.isEmpty()) {
            List<Message> names = missing.stream().map(c -> message(c.labelKey())).toList();
            throw new PharmacyRefused(message(missing.size() == 1 ? "error.pharmacy.checkMissing" : "error.pharmacy.checksMissing",
                    HospitalTexts.list(names), missing.size()));
        }
        for (PrescriptionLine l : p.lines()) {
            if (l.drug().skinTest() && p.skinTest() != SkinTestResult.NEGATIVE) {
                throw new PharmacyRefused(message(p.skinTest() == SkinTestResult.POSITIVE ? "error.pharmacy.skinTestPositive"
                        : "error.pharmacy.skinTestMissing", l.drug().name(), l.drug().code()));
            }
        }
    }

    public static Message status(PrescriptionStatus s) {
        return message("pharmacy.status." + s.name());
    }
}
