package org.servicehall.complaint.internal;

import java.time.Clock;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintService;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.Rectifications;

/**
 * Registers the 1.x aggregate {@link ComplaintService} (see {@link Complaints#of}) while the area's
 * four services run, for callers that still reference it.
 *
 * <p>The bundle declares the service it registers by hand ({@link Capability}), as DS does for the
 * services of its components, so that Karaf resolves the bundles that reference it.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.servicehall.complaint.ComplaintService\"", uses = ComplaintService.class)
@Component(service = {})
public final class ComplaintAggregate {
    private final ServiceRegistration<ComplaintService> registration;

    @Activate
    public ComplaintAggregate(BundleContext context, @Reference Ratings ratings, @Reference ComplaintWorkflow workflow,
            @Reference Rectifications rectifications, @Reference ComplaintDeadlines deadlines, @Reference Clock clock) {
        registration = context.registerService(ComplaintService.class, Complaints.of(ratings, workflow, rectifications, deadlines, clock),
                null);
    }

    @Deactivate
    void unregister() {
        registration.unregister();
    }
}
