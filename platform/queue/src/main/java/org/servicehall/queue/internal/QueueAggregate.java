package org.servicehall.queue.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.queue.Board;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.QueueAlert;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueService;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.StandingAlerts;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketPosition;
import org.servicehall.queue.TicketReceipt;
import org.servicehall.queue.WindowStates;
import org.servicehall.security.Actor;

/**
 * The 1.x aggregate {@link QueueService} in the container, for callers that still reference it: the
 * area's four services together, each call going to the one that holds its logic. {@link Queue}
 * is the same in plain Java. It goes when no caller references {@link QueueService} any more.
 */
@Component(service = QueueService.class)
public class QueueAggregate implements QueueService {
    private final TicketLifecycle tickets;
    private final QueueReadModel reads;
    private final WindowStates windows;
    private final StandingAlerts alerts;

    @Activate
    public QueueAggregate(@Reference TicketLifecycle tickets, @Reference QueueReadModel reads, @Reference WindowStates windows,
            @Reference StandingAlerts alerts) {
        this.tickets = tickets;
        this.reads = reads;
        this.windows = windows;
        this.alerts = alerts;
    }

    @Override
    public TicketReceipt issue(IssueRequest request) {
        return tickets.issue(request);
    }

    @Override
    public List<IssuingStatus> issuing(String siteCode) {
        return tickets.issuing(siteCode);
    }

    @Override
    public Optional<Ticket> callNext(Actor actor, long windowId) {
        return tickets.callNext(actor, windowId);
    }

    @Override
    public Ticket recall(Actor actor, long ticketId) {
        return tickets.recall(actor, ticketId);
    }

    @Override
    public Ticket noShow(Actor actor, long ticketId) {
        return tickets.noShow(actor, ticketId);
    }

    @Override
    public Ticket start(Actor actor, long ticketId) {
        return tickets.start(actor, ticketId);
    }

    @Override
    public Ticket finish(Actor actor, long ticketId) {
        return tickets.finish(actor, ticketId);
    }

    @Override
    public Ticket transfer(Actor actor, long ticketId, String toServiceCode, Integer toWindow, String note) {
        return tickets.transfer(actor, ticketId, toServiceCode, toWindow, note);
    }

    @Override
    public Ticket ticket(long ticketId) {
        return reads.ticket(ticketId);
    }

    @Override
    public TicketPosition position(String siteCode, String number) {
        return reads.position(siteCode, number);
    }

    @Override
    public List<Ticket> current(long windowId) {
        return reads.current(windowId);
    }

    @Override
    public Board board(String siteCode) {
        return reads.board(siteCode);
    }

    @Override
    public QueueStats stats(long siteId) {
        return reads.stats(siteId);
    }

    @Override
    public Optional<String> servedBy(long ticketId) {
        return reads.servedBy(ticketId);
    }

    @Override
    public void setWindowOpen(Actor actor, long windowId, boolean open) {
        windows.setWindowOpen(actor, windowId, open);
    }

    @Override
    public boolean isWindowOpen(long windowId) {
        return windows.isWindowOpen(windowId);
    }

    @Override
    public List<QueueAlert> alerts(long siteId, Instant raisedSince) {
        return alerts.alerts(siteId, raisedSince);
    }
}
