package org.servicehall.complaint.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.DomainEvents;
import org.servicehall.persistence.Database;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteAccess;
import org.servicehall.site.SiteService;

/**
 * What the area's services share on a node: the complaint tables (migrated once, when the bundle
 * starts, before any service that uses them is activated), the sites with their working-day
 * calendars, the audit log, the platform's clock and where the events go after a commit. Plain
 * Java: a test builds it on its data source; in the container it is a component of its own.
 */
@Component(service = ComplaintParts.class, immediate = true)
public final class ComplaintParts {
    final ComplaintStore store;
    final SiteService sites;
    final AuditLog audit;
    final Clock clock;
    private final Consumer<DomainEvent> publisher;
    /** S1: an operation on a site's complaint, rectification or settings needs the role on that site. */
    private final SiteAccess access;

    @Activate
    public ComplaintParts(@Reference Database database, @Reference SiteService sites, @Reference AuditLog audit, @Reference Clock clock,
            @Reference DomainEvents events) {
        this(migrated(database), sites, audit, clock, events::publish);
    }

    ComplaintParts(ComplaintStore store, SiteService sites, AuditLog audit, Clock clock, Consumer<DomainEvent> publisher) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.publisher = publisher;
        this.access = new SiteAccess(audit);
    }

    private static ComplaintStore migrated(Database database) {
        database.migrate("complaint", ComplaintParts.class.getClassLoader());
        return new ComplaintStore(database.dataSource());
    }

    /**
     * S1 (issue 16): refuses unless {@code actor} holds {@code role} on the site {@code siteId} (a
     * central administrator everywhere), naming the operation (a key of the area's texts) and the
     * site, in the reader's language; the refusal is audited.
     */
    void requireAt(Actor actor, Role role, long siteId, String operation, String entityType, Object entityId) {
        access.require(actor, role, sites.site(siteId), ComplaintTexts.text(operation), entityType, entityId);
    }

    /**
     * The actor with the roles it holds at the site only (S1, S3): who sees a case's contact data is
     * decided by the roles at the case's site, not by a supervisor's role at another site.
     */
    Actor at(Actor actor, long siteId) {
        return actor.at(sites.site(siteId).code());
    }

    /** Now as the tables keep it: to the microsecond. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today at the site, in its zone (issue 12: deadlines count from the site's day, whatever the server's zone is). */
    LocalDate today(long siteId) {
        return sites.today(siteId);
    }

    /** Publishes a unit of work's events, in order, after it committed. */
    void publish(List<DomainEvent> events) {
        events.forEach(publisher);
    }
}
