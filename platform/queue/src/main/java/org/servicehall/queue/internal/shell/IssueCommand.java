package org.servicehall.queue.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketReceipt;

/** {@code hall:issue DEMO TX-INVOICE}: a ticket as the desk would issue it (Q1). */
@Service
@Command(scope = "hall", name = "issue", description = "Issue a ticket for a service")
public class IssueCommand implements Action {
    @Argument(index = 0, name = "site", required = true)
    String site;

    @Argument(index = 1, name = "service", description = "Service code, e.g. TX-INVOICE", required = true)
    String service;

    @Option(name = "--priority", description = "NORMAL, ELDERLY, DISABLED, PREGNANT, MILITARY, EMERGENCY")
    PriorityClass priority = PriorityClass.NORMAL;

    @Reference
    TicketLifecycle queue;

    @Override
    public Object execute() {
        TicketReceipt r = queue.issue(new IssueRequest(site, service, priority, Channel.DESK));
        System.out.println(r.ticket().number() + "  " + r.serviceName() + "  ahead: " + r.peopleAhead() + "  estimated wait: "
                + r.estimatedWait().toMinutes() + " min");
        return null;
    }
}
