package org.servicehall.complaint;

import java.time.LocalDate;
import java.util.List;

/** M1/M3: ratings and complaints over a period, per staff member, computed in the database. */
public interface FeedbackReports {

    /** One line per staff member with ratings or complaints dated from {@code from} to {@code to} (inclusive). */
    List<StaffFeedback> byStaff(long siteId, LocalDate from, LocalDate to);
}
