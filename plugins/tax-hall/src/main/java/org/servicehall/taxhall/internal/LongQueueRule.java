package org.servicehall.taxhall.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.servicehall.queue.QueueAlert;
import org.servicehall.taxhall.internal.QueueMeasure.Measure;

/**
 * TX3 (第六条) on the queue's alert Q3: when more wait for a tax service than its threshold, the hall
 * asks the supervisor to open windows and offers booking and self-service; when the alert comes
 * within {@code nearClosing} of closing time it also serves past closing (Q8). Alerts about one
 * ticket's wait (Q4) call for none of these. Plain Java.
 */
public final class LongQueueRule {
    private final Duration nearClosing;

    public LongQueueRule(Duration nearClosing) {
        if (nearClosing == null || nearClosing.isNegative()) {
            throw new IllegalArgumentException("the time before closing is 0 or more: " + nearClosing);
        }
        this.nearClosing = nearClosing;
    }

    /** The measures for the alert raised at {@code localTime} (the site's) at a hall closing at {@code closesAt}. */
    public List<Measure> measures(QueueAlert alert, LocalTime localTime, LocalTime closesAt) {
        if (alert.kind() != QueueAlert.Kind.TOO_MANY_WAITING) {
            return List.of();
        }
        List<Measure> out = new ArrayList<>(List.of(Measure.OPEN_WINDOWS, Measure.OFFER_BOOKING, Measure.OFFER_SELF_SERVICE));
        if (closesAt != null && !localTime.isBefore(closesAt.minus(nearClosing))) {
            out.add(Measure.SERVE_PAST_CLOSING);
        }
        return out;
    }
}
