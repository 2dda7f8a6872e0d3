package org.servicehall.admincenter.internal;

import java.time.LocalDate;

import org.servicehall.security.Actor;

/** AC2: the weekly report of the centre's cases by unit and light for the centre office (supervisor). */
public interface CentreReports {
    /** The report of the week that holds {@code day} (the site's days). */
    WeeklyReport weekly(Actor actor, long siteId, LocalDate day);
}
