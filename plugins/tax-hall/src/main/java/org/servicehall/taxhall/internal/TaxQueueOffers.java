package org.servicehall.taxhall.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.queue.ServiceOffers;
import org.servicehall.site.SiteService;
import org.servicehall.taxhall.internal.QueueMeasure.Measure;

/**
 * TX3 (第六条) at the kiosk and on the taxpayer's phone: while a tax service's queue is long (its
 * measures of {@link LongQueueMeasures} stand), the service is offered with a later slot to book
 * (Q9, the booking page with the service chosen), the hall's self-service terminals and the online
 * tax office; nothing once the queue is short again, nothing for another sector's service.
 */
@Component(service = ServiceOffers.class, configurationPid = TaxQueueOffers.PID)
@Designate(ocd = TaxQueueOffers.Config.class)
public final class TaxQueueOffers implements ServiceOffers {
    static final String PID = "org.servicehall.taxhall.offers";

    @ObjectClassDefinition(name = "ServiceHall tax hall offers on long queues", description = "TX3 (第六条): what the kiosk and phone page offer")
    public @interface Config {
        @AttributeDefinition(name = "Online tax office", description = "The address of the province's online tax office (电子税务局)")
        String onlineOffice() default "https://etax.chinatax.gov.cn";
    }

    private final LongQueueMeasures measures;
    private final SiteService sites;
    private final String onlineOffice;

    @Activate
    public TaxQueueOffers(Config config, @Reference LongQueueMeasures measures, @Reference SiteService sites) {
        this.measures = measures;
        this.sites = sites;
        this.onlineOffice = config.onlineOffice() == null || config.onlineOffice().isBlank() ? null : config.onlineOffice().strip();
    }

    @Override
    public List<Offer> offers(long siteId, String serviceCode, Locale reader) {
        List<QueueMeasure> standing = measures.standing(siteId);
        return standing.isEmpty() ? List.of() : offers(standing, sites.site(siteId).code(), serviceCode, onlineOffice, reader);
    }

    /** What the standing measures of the site offer for the service, in the reader's language. Plain Java. */
    static List<Offer> offers(List<QueueMeasure> standing, String siteCode, String serviceCode, String onlineOffice, Locale reader) {
        List<Measure> taken = standing.stream().filter(m -> m.standing() && m.serviceCode().equals(serviceCode)).map(QueueMeasure::measure).toList();
        List<Offer> out = new ArrayList<>();
        if (taken.contains(Measure.OFFER_BOOKING)) {
            out.add(new Offer(Kind.BOOK_LATER, text("taxhall.offer.book", reader), "/api/v1/queue/follow/" + siteCode + "/book?service=" + serviceCode));
        }
        if (taken.contains(Measure.OFFER_SELF_SERVICE)) {
            out.add(new Offer(Kind.SELF_SERVICE, text("taxhall.offer.selfService", reader), null));
            if (onlineOffice != null) {
                out.add(new Offer(Kind.ONLINE, text("taxhall.offer.online", reader, onlineOffice), onlineOffice));
            }
        }
        return out;
    }

    private static String text(String key, Locale reader, Object... args) {
        return TaxFeeRule.TEXTS.message(key, args).in(reader);
    }
}
