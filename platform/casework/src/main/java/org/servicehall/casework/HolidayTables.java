package org.servicehall.casework;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * T2: a site's yearly holiday table (the State Council's notice as dates: holidays and make-up
 * working days) loaded from a file into the site's working-day calendar, and the standing warning
 * for a year that has no table yet (the current year, and the next one before it starts).
 *
 * <p>The file: one line per day or range, {@code #} starts a comment:
 * <pre>
 * year 2026
 * holiday 2026-10-01..2026-10-07 国庆节
 * workday 2026-09-20 国庆节调休上班
 * </pre>
 */
@ProviderType
public interface HolidayTables {
    /**
     * Checks the whole table and then sets its days in the site's calendar (administrators).
     *
     * @throws org.servicehall.common.ValidationException naming the line that is wrong; nothing is changed then
     */
    Table load(Actor actor, long siteId, String text);

    /** The tables loaded for the site, by year. */
    List<Table> tables(long siteId);

    /** Every site and year that needs a table and has none. */
    List<Warning> warnings();

    record Table(long siteId, int year, int holidays, int workdays, String loadedBy, Instant loadedAt) {
    }

    record Warning(long siteId, String siteCode, int year) {
    }
}
