package org.servicehall.attendance;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * A5: a site's monthly attendance report, as records and as CSV, and a supervisor's corrections of
 * records, each with its reason and audit entry.
 *
 * @since 1.1
 */
@ProviderType
public interface AttendanceReports {

    MonthlyReport report(long siteId, YearMonth month);

    /** A5: CSV (UTF-8 with BOM, so spreadsheet programs show Chinese names) of the month's report. */
    String reportCsv(long siteId, YearMonth month);

    AttendanceRecord correct(Actor actor, long recordId, Correction correction);
}
