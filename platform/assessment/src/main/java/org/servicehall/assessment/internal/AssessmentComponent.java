package org.servicehall.assessment.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.servicehall.casework.Supervision;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationStatus;
import org.servicehall.site.SiteService;

/**
 * What ties the assessment to the other areas, each a small component: the complaint area
 * (optional, it may come and go) gives the ratings and complaints, casework (optional too) the
 * cases completed in time, the conduct area the confirmed violations. (Events go out through the platform's {@code DomainEvents}.)
 */
public final class AssessmentComponent {
    private AssessmentComponent() {
    }

    /** C4: the confirmed violations of {@code discipline}, each counted on its day in {@code zone} (the hall's). */
    public static ConfirmedViolations confirmedViolations(DisciplineService discipline, ZoneId zone) {
        return new Violations(discipline, zone);
    }

    /** The complaint area's {@link FeedbackReports} while it runs. */
    @Component(service = FeedbackSource.class)
    public static final class Feedback implements FeedbackSource {
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile FeedbackReports reports;

        @Override
        public Optional<FeedbackReports> current() {
            return Optional.ofNullable(reports);
        }
    }

    /** Casework's {@link Supervision} while it runs (T3 → M1). */
    @Component(service = CaseworkSource.class)
    public static final class Casework implements CaseworkSource {
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile Supervision supervision;

        @Override
        public Optional<Supervision> current() {
            return Optional.ofNullable(supervision);
        }
    }

    /** C4: the conduct area's confirmed violations per staff member with a date in the period, the day taken in the site's zone. */
    @Component(service = ConfirmedViolations.class)
    public static final class Violations implements ConfirmedViolations {
        private final DisciplineService discipline;
        private final LongFunction<ZoneId> zoneOf;

        @Activate
        public Violations(@Reference DisciplineService discipline, @Reference SiteService sites) {
            this(discipline, siteId -> sites.clock(siteId).getZone()); // issue 12: each site's own zone
        }

        Violations(DisciplineService discipline, ZoneId zone) {
            this(discipline, siteId -> zone);
        }

        private Violations(DisciplineService discipline, LongFunction<ZoneId> zoneOf) {
            this.discipline = discipline;
            this.zoneOf = zoneOf;
        }

        @Override
        public Map<String, Long> count(long siteId, LocalDate from, LocalDate to) {
            Map<String, Long> out = new HashMap<>();
            ZoneId zone = zoneOf.apply(siteId);
            for (Violation v : discipline.violations(siteId, ViolationStatus.CONFIRMED)) {
                LocalDate day = v.occurredAt() == null ? null : LocalDate.ofInstant(v.occurredAt(), zone);
                if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                    out.merge(v.staffNumber(), 1L, Long::sum);
                }
            }
            return out;
        }
    }
}
