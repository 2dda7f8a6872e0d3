package org.servicehall.complaint.internal.ui;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.HomeFigure;
import org.servicehall.web.HomeFigure.Tone;
import org.servicehall.web.HomeFigures;
import org.servicehall.web.ViewInfo;

/**
 * Complaints on the console's home page for supervisors (issue 12; P2): the open cases, and those
 * due today or overdue at their current step, each site's today in its own zone.
 */
@Component(service = HomeFigures.class)
public final class ComplaintHomeFigures implements HomeFigures {
    private final SiteService sites;
    private final ComplaintWorkflow workflow;

    @Activate
    public ComplaintHomeFigures(@Reference SiteService sites, @Reference ComplaintWorkflow workflow) {
        this.sites = sites;
        this.workflow = workflow;
    }

    @Override
    public List<HomeFigure> figures(Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            return List.of();
        }
        int open = 0;
        int due = 0;
        int overdue = 0;
        for (Site site : sites.sites()) {
            LocalDate today = sites.today(site.id());
            for (Complaint c : workflow.complaints(actor, site.id(), true)) {
                open++;
                LocalDate d = c.due();
                if (d != null && !d.isAfter(today)) {
                    due++;
                    if (d.isBefore(today)) {
                        overdue++;
                    }
                }
            }
        }
        return List.of(
                new HomeFigure("cases-due", ViewInfo.COMPLAINTS, 10, "home.figure.casesDue", due,
                        overdue > 0 ? Tone.ALERT : due > 0 ? Tone.WARNING : Tone.GOOD, "complaints",
                        overdue > 0 ? "home.figure.casesDue.detail" : null, List.of(overdue)),
                new HomeFigure("open-cases", ViewInfo.COMPLAINTS, 20, "home.figure.openCases", open, Tone.NORMAL, "complaints"));
    }
}
