package org.servicehall.hospital.internal.pharmacy;

import static org.servicehall.hospital.internal.HospitalTexts.message;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.NotFound;
import org.servicehall.queue.CallGuard;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.Actor;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;

/**
 * H3: a pharmacy window's call is refused while every patient waiting for it still waits for the
 * pharmacy (their prescriptions not yet checked), naming how many; the hospital's calling order
 * ({@code EmergencyFirstPolicy}) puts those tickets after the ready ones. Together: a ticket is
 * called for pick-up only when its prescription is ready.
 *
 * <p>The queue's {@link CallGuard} can refuse a whole call but cannot skip one ticket, and a
 * {@code PriorityPolicy} can only order them: with both, a held ticket is called only when it is
 * the sole one left and the count read here is already out of date (a patient arriving in between).
 * A queue extension point "may this ticket be called now", asked for each candidate, would make it
 * exact.
 */
@Component(service = CallGuard.class)
public final class PickUpGuard implements CallGuard {
    /** The pharmacy's service item (HALL-INF/catalogue/hospital-windows.properties). */
    public static final String PHARMACY = "H-PHARM";
    private final PickUpHolds holds;
    private final SiteService sites;
    private final QueueReadModel queue;

    @Activate
    public PickUpGuard(@Reference PickUpHolds holds, @Reference SiteService sites, @Reference QueueReadModel queue) {
        this.holds = holds;
        this.sites = sites;
        this.queue = queue;
    }

    @Override
    public void check(Actor actor, long siteId, long windowId, int windowNumber) {
        Window window = sites.windows(siteId).stream().filter(w -> w.id() == windowId).findFirst().orElse(null);
        if (window == null || !window.serviceCodes().contains(PHARMACY)) {
            return;
        }
        int pharmacyWaiting = 0;
        for (QueueStats.ServiceStats s : queue.stats(siteId).services()) {
            if (!window.serviceCodes().contains(s.serviceCode())) {
                continue;
            }
            if (!PHARMACY.equals(s.serviceCode()) && s.waiting() > 0) {
                return; // the window has someone else to call
            }
            if (PHARMACY.equals(s.serviceCode())) {
                pharmacyWaiting = s.waiting();
            }
        }
        if (pharmacyWaiting == 0) {
            return; // nothing to call: the queue says so
        }
        Set<Long> held = holds.heldTickets();
        if (held.isEmpty()) {
            return;
        }
        long heldWaiting = 0;
        for (long id : held) {
            Ticket t;
            try {
                t = queue.ticket(id);
            } catch (NotFound e) {
                continue;
            }
            if (t.siteId() == siteId && t.status() == TicketStatus.WAITING && PHARMACY.equals(t.serviceCode())) {
                heldWaiting++;
            }
        }
        if (heldWaiting >= pharmacyWaiting) {
            throw new PharmacyRefused(message("error.pharmacy.nothingReady", windowNumber, heldWaiting));
        }
    }
}
