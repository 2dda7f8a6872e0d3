package org.servicehall.queue.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.common.NotFound;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;

/** {@code hall:call DEMO 1}: window 1 calls its next ticket (Q5). */
@Service
@Command(scope = "hall", name = "call", description = "A window calls its next ticket")
public class CallCommand implements Action {
    @Argument(index = 0, name = "site", required = true)
    String site;

    @Argument(index = 1, name = "window", description = "Window number", required = true)
    int window;

    @Reference
    TicketLifecycle queue;

    @Reference
    SiteService sites;

    @Override
    public Object execute() {
        Site s = sites.siteByCode(site).orElseThrow(() -> new NotFound("Site", site));
        Window w = sites.windows(s.id()).stream().filter(x -> x.number() == window).findFirst()
                .orElseThrow(() -> new NotFound("Window of " + s.code(), window));
        System.out.println(queue.callNext(ShellActor.CONSOLE, w.id())
                .map(t -> t.number() + " called to window " + window)
                .orElse("nobody waits for window " + window));
        return null;
    }
}
