package org.servicehall.complaint.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.servicehall.common.DomainEvent;
import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.DeadlineSettings;
import org.servicehall.security.Actor;

/**
 * P2/P3: opens a case in the caller's transaction, for the workflow's registrations and for bad
 * ratings: a free tracking number, the deadlines of each stage on the site's working-day calendar,
 * the audit entry (no contact data, S3) and its {@link ComplaintEvents#COMPLAINT_REGISTERED} event.
 */
final class CaseIntake {
    private final ComplaintParts parts;
    private final ComplaintStore store;
    private final Random random;

    CaseIntake(ComplaintParts parts, Random random) {
        this.parts = parts;
        this.store = parts.store;
        this.random = random;
    }

    /** Inserts the case with its audit entry; its event goes to {@code out}, to publish after the commit. */
    Complaint open(Connection c, Actor actor, long siteId, ComplaintDraft d, Long ticketId, Long ratingId, List<DomainEvent> out)
            throws SQLException {
        LocalDate today = parts.today(siteId);
        DeadlineSettings settings = store.deadlineSettings(c, siteId).orElse(DeadlineSettings.DEFAULTS);
        Deadlines.Due due = Deadlines.dueDates(parts.sites.calendar(siteId), today, settings);
        String category = ComplaintRules.clean(d.category());
        Complaint k = Complaint.builder().siteId(siteId).trackingNumber(freeTrackingNumber(c, today)).source(d.source())
                .category(category == null ? "OTHER" : category).text(d.text().strip()).contactName(ComplaintRules.clean(d.contactName()))
                .contactPhone(ComplaintRules.clean(d.contactPhone())).ticketId(ticketId).ticketNumber(ComplaintRules.clean(d.ticketNumber()))
                .windowNumber(d.windowNumber()).staffNumber(ComplaintRules.clean(d.staffNumber())).ratingId(ratingId)
                .registeredAt(parts.now()).registeredOn(today).acceptanceDue(due.acceptance())
                .resolutionDue(due.resolution()).feedbackDue(due.feedback()).build();
        Complaint saved = k.toBuilder().id(store.insertComplaint(c, k)).build();
        parts.audit.record(c, actor, "create", "complaint", saved.id(), null, describe(saved));
        out.add(AreaEvents.ofCase(ComplaintEvents.COMPLAINT_REGISTERED, saved, ComplaintEvents.SOURCE, saved.source().name(),
                ComplaintEvents.CATEGORY, saved.category(), ComplaintEvents.TICKET_ID, saved.ticketId(), ComplaintEvents.WINDOW,
                saved.windowNumber(), ComplaintEvents.STAFF_NUMBER, saved.staffNumber()));
        return saved;
    }

    private String freeTrackingNumber(Connection c, LocalDate today) throws SQLException {
        for (int i = 0; i < 5; i++) {
            String candidate = ComplaintRules.trackingNumber(today, random);
            if (!store.trackingNumberTaken(c, candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free tracking number found");
    }

    /** The audit form of a case: no contact data (S3). */
    static String describe(Complaint k) {
        return k.trackingNumber() + " " + k.status() + " " + k.source() + " " + k.category()
                + (k.owner() == null ? "" : " owner=" + k.owner())
                + (k.confirmed() == null ? "" : k.confirmed() ? " confirmed" : " not confirmed")
                + (k.staffAtFault() ? " staff at fault" : "");
    }
}
