package org.servicehall.complaint.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDeadlines;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.internal.SiteCodes;
import org.servicehall.security.Actor;
import org.servicehall.site.SiteService;

/** {@code hall:complaints} and {@code hall:complaint-deadlines} (P2). */
public final class ComplaintCommands {
    /** Who acts from the Karaf console: its users are the installation's administrators (Karaf JAAS). */

    private ComplaintCommands() {
    }

    /** What both commands take: the site by its code (Karaf prepares inherited fields). */
    abstract static class SiteCommand implements Action {
        @Argument(index = 0, name = "site", required = true)
        String site;
        @Reference
        SiteService sites;

        long siteId() {
            return SiteCodes.site(sites, site).id();
        }
    }

    /** {@code hall:complaints DEMO}: the open cases with status, deadline and escalation (contact data shown to the administrator). */
    @Service
    @Command(scope = "hall", name = "complaints", description = "List a site's open complaint cases (P2)")
    public static class ListOpen extends SiteCommand {
        @Reference
        ComplaintWorkflow complaints;

        @Override
        public Object execute() {
            for (Complaint k : complaints.complaints(Actor.KARAF_CONSOLE, siteId(), true)) {
                System.out.println(k.trackingNumber() + "  " + k.status() + "  " + k.source() + "  " + k.category() + "  due " + k.due()
                        + (k.escalationLevel() > 0 ? "  escalated " + k.escalationLevel() : "") + (k.owner() == null ? "" : "  owner " + k.owner()));
            }
            return null;
        }
    }

    /** {@code hall:complaint-deadlines DEMO}: checks deadlines now (reminders, escalation). */
    @Service
    @Command(scope = "hall", name = "complaint-deadlines", description = "Check complaint deadlines now: remind and escalate (P2)")
    public static class CheckDeadlines extends SiteCommand {
        @Reference
        ComplaintDeadlines deadlines;

        @Override
        public Object execute() {
            System.out.println(deadlines.checkDeadlines(siteId()) + " case(s) reminded or escalated");
            return null;
        }
    }
}
