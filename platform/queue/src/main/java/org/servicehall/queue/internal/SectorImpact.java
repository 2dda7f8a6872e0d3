package org.servicehall.queue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Message;
import org.servicehall.common.Texts;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.PluginImpact;

/**
 * Issue 12: before a sector plugin is uninstalled, the Plugins page says how many people wait for
 * its services, per site, and what becomes of them: no window can call them and no new ticket is
 * issued for those services until the plugin is back; their tickets stay in the queue.
 */
@Component(service = PluginImpact.class)
public final class SectorImpact implements PluginImpact {
    static final Texts TEXTS = Texts.of(SectorImpact.class, "queue-impact");
    private final SiteService sites;
    private final QueueReadModel queue;

    @Activate
    public SectorImpact(@Reference SiteService sites, @Reference QueueReadModel queue) {
        this.sites = sites;
        this.queue = queue;
    }

    @Override
    public List<Message> uninstalling(String sector) {
        List<Message> consequences = new ArrayList<>();
        for (Site site : sites.sites()) {
            Set<String> codes = sites.serviceItems(site.id()).stream().filter(i -> sector.equals(i.sector())).map(ServiceItem::code)
                    .collect(Collectors.toSet());
            if (codes.isEmpty()) {
                continue;
            }
            int waiting = 0;
            Set<String> names = new TreeSet<>();
            for (QueueStats.ServiceStats s : queue.stats(site.id()).services()) {
                if (codes.contains(s.serviceCode()) && s.waiting() > 0) {
                    waiting += s.waiting();
                    names.add(s.serviceName());
                }
            }
            if (waiting > 0) {
                consequences.add(TEXTS.message("impact.waiting", waiting, site.name(), String.join("、", names)));
            }
        }
        return consequences;
    }
}
