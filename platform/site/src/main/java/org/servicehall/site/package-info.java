/**
 * Sites (halls), their windows (counters), service items, staff and working-day calendar, and
 * the catalogue of service items that sector plugins offer. Other areas build on these: the
 * queue on windows and service items, casework deadlines on the calendar ({@link
 * org.servicehall.site.WorkingDayCalendar}, REQUIREMENTS T2) and time-limit classes (T1).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.servicehall.site;
