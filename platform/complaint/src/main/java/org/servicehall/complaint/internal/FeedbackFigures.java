package org.servicehall.complaint.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.ValidationException;
import org.servicehall.complaint.FeedbackReports;
import org.servicehall.complaint.StaffFeedback;

/** M1: the ratings and complaints per staff member over a period, one aggregate query per table, for the assessment. */
@Component(service = FeedbackReports.class)
public final class FeedbackFigures implements FeedbackReports {
    private final ComplaintStore store;

    @Activate
    public FeedbackFigures(@Reference ComplaintParts parts) {
        this.store = parts.store;
    }

    @Override
    public List<StaffFeedback> byStaff(long siteId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", ComplaintTexts.text("complaint.error.period"));
        }
        return store.read(c -> store.byStaff(c, siteId, from, to));
    }
}
