package org.servicehall.assessment;

/** M3: how a site's report is grouped. */
public enum ReportGrouping {
    STAFF, WINDOW, SERVICE, DAY,
    /** One line for the whole site. */
    SITE
}
