package org.servicehall.queue.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.servicehall.queue.Ticket;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteAccess;
import org.servicehall.site.SiteService;

/**
 * What the queue's services share on a node: the tickets' tables, the site structure as the hot
 * path reads it, the audit log and the platform's clock, the settings in force, and the reads kept
 * for a moment so that issuing and calling stay a few short statements — the settings of each
 * service, which windows are open, the recent service times. Plain Java: a test or tool builds it
 * on its data source; in the container {@link QueueComponent} is it.
 */
public class QueueParts {
    final TicketStore store;
    final CachedSites sites;
    final AuditLog audit;
    final Clock clock;
    final Queue.Settings settings;
    final WaitPredictor predictor;
    final SettingsCache settingsCache;
    final OpenWindows openWindows;
    final ServiceTimes serviceTimes;
    /** S1: an operation on a site's ticket, window or settings needs the role on that site. */
    final SiteAccess access;

    QueueParts(TicketStore store, SiteService sites, AuditLog audit, Clock clock, Queue.Settings settings) {
        this.store = store;
        this.sites = sites instanceof CachedSites cached ? cached : new CachedSites(sites);
        this.audit = audit;
        this.access = new SiteAccess(audit);
        this.clock = clock;
        this.settings = settings;
        this.predictor = new WaitPredictor(settings.defaultServiceTime());
        this.settingsCache = new SettingsCache(store, settings);
        this.openWindows = new OpenWindows();
        this.serviceTimes = new ServiceTimes(store, predictor);
    }

    /**
     * S1 (issue 16): refuses unless {@code actor} holds {@code role} on the site {@code siteId} (a
     * central administrator everywhere), naming the operation ({@code queue.operation.<key>}) and the
     * site; the refusal is audited.
     */
    void requireAt(Actor actor, Role role, long siteId, String operation, String entityType, Object entityId) {
        access.require(actor, role, sites.site(siteId), QueueRules.TEXTS.message("queue.operation." + operation), entityType, entityId);
    }

    /** The calling order with the given extension points' priority policies (Q2). */
    CallOrder callOrder(QueueExtensions extensions) {
        return new CallOrder(sites, extensions::policies, settings.fairnessCap());
    }

    /** Q6: the steps at the window the ticket allows now, by the rule the service refuses with (the desk enables its buttons so). */
    public Set<QueueRules.Step> allowedSteps(Ticket ticket) {
        return QueueRules.allowed(ticket, settings.recallsBeforeNoShow());
    }

    /** Q6: the recalls a no-show needs. */
    public int recallsBeforeNoShow() {
        return settings.recallsBeforeNoShow();
    }

    /** The time stored with tickets: microseconds, as the database keeps them. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The platform's clock in the site's own zone (issue 12): its opening hours and business date are
     * read in it, whatever the server's zone is.
     */
    Clock clock(long siteId) {
        return clock.withZone(sites.site(siteId).zone());
    }

    /** Today at the site, in its zone, by the platform's clock (the tickets' business date). */
    LocalDate today(long siteId) {
        return LocalDate.now(clock(siteId));
    }
}
