package org.servicehall.conduct.internal.discipline;

import java.time.Clock;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.servicehall.common.Aggregate;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.Disputes;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Gifts;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.Sanctions;
import org.servicehall.conduct.Violations;
import org.servicehall.persistence.DatabaseKind;
import org.servicehall.security.AuditLog;
import org.servicehall.site.SiteService;

/**
 * The 1.x aggregate {@link DisciplineService} made of the area's services, which hold the logic:
 * {@link Inspections} and {@link Violations} (C4), {@link Sanctions} and {@link Commendations} (C5),
 * {@link Gifts} (C6), {@link Enquiries} (C7) and {@link Disputes} (C8): an {@link Aggregate}, no
 * class forwarding each call. {@link #onDataSource} builds the whole of discipline in plain Java, for
 * callers without a container (the bench); in the container {@link DisciplineAggregate} registers it
 * for callers that still reference the aggregate. New operations go to the services only; the
 * aggregate goes when no caller needs it.
 */
public final class Discipline {

    private Discipline() {
    }

    /** For tools and benchmarks outside OSGi: the service on a (migrated) data source, with every rule code accepted. */
    public static DisciplineService onDataSource(DataSource dataSource, DatabaseKind kind, SiteService sites, AuditLog audit, Clock clock,
            BiConsumer<String, Map<String, Object>> publisher) {
        DisciplineContext context = new DisciplineContext(new DisciplineStore(dataSource, kind), sites, audit, clock,
                event -> publisher.accept(event.topic(), event.properties()), (site, code) -> true);
        return of(new InspectionsImpl(context), new ViolationsImpl(context), new SanctionsImpl(context), new CommendationsImpl(context),
                new GiftsImpl(context), new EnquiriesImpl(context), new DisputesImpl(context));
    }

    /** The aggregate of the area's seven services. */
    static DisciplineService of(Inspections inspections, Violations violations, Sanctions sanctions, Commendations commendations,
            Gifts gifts, Enquiries enquiries, Disputes disputes) {
        return Aggregate.of(DisciplineService.class, inspections, violations, sanctions, commendations, gifts, enquiries, disputes);
    }
}
