package org.servicehall.assessment.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentEvents;
import org.servicehall.assessment.AssessmentSettings;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.common.DomainEvents;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;

/** M1/C5: a site's weights and thresholds, checked by {@link Scoring#validate}, stored with their audit entry. */
@Component(service = AssessmentWeights.class)
public final class AssessmentWeightsImpl implements AssessmentWeights {
    private final AssessmentStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final DomainEvents events;

    @Activate
    public AssessmentWeightsImpl(@Reference AssessmentStore store, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference DomainEvents events) {
        this.store = store;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public AssessmentSettings settings(long siteId) {
        sites.site(siteId);
        return store.read(c -> RunTables.settings(c, siteId)).orElse(AssessmentSettings.DEFAULTS);
    }

    @Override
    public AssessmentSettings setSettings(Actor actor, long siteId, AssessmentSettings settings) {
        actor.require(Role.ADMIN, "change the assessment weights");
        sites.site(siteId);
        Scoring.validate(settings);
        store.inTransaction(c -> {
            AssessmentSettings before = RunTables.settings(c, siteId).orElse(AssessmentSettings.DEFAULTS);
            RunTables.putSettings(c, siteId, settings);
            audit.record(c, actor, "update", "assessment-settings", siteId, before, settings);
            return null;
        });
        events.publish(AssessmentEvent.of(AssessmentEvents.SETTINGS_CHANGED, siteId));
        return settings;
    }
}
