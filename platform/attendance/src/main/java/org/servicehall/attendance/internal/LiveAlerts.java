package org.servicehall.attendance.internal;

import java.time.Instant;
import java.util.List;

/** The live staffing alerts of this node's rules (A2, A3), as the supervisor's board and the REST API show them. */
public interface LiveAlerts {

    /** A live alert as supervisors see it. */
    record LiveAlert(long siteId, String kind, String message, Integer window, String service, String staffNumber, Instant raisedAt) {
    }

    /** The alerts that stand now at the site. */
    List<LiveAlert> standingAlerts(long siteId);

    /** The latest alerts raised at the site, newest first. */
    List<LiveAlert> recentAlerts(long siteId);
}
