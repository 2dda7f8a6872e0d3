package org.servicehall.casework.fee;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The extension point for fees (T5): a sector plugin registers one as an OSGi service and says which
 * fees its service items may charge (the tax hall: only the registration and invoice 工本费). A fee
 * is recorded only when every policy of the item's sector allows it; with no policy for the sector,
 * none is.
 */
@ConsumerType
public interface FeePolicy {
    /** The sector whose service items this policy governs (the item's {@code sector}, e.g. {@code tax}). */
    String sector();

    /** Whether the fee may be charged, and why (or why not); the reason is shown to the staff member. */
    FeeDecision decide(FeeRequest request);
}
