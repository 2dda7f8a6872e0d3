package org.servicehall.complaint.internal;

import org.servicehall.complaint.Complaint;
import org.servicehall.site.Urgency;

/** P2: how a case stands against its current deadline today, for the desk's colours (amber, red). */
public interface CaseUrgency {

    /** The urgency on the site's calendar, or null for a case without a deadline now. */
    Urgency urgency(Complaint k);
}
