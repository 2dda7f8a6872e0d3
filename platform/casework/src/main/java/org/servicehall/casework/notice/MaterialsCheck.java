package org.servicehall.casework.notice;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A tick of the materials at the desk, with what is still missing (T4).
 *
 * @param missing the codes of the needed materials not brought, in checklist order
 * @param checkedBy the staff member's user name
 */
public record MaterialsCheck(long id, long siteId, long caseId, int visit, String serviceCode, Set<String> brought,
        Set<String> applicable, List<String> missing, String checkedBy, Instant checkedAt) {
    public MaterialsCheck {
        brought = Set.copyOf(brought);
        applicable = Set.copyOf(applicable);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
