package org.servicehall.assessment.internal;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.assessment.AssessmentReports;
import org.servicehall.assessment.AssessmentRuns;
import org.servicehall.assessment.AssessmentService;
import org.servicehall.assessment.AssessmentWeights;
import org.servicehall.assessment.TrainingRecords;

/**
 * Registers the deprecated 1.0 {@link AssessmentService} (see {@link Assessment}) while the area's
 * four services run, for callers that still reference it.
 *
 * <p>The bundle declares the service it registers by hand ({@link Capability}), as DS does for the
 * services of its components, so that Karaf resolves the bundles that reference it.
 */
@SuppressWarnings("deprecation")
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.servicehall.assessment.AssessmentService\"", uses = AssessmentService.class)
@Component(service = {})
public final class AssessmentAggregate {
    private final ServiceRegistration<AssessmentService> registration;

    @Activate
    public AssessmentAggregate(BundleContext context, @Reference AssessmentWeights weights, @Reference AssessmentRuns runs,
            @Reference TrainingRecords training, @Reference AssessmentReports reports) {
        registration = context.registerService(AssessmentService.class, Assessment.of(weights, runs, training, reports), null);
    }

    @Deactivate
    void unregister() {
        registration.unregister();
    }
}
