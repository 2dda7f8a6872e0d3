package org.servicehall.metrics.internal;

import static org.servicehall.metrics.internal.MetricNames.SERVICE;
import static org.servicehall.metrics.internal.MetricNames.SITE;

import java.util.Map;
import java.util.function.LongFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.servicehall.casework.CaseEvents;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.queue.QueueEvents;
import org.servicehall.site.SiteService;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the domain events this node publishes (Q1, Q5, Q6, Q3/Q4, P1-P3, T3) as Prometheus
 * counters: tickets issued, calls, no-shows, finished visits, transfers, queue alerts, ratings by
 * level, complaints by source, overdue complaint stages, cases opened and escalated. Each node counts
 * its own operations, so the hall's figure is the sum over nodes. Labels are the site's code and a
 * code of a bounded set, never a ticket number, name or id (S3).
 */
@Component(service = EventHandler.class, immediate = true, property = { EventConstants.EVENT_TOPIC + "=" + QueueEvents.ALL,
        EventConstants.EVENT_TOPIC + "=" + ComplaintEvents.ALL, EventConstants.EVENT_TOPIC + "=" + CaseEvents.ALL })
public final class EventCounters implements EventHandler {
    /** Topic → meter name and the event property that gives its second label (or null for the site alone). */
    private record Counted(String meter, String labelKey, String labelName) {
    }

    private static final Map<String, Counted> COUNTED = Map.ofEntries(
            Map.entry(QueueEvents.TICKET_ISSUED, new Counted(MetricNames.TICKETS_ISSUED, QueueEvents.SERVICE, SERVICE)),
            Map.entry(QueueEvents.TICKET_CALLED, new Counted(MetricNames.CALLS, QueueEvents.SERVICE, SERVICE)),
            Map.entry(QueueEvents.NO_SHOW, new Counted(MetricNames.NO_SHOWS, QueueEvents.SERVICE, SERVICE)),
            Map.entry(QueueEvents.SERVICE_FINISHED, new Counted(MetricNames.SERVICES_FINISHED, QueueEvents.SERVICE, SERVICE)),
            Map.entry(QueueEvents.TICKET_TRANSFERRED, new Counted(MetricNames.TRANSFERS, QueueEvents.SERVICE, SERVICE)),
            Map.entry(QueueEvents.QUEUE_ALERT, new Counted(MetricNames.QUEUE_ALERTS, QueueEvents.ALERT_KIND, "kind")),
            Map.entry(ComplaintEvents.RATING_GIVEN, new Counted(MetricNames.RATINGS, ComplaintEvents.LEVEL, "level")),
            Map.entry(ComplaintEvents.COMPLAINT_REGISTERED, new Counted(MetricNames.COMPLAINTS, ComplaintEvents.SOURCE, "source")),
            Map.entry(ComplaintEvents.COMPLAINT_OVERDUE, new Counted(MetricNames.COMPLAINTS_OVERDUE, null, null)),
            Map.entry(CaseEvents.CASE_OPENED, new Counted(MetricNames.CASES_OPENED, null, null)),
            Map.entry(CaseEvents.ESCALATED, new Counted(MetricNames.CASES_ESCALATED, null, null)));

    private final MeterRegistry registry;
    private final SiteCodes sites;

    @Activate
    public EventCounters(@Reference HallMeters meters, @Reference SiteService sites) {
        this(meters.registry(), id -> sites.site(id).code());
    }

    EventCounters(MeterRegistry registry, LongFunction<String> siteCode) {
        this.registry = registry;
        this.sites = new SiteCodes(siteCode);
    }

    @Override
    public void handleEvent(Event event) {
        Counted counted = COUNTED.get(event.getTopic());
        if (counted == null) {
            return;
        }
        // the site property has the same key in every area's events
        Counter.Builder counter = Counter.builder(counted.meter()).tag(SITE, sites.of(event.getProperty(QueueEvents.SITE)));
        if (counted.labelKey() != null) {
            Object value = event.getProperty(counted.labelKey());
            counter.tag(counted.labelName(), value == null ? "unknown" : label(value.toString()));
        }
        counter.register(registry).increment();
    }

    /** A code as a label: letters, digits, '-', '_' and '.', at most 40 characters, so no free text becomes a label. */
    static String label(String code) {
        String clean = code.replaceAll("[^A-Za-z0-9_.-]", "_");
        return clean.length() > 40 ? clean.substring(0, 40) : clean;
    }
}
