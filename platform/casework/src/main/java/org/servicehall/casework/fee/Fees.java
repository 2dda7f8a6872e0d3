package org.servicehall.casework.fee;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/** Fees of cases (T5): recorded only where the sector's {@link FeePolicy} allows, audited, with receipts numbered per site. */
@ProviderType
public interface Fees {
    /**
     * Records a fee (staff).
     *
     * @throws FeeRefused with the policy's reason when the sector does not allow it
     * @throws org.servicehall.common.ValidationException naming a bad field
     */
    Fee record(Actor actor, FeeDraft draft);

    /** The fees of a case, oldest first. */
    List<Fee> fees(long siteId, long caseId);

    /** The totals per day and service item, from {@code from} to {@code to} (inclusive), by day then item. */
    List<FeeTotal> totals(long siteId, LocalDate from, LocalDate to);
}
