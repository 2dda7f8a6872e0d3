package org.servicehall.conduct;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A commendation (表彰, 荣誉证书) proposed for a staff member (C5) who went the configured number
 * of full calendar months, {@code firstMonth} to {@code lastMonth}, without a confirmed violation.
 */
public record Commendation(long id, long siteId, String staffNumber, YearMonth firstMonth, YearMonth lastMonth,
        DisciplineStatus status, Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote) {
}
