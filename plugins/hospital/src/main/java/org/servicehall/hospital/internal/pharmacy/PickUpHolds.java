package org.servicehall.hospital.internal.pharmacy;

import java.util.Set;

/**
 * H3: which tickets the pharmacy is not ready for yet (a linked prescription not checked). The
 * hospital's calling order puts them last and its pick-up eligibility holds each of them back from
 * a call, so a patient is called for pick-up only when the prescription is ready.
 */
public interface PickUpHolds {
    /** No ticket held (a hall without the pharmacy's tables, or a test). */
    PickUpHolds NONE = Set::of;

    Set<Long> heldTickets();

    /** Whether this one ticket is held (asked for each candidate of a call). */
    default boolean isHeld(long ticketId) {
        return heldTickets().contains(ticketId);
    }
}
