package org.servicehall.casework.internal;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.servicehall.casework.ApplicantPrivacy;
import org.servicehall.common.DomainEvents;
import org.servicehall.persistence.Database;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.security.AuditLog;
import org.servicehall.security.IdentityChecks;
import org.servicehall.site.SiteService;

/**
 * Casework's base on a node: migrates its tables ({@code db/migration/casework}) when the bundle
 * starts and holds the {@link CaseParts} its services share, with the settings of
 * {@code etc/org.servicehall.casework.cfg}.
 */
@Component(service = CaseParts.class, immediate = true, configurationPid = CaseworkConfig.PID)
@Designate(ocd = CaseworkConfig.class)
public final class CaseworkComponent extends CaseParts {
    @Activate
    public CaseworkComponent(CaseworkConfig config, @Reference Database database, @Reference SiteService sites,
            @Reference QueueReadModel queue, @Reference AuditLog audit, @Reference Clock clock, @Reference DomainEvents events,
            @Reference IdentityChecks identity) {
        super(migrated(database), sites, queue, audit, clock, events, new LightRule(config.yellowWithinDays(), config.yellowShare()),
                config.holidayWarningDays(), identity);
    }

    /** A sector's privacy rule (S3), while its plugin runs. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPrivacy(ApplicantPrivacy rule) {
        privacy.add(rule);
    }

    void removePrivacy(ApplicantPrivacy rule) {
        privacy.remove(rule);
    }

    private static CaseStore migrated(Database database) {
        database.migrate("casework", CaseworkComponent.class.getClassLoader());
        return new CaseStore(database.dataSource(), database.kind());
    }
}
