package org.servicehall.admincenter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.Light;

/** Case values as casework returns them, for the rule tests (casework's own record, built plainly). */
final class Cases {
    private Cases() {
    }

    static Case of(String number, String service, String timeLimit, CaseStage stage, String unit, LocalDate acceptedOn, LocalDate due,
            Light light, Instant completedAt) {
        return new Case(1, 1, number, service, service, timeLimit, 3, 1, 1, "S1", new Applicant(ApplicantKind.PERSON, "张*", null, null),
                stage, unit, acceptedOn.atStartOfDay().toInstant(ZoneOffset.ofHours(8)), acceptedOn, due, false, null, 0, 3,
                light, 1, null, null, completedAt);
    }

    static Case open(String number, CaseStage stage, String unit) {
        return of(number, "AC-ENT-SETUP", "THREE_DAYS", stage, unit, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3), Light.GREEN, null);
    }
}
