package org.servicehall.taxhall.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Jdbc;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.taxhall.internal.QueueMeasure.Measure;

/**
 * TX3 (第六条) on the queue's alerts: when a tax service's queue passes its threshold (Q3), the
 * measures of {@link LongQueueRule} are recorded for the alert with their audit entry, once (the
 * queue announces an alert once, on the node that raised it; a second announcement records
 * nothing); they end when the alert clears. The supervisor sees them beside the queue's alert; the
 * kiosk and phone pages read the standing ones ({@code GET /api/v1/tax-hall/sites/{site}/measures}).
 */
@Component(service = { LongQueueMeasures.class, EventHandler.class }, immediate = true, configurationPid = LongQueueMeasures.PID,
        property = { EventConstants.EVENT_TOPIC + "=" + QueueEvents.QUEUE_ALERT, EventConstants.EVENT_TOPIC + "=" + QueueEvents.QUEUE_ALERT_CLEARED })
@Designate(ocd = LongQueueMeasures.Config.class)
public final class LongQueueMeasures implements EventHandler {
    static final String PID = "org.servicehall.taxhall.queue";

    @ObjectClassDefinition(name = "ServiceHall tax hall long queues", description = "TX3 (第六条): measures when a tax service's queue is long")
    public @interface Config {
        @AttributeDefinition(name = "Near closing (minutes)", description = "An alert this close to closing time also serves past closing (Q8)")
        int nearClosingMinutes() default 60;
    }

    private final MeasureStore store;
    private final SiteService sites;
    private final StandingAlerts alerts;
    private final AuditLog audit;
    private final Clock clock;
    private final LongQueueRule rule;

    @Activate
    public LongQueueMeasures(Config config, @Reference Database database, @Reference SiteService sites, @Reference StandingAlerts alerts,
            @Reference AuditLog audit, @Reference Clock clock) {
        this(migrated(database), sites, alerts, audit, clock, new LongQueueRule(Duration.ofMinutes(config.nearClosingMinutes())));
    }

    LongQueueMeasures(DataSource dataSource, SiteService sites, StandingAlerts alerts, AuditLog audit, Clock clock, LongQueueRule rule) {
        this.store = new MeasureStore(dataSource);
        this.sites = sites;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
        this.rule = rule;
    }

    private static DataSource migrated(Database database) {
        database.migrate("taxhall", LongQueueMeasures.class.getClassLoader());
        return database.dataSource();
    }

    @Override
    public void handleEvent(Event event) {
        Object site = event.getProperty(QueueEvents.SITE);
        Object id = event.getProperty(QueueEvents.ALERT_ID);
        if (!(site instanceof Number siteId) || !(id instanceof Number alertId)) {
            return;
        }
        if (QueueEvents.QUEUE_ALERT_CLEARED.equals(event.getTopic())) {
            cleared(alertId.longValue());
            return;
        }
        if (!QueueAlert.Kind.TOO_MANY_WAITING.name().equals(event.getProperty(QueueEvents.ALERT_KIND))) {
            return;
        }
        alerts.alerts(siteId.longValue(), null).stream().filter(a -> a.id() == alertId.longValue()).findFirst().ifPresent(this::raised);
    }

    /** Records the measures for a queue alert of a tax service (nothing for another sector's service or a second time). */
    public List<QueueMeasure> raised(QueueAlert alert) {
        if (!isTaxService(alert.siteId(), alert.serviceCode())) {
            return List.of();
        }
        Site site = sites.site(alert.siteId());
        Instant at = (alert.raisedAt() == null ? clock.instant() : alert.raisedAt()).truncatedTo(ChronoUnit.MICROS);
        LocalTime local = at.atZone(site.zone()).toLocalTime();
        List<Measure> measures = rule.measures(alert, local, site.closesAt());
        if (measures.isEmpty()) {
            return List.of();
        }
        try {
            return record(alert, site, at, measures);
        } catch (RuntimeException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return List.of(); // another node recorded them at the same moment
            }
            throw e;
        }
    }

    private List<QueueMeasure> record(QueueAlert alert, Site site, Instant at, List<Measure> measures) {
        return store.inTransaction(c -> {
            if (store.taken(c, alert.id())) {
                return List.of();
            }
            List<QueueMeasure> out = new ArrayList<>();
            for (Measure m : measures) {
                QueueMeasure row = new QueueMeasure(0, site.id(), alert.serviceCode(), alert.id(), m, alert.waiting(), alert.waitingOver(), at, null);
                long rowId = store.insert(c, row);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("service", alert.serviceCode());
                after.put("measure", m.name());
                after.put("waiting", alert.waiting());
                after.put("waitingOver", alert.waitingOver());
                audit.record(c, Actor.SYSTEM, "taxhall.measure", "TaxQueueMeasure", rowId, null, after);
                out.add(new QueueMeasure(rowId, row.siteId(), row.serviceCode(), row.alertId(), m, row.waiting(), row.waitingOver(), at, null));
            }
            return out;
        });
    }

    /** The alert cleared: its measures end. */
    public int cleared(long alertId) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return store.inTransaction(c -> store.end(c, alertId, at));
    }

    /** The site's measures while their queue is still long (for the kiosk, the phone page, the workbench). */
    public List<QueueMeasure> standing(long siteId) {
        sites.site(siteId);
        return store.read(c -> store.standing(c, siteId));
    }

    /** The site's measures taken on the days given (the site's days), newest first. */
    public List<QueueMeasure> taken(long siteId, LocalDate from, LocalDate to) {
        Site site = sites.site(siteId);
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", TaxFeeRule.TEXTS.message("taxhall.error.period"));
        }
        Instant start = from.atStartOfDay(site.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(site.zone()).toInstant();
        return store.read(c -> store.taken(c, siteId, start, end));
    }

    private boolean isTaxService(long siteId, String serviceCode) {
        return sites.serviceItems(siteId).stream().anyMatch(i -> i.code().equals(serviceCode) && TaxItems.SECTOR.equals(i.sector()));
    }
}
