package org.servicehall.complaint;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** M1/M3: ratings and complaints over a period, per staff member, computed in the database. */
@ProviderType
public interface FeedbackReports {

    /** One line per staff member with ratings or complaints dated from {@code from} to {@code to} (inclusive). */
    List<StaffFeedback> byStaff(long siteId, LocalDate from, LocalDate to);
}
