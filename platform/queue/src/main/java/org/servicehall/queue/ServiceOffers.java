package org.servicehall.queue;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Other ways to be served that a sector plugin offers a citizen for one of its services, shown at
 * the kiosk beside the services and on a waiting ticket's phone page — e.g. while the service's
 * queue is long (the tax hall, TX3 第六条): booking a later slot (Q9), the self-service terminals,
 * the online office. Registered as OSGi services; the offers of every one are shown, highest
 * {@code service.ranking} first; one that throws is skipped.
 *
 * @since 1.6
 */
@ConsumerType
public interface ServiceOffers {

    /** What to offer now for the service at the site, in the reader's language; none most of the time. */
    List<Offer> offers(long siteId, String serviceCode, Locale reader);

    /**
     * One offer.
     *
     * @param text what the citizen reads, in the reader's language
     * @param link where it leads: a path under the hall's host (the booking page) or a full address; null for none
     */
    record Offer(Kind kind, String text, String link) {
        public Offer {
            if (kind == null || text == null || text.isBlank()) {
                throw new IllegalArgumentException("an offer has a kind and a text: " + kind + ", " + text);
            }
        }
    }

    /** What kind of way it is. */
    enum Kind {
        /** Book a later slot (Q9) instead of waiting now. */
        BOOK_LATER,
        /** A self-service terminal in the hall. */
        SELF_SERVICE,
        /** The online office, from home. */
        ONLINE
    }
}
