package org.servicehall.conduct.internal.discipline;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.Disputes;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violations;

/** The 1.x aggregate {@link DisciplineService} in the container, made of the area's seven services (see {@link Discipline}). */
@Component(service = DisciplineService.class)
public final class DisciplineAggregate extends Discipline {

    @Activate
    public DisciplineAggregate(@Reference Inspections inspections, @Reference Violations violations, @Reference Sanctions sanctions,
            @Reference Commendations commendations, @Reference Gifts gifts, @Reference Enquiries enquiries,
            @Reference Disputes disputes) {
        super(inspections, violations, sanctions, commendations, gifts, enquiries, disputes);
    }
}
