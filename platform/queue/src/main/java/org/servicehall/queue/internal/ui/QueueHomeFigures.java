package org.servicehall.queue.internal.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.HomeFigure;
import org.servicehall.web.HomeFigure.Tone;
import org.servicehall.web.HomeFigures;
import org.servicehall.web.ViewInfo;

/**
 * The queue on the console's home page (issue 12): people waiting now and the longest wait, the
 * windows open, and for supervisors the standing alerts (Q3, Q4), summed over the sites. The labels
 * are the console's ({@code home.figure.*}).
 */
@Component(service = HomeFigures.class)
public final class QueueHomeFigures implements HomeFigures {
    private final SiteService sites;
    private final QueueReadModel queue;
    private final StandingAlerts alerts;

    @Activate
    public QueueHomeFigures(@Reference SiteService sites, @Reference QueueReadModel queue, @Reference StandingAlerts alerts) {
        this.sites = sites;
        this.queue = queue;
        this.alerts = alerts;
    }

    @Override
    public List<HomeFigure> figures(Actor actor) {
        if (!actor.has(Role.STAFF)) {
            return List.of();
        }
        int waiting = 0;
        Duration longest = Duration.ZERO;
        int open = 0;
        int windows = 0;
        int standing = 0;
        for (Site site : sites.sites()) {
            QueueStats stats = queue.stats(site.id());
            for (QueueStats.ServiceStats s : stats.services()) {
                waiting += s.waiting();
                if (s.longestWait() != null && s.longestWait().compareTo(longest) > 0) {
                    longest = s.longestWait();
                }
            }
            windows += stats.windows().size();
            open += (int) stats.windows().stream().filter(QueueStats.WindowStats::open).count();
            if (actor.has(Role.SUPERVISOR)) {
                standing += alerts.alerts(site.id(), null).size();
            }
        }
        boolean supervisor = actor.has(Role.SUPERVISOR);
        List<HomeFigure> figures = new ArrayList<>();
        figures.add(new HomeFigure("waiting", ViewInfo.QUEUE, 10, "home.figure.waiting", waiting, Tone.NORMAL, supervisor ? "supervisor" : "desk",
                waiting == 0 ? null : "home.figure.waiting.detail", List.of(longest.toMinutes())));
        figures.add(new HomeFigure("open-windows", ViewInfo.QUEUE, 20, "home.figure.openWindows", open,
                open == 0 && waiting > 0 ? Tone.ALERT : Tone.NORMAL, supervisor ? "supervisor" : null, "home.figure.openWindows.detail",
                List.of(windows)));
        if (supervisor) {
            figures.add(new HomeFigure("alerts", ViewInfo.QUEUE, 30, "home.figure.alerts", standing, standing > 0 ? Tone.ALERT : Tone.GOOD,
                    "supervisor"));
        }
        return figures;
    }
}
