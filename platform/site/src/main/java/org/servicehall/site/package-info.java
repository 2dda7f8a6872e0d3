/**
 * Sites (halls), their windows (counters), service items, staff and working-day calendar, and
 * the catalogue of service items that sector plugins offer. Other areas build on these: the
 * queue on windows and service items, casework deadlines on the calendar ({@link
 * org.servicehall.site.WorkingDayCalendar}, REQUIREMENTS T2) and time-limit classes (T1).
 * Since 1.3, the green/amber/red of a deadline on that calendar ({@link
 * org.servicehall.site.DeadlineUrgency}, {@link org.servicehall.site.Urgency}: T3, P2) and
 * {@link org.servicehall.site.WorkingDayCalendar#workingDaysBefore}. Since 1.4,
 * {@link org.servicehall.site.SiteService#siteWithCode} (a site by its code, or not found).
 * Since 1.5, each site has its time zone ({@link org.servicehall.site.Site#zone}, the installation's
 * zone unless the admin sets another), and {@link org.servicehall.site.SiteService#clock} /
 * {@link org.servicehall.site.SiteService#today} give the installation's clock in that zone: opening
 * hours, business dates, clock-in times and deadlines of a site are read in its zone. Also since 1.5,
 * {@link org.servicehall.site.SiteAccess}: an operation on an object of a site requires the role on that
 * site, refusals audited (S1), and {@link org.servicehall.site.RetentionCutoffs} (each site's retention
 * cut-off for a sweep of personal data, S3).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package org.servicehall.site;
