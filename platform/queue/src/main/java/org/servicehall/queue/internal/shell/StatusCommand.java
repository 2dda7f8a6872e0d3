package org.servicehall.queue.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.common.NotFound;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.site.SiteService;

/** {@code hall:status DEMO}: the live figures of a hall (Q10). */
@Service
@Command(scope = "hall", name = "status", description = "Waiting, served and waits per service, and each window's current ticket")
public class StatusCommand implements Action {
    @Argument(index = 0, name = "site", description = "Site code, e.g. DEMO", required = true)
    String site;

    @Reference
    QueueReadModel queue;

    @Reference
    SiteService sites;

    @Override
    public Object execute() {
        long siteId = sites.siteByCode(site).orElseThrow(() -> new NotFound("Site", site)).id();
        QueueStats stats = queue.stats(siteId);
        System.out.printf("%-16s %7s %8s %8s %6s %7s%n", "service", "waiting", "longest", "avgWait", "served", "noShow");
        for (QueueStats.ServiceStats s : stats.services()) {
            System.out.printf("%-16s %7d %7dm %7dm %6d %7d%n", s.serviceCode(), s.waiting(), s.longestWait().toMinutes(),
                    s.averageWait().toMinutes(), s.served(), s.noShows());
        }
        System.out.printf("%n%-4s %-34s %-6s %-8s %6s%n", "no.", "window", "open", "current", "served");
        for (QueueStats.WindowStats w : stats.windows()) {
            System.out.printf("%-4d %-34s %-6s %-8s %6d%n", w.number(), w.name(), w.open() ? "yes" : "no",
                    w.currentTicket() == null ? "-" : w.currentTicket(), w.served());
        }
        return null;
    }
}
