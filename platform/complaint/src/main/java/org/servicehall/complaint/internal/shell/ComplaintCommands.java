package org.servicehall.complaint.internal.shell;

import java.util.EnumSet;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.internal.ComplaintComponent;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/** {@code hall:complaints} and {@code hall:complaint-deadlines} (P2). */
public final class ComplaintCommands {
    /** Who acts from the Karaf console: its users are the installation's administrators (Karaf JAAS). */
    static final Actor CONSOLE = new Actor("karaf-console", "Karaf console", EnumSet.of(Role.ADMIN));

    private ComplaintCommands() {
    }

    /** {@code hall:complaints DEMO}: the open cases with status, deadline and escalation (contact data shown to the administrator). */
    @Service
    @Command(scope = "hall", name = "complaints", description = "List a site's open complaint cases (P2)")
    public static class ListOpen implements Action {
        @Argument(index = 0, name = "site", required = true)
        String site;
        @Reference
        ComplaintComponent complaints;

        @Override
        public Object execute() {
            for (Complaint k : complaints.complaints(CONSOLE, complaints.siteOf(site).id(), true)) {
                System.out.println(k.trackingNumber() + "  " + k.status() + "  " + k.source() + "  " + k.category() + "  due " + k.due()
                        + (k.escalationLevel() > 0 ? "  escalated " + k.escalationLevel() : "") + (k.owner() == null ? "" : "  owner " + k.owner()));
            }
            return null;
        }
    }

    /** {@code hall:complaint-deadlines DEMO}: checks deadlines now (reminders, escalation). */
    @Service
    @Command(scope = "hall", name = "complaint-deadlines", description = "Check complaint deadlines now: remind and escalate (P2)")
    public static class CheckDeadlines implements Action {
        @Argument(index = 0, name = "site", required = true)
        String site;
        @Reference
        ComplaintComponent complaints;

        @Override
        public Object execute() {
            System.out.println(complaints.checkDeadlines(complaints.siteOf(site).id()) + " case(s) reminded or escalated");
            return null;
        }
    }
}
