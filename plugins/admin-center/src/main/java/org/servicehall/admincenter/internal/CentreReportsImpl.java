package org.servicehall.admincenter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;

/** AC2 over casework's read model: every case of the centre's items, with the unit that decided it. */
@Component(service = CentreReports.class)
public final class CentreReportsImpl implements CentreReports {
    private static final int PAGE = 200;
    private final CaseReadModel reads;
    private final SiteService sites;
    private final CentreInfo centre;

    @Activate
    public CentreReportsImpl(@Reference CaseReadModel reads, @Reference SiteService sites, @Reference CentreInfo centre) {
        this.reads = reads;
        this.sites = sites;
        this.centre = centre;
    }

    @Override
    public WeeklyReport weekly(Actor actor, long siteId, LocalDate day) {
        actor.require(Role.SUPERVISOR, "read the centre's weekly report");
        LocalDate monday = WeeklyReport.monday(day);
        ZoneId zone = sites.site(siteId).zone();
        Instant weekStart = monday.atStartOfDay(zone).toInstant();
        List<WeeklyReport.Entry> entries = new ArrayList<>();
        for (String item : centre.directory().items()) {
            CaseFilter filter = new CaseFilter(null, null, item, null, null, null, null);
            for (int page = 0;; page++) {
                CasePage p = reads.cases(actor, siteId, filter, page, PAGE);
                for (Case c : p.cases()) {
                    // open now, accepted since Monday, or ended since Monday: the others are not in the week (and need no hand-overs read)
                    if (c.open() || !c.acceptedOn().isBefore(monday) || c.completedAt() != null && !c.completedAt().isBefore(weekStart)) {
                        String unit = c.unit() != null && !c.unit().isBlank() ? c.unit()
                                : OneWindowRules.decidingUnit(c, reads.handOvers(actor, c.id()));
                        entries.add(new WeeklyReport.Entry(c, unit));
                    }
                }
                if ((long) (page + 1) * PAGE >= p.total() || p.cases().isEmpty()) {
                    break;
                }
            }
        }
        return WeeklyReport.of(monday, zone, entries);
    }
}
