package org.servicehall.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.servicehall.casework.CaseEvents;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.queue.QueueEvents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Issue 17: the domain events (Q1, Q5, Q6, Q3/Q4, P1, P2, T3) counted with bounded labels and no personal data (S3). */
class EventCountersTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<Long, String> siteCodes = Map.of(7L, "DEMO", 8L, "EAST");
    private final EventCounters counters = new EventCounters(registry, id -> {
        String code = siteCodes.get(id);
        if (code == null) {
            throw new IllegalArgumentException("no site " + id);
        }
        return code;
    });

    private static Event event(String topic, Object... keyValues) {
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Event(topic, props);
    }

    private double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void ticketsCallsAndNoShowsAreCountedPerSiteAndService_Q1_Q5_Q6() {
        counters.handleEvent(event(QueueEvents.TICKET_ISSUED, QueueEvents.SITE, 7L, QueueEvents.SERVICE, "TX-REG", QueueEvents.NUMBER, "A001",
                QueueEvents.TICKET_ID, 11L));
        counters.handleEvent(event(QueueEvents.TICKET_ISSUED, QueueEvents.SITE, 7L, QueueEvents.SERVICE, "TX-REG", QueueEvents.NUMBER, "A002"));
        counters.handleEvent(event(QueueEvents.TICKET_ISSUED, QueueEvents.SITE, 8L, QueueEvents.SERVICE, "TX-REG", QueueEvents.NUMBER, "A001"));
        counters.handleEvent(event(QueueEvents.TICKET_CALLED, QueueEvents.SITE, 7L, QueueEvents.SERVICE, "TX-REG", QueueEvents.WINDOW, 3));
        counters.handleEvent(event(QueueEvents.NO_SHOW, QueueEvents.SITE, 7L, QueueEvents.SERVICE, "TX-REG"));
        counters.handleEvent(event(QueueEvents.SERVICE_FINISHED, QueueEvents.SITE, 7L, QueueEvents.SERVICE, "TX-REG"));

        assertEquals(2, count(MetricNames.TICKETS_ISSUED, "site", "DEMO", "service", "TX-REG"));
        assertEquals(1, count(MetricNames.TICKETS_ISSUED, "site", "EAST", "service", "TX-REG"));
        assertEquals(1, count(MetricNames.CALLS, "site", "DEMO", "service", "TX-REG"));
        assertEquals(1, count(MetricNames.NO_SHOWS, "site", "DEMO", "service", "TX-REG"));
        assertEquals(1, count(MetricNames.SERVICES_FINISHED, "site", "DEMO", "service", "TX-REG"));
        String text = registry.scrape();
        assertTrue(text.contains("servicehall_tickets_issued_total{service=\"TX-REG\",site=\"DEMO\"} 2.0"), text);
        // S3: the ticket's number and id never become a label
        assertFalse(text.contains("A001") || text.contains("A002"), text);
    }

    @Test
    void ratingsByLevelComplaintsBySourceAndCasesAreCounted_P1_P2_T3() {
        counters.handleEvent(event(ComplaintEvents.RATING_GIVEN, ComplaintEvents.SITE, 7L, ComplaintEvents.LEVEL, "VERY_SATISFIED",
                ComplaintEvents.STAFF_NUMBER, "D001", ComplaintEvents.NUMBER, "A001"));
        counters.handleEvent(event(ComplaintEvents.RATING_GIVEN, ComplaintEvents.SITE, 7L, ComplaintEvents.LEVEL, "VERY_DISSATISFIED"));
        counters.handleEvent(event(ComplaintEvents.RATING_GIVEN, ComplaintEvents.SITE, 7L, ComplaintEvents.LEVEL, "VERY_DISSATISFIED"));
        counters.handleEvent(event(ComplaintEvents.COMPLAINT_REGISTERED, ComplaintEvents.SITE, 7L, ComplaintEvents.SOURCE, "WEB",
                ComplaintEvents.TRACKING_NUMBER, "TS-20261130-0001"));
        counters.handleEvent(event(ComplaintEvents.COMPLAINT_OVERDUE, ComplaintEvents.SITE, 7L));
        counters.handleEvent(event(CaseEvents.CASE_OPENED, CaseEvents.SITE, 7L, CaseEvents.NUMBER, "DEMO-20261130-0001"));
        counters.handleEvent(event(CaseEvents.ESCALATED, CaseEvents.SITE, 7L));

        assertEquals(1, count(MetricNames.RATINGS, "site", "DEMO", "level", "VERY_SATISFIED"));
        assertEquals(2, count(MetricNames.RATINGS, "site", "DEMO", "level", "VERY_DISSATISFIED"));
        assertEquals(1, count(MetricNames.COMPLAINTS, "site", "DEMO", "source", "WEB"));
        assertEquals(1, count(MetricNames.COMPLAINTS_OVERDUE, "site", "DEMO"));
        assertEquals(1, count(MetricNames.CASES_OPENED, "site", "DEMO"));
        assertEquals(1, count(MetricNames.CASES_ESCALATED, "site", "DEMO"));
        String text = registry.scrape();
        assertFalse(text.contains("D001") || text.contains("TS-2026") || text.contains("DEMO-2026"), text);
    }

    @Test
    void eventsNotCountedLeaveNoMeterAndAnUnknownSiteIsLabelledByItsId() {
        counters.handleEvent(event(CaseEvents.CASE_CHANGED, CaseEvents.SITE, 7L));
        counters.handleEvent(event(ComplaintEvents.RECTIFICATION_DONE, ComplaintEvents.SITE, 7L));
        assertTrue(registry.getMeters().isEmpty(), registry.scrape());

        counters.handleEvent(event(QueueEvents.TICKET_ISSUED, QueueEvents.SITE, 99L, QueueEvents.SERVICE, "GENERAL"));
        assertEquals(1, count(MetricNames.TICKETS_ISSUED, "site", "99", "service", "GENERAL"));
        counters.handleEvent(event(QueueEvents.TICKET_ISSUED, QueueEvents.SERVICE, "GENERAL"));
        assertEquals(1, count(MetricNames.TICKETS_ISSUED, "site", "unknown", "service", "GENERAL"));
    }

    @Test
    void aLabelIsACodeNeverFreeText() {
        counters.handleEvent(event(QueueEvents.QUEUE_ALERT, QueueEvents.SITE, 7L, QueueEvents.ALERT_KIND, "TOO_MANY_WAITING",
                QueueEvents.MESSAGE, "超过10人"));
        assertEquals(1, count(MetricNames.QUEUE_ALERTS, "site", "DEMO", "kind", "TOO_MANY_WAITING"));
        assertEquals("___x", EventCounters.label("张三 x"));
        assertEquals(40, EventCounters.label("A".repeat(60)).length());
        assertNull(registry.find(MetricNames.QUEUE_ALERTS).tag("message", "超过10人").counter());
    }
}
