package org.servicehall.casework;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * T3: cases as staff read them. The applicant's personal data is masked (S3) unless the reader
 * handles the case: the staff member who accepted it or made one of its steps, a supervisor or an
 * administrator. Staff and above.
 */
@ProviderType
public interface CaseReadModel {
    /** @throws org.servicehall.common.NotFound for an unknown case */
    Case byId(Actor actor, long caseId);

    /** @throws org.servicehall.common.NotFound for an unknown case number */
    Case byNumber(Actor actor, String number);

    /** The site's cases that match, most urgent first, one page of {@code size} (at most 200). */
    CasePage cases(Actor actor, long siteId, CaseFilter filter, int page, int size);

    /** The case's steps, oldest first. */
    List<CaseStep> timeline(Actor actor, long caseId);

    /** The case's hand-overs, oldest first. */
    List<HandOver> handOvers(Actor actor, long caseId);

    /** 最多跑一次: of the cases completed in the days given, how many needed one visit. */
    VisitShare visitShare(long siteId, LocalDate from, LocalDate to);

    /** The share of cases completed in one visit. */
    record VisitShare(long completed, long oneVisit) {
        /** From 0 to 1; 0 with nothing completed. */
        public double share() {
            return completed == 0 ? 0 : (double) oneVisit / completed;
        }
    }
}
