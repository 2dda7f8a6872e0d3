package org.servicehall.queue.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.ValidationException;
import org.servicehall.queue.QueueReports;
import org.servicehall.queue.ServiceFigures;

/** Q10, M1, M3: the queue's figures over a period, grouped, in one aggregate statement. */
@Component(service = QueueReports.class)
public final class QueueReportsImpl implements QueueReports {
    private final QueueParts parts;

    @Activate
    public QueueReportsImpl(@Reference QueueParts parts) {
        this.parts = parts;
    }

    @Override
    public List<ServiceFigures> figures(long siteId, LocalDate from, LocalDate to, Grouping by, Duration waitTarget) {
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", "the period must end on or after its start");
        }
        return parts.store.read(c -> parts.store.figures(c, siteId, from, to, by, waitTarget));
    }

    @Override
    public Duration waitTarget() {
        return parts.settings.waitTarget();
    }
}
