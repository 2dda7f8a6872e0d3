package org.servicehall.hospital.internal.pharmacy;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Message;
import org.servicehall.queue.CallEligibility;
import org.servicehall.queue.Ticket;

/**
 * H3: a pharmacy ticket is called for pick-up only when its prescription is ready. The queue asks
 * for each candidate of a call; a pharmacy ticket whose linked prescription is not yet checked is
 * held (it keeps its place and is called once checked), so a held ticket is never called — also
 * when it is the only one left, and whoever arrives in between. The hospital's calling order
 * ({@code EmergencyFirstPolicy}) already puts held tickets last, so the ready ones come first.
 */
@Component(service = CallEligibility.class)
public final class PickUpEligibility implements CallEligibility {
    /** The pharmacy's service item (HALL-INF/catalogue/hospital-windows.properties). */
    public static final String PHARMACY = "H-PHARM";
    private final PickUpHolds holds;

    @Activate
    public PickUpEligibility(@Reference PickUpHolds holds) {
        this.holds = holds;
    }

    @Override
    public Optional<Message> held(Ticket candidate, int windowNumber) {
        if (!PHARMACY.equals(candidate.serviceCode()) || !holds.isHeld(candidate.id())) {
            return Optional.empty();
        }
        return Optional.of(message("error.pharmacy.notReady", windowNumber, candidate.number()));
    }
}
