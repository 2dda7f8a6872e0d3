package org.servicehall.conduct.internal.discipline;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.Disputes;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violations;

/**
 * Registers the 1.x aggregate {@link DisciplineService} (see {@link Discipline}) while the area's
 * seven services run, for callers that still reference it.
 *
 * <p>The bundle declares the service it registers by hand ({@link Capability}), as DS does for the
 * services of its components, so that Karaf resolves the bundles that reference it.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.servicehall.conduct.DisciplineService\"", uses = DisciplineService.class)
@Component(service = {})
public final class DisciplineAggregate {
    private final ServiceRegistration<DisciplineService> registration;

    @Activate
    public DisciplineAggregate(BundleContext context, @Reference Inspections inspections, @Reference Violations violations,
            @Reference Sanctions sanctions, @Reference Commendations commendations, @Reference Gifts gifts, @Reference Enquiries enquiries,
            @Reference Disputes disputes) {
        registration = context.registerService(DisciplineService.class,
                Discipline.of(inspections, violations, sanctions, commendations, gifts, enquiries, disputes), null);
    }

    @Deactivate
    void unregister() {
        registration.unregister();
    }
}
