package org.servicehall.queue;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The queue as one service: the {@link TicketLifecycle ticket lifecycle} (issuing, calling, the
 * steps at the window), the {@link QueueReadModel read model} (positions, board, figures), the
 * {@link WindowStates window states} and the {@link StandingAlerts standing alerts}.
 *
 * <p>Every change is one transaction with its audit entry (S2) and is announced on EventAdmin; a
 * user error ({@link org.servicehall.common.HallException}) changes nothing. Two windows never get
 * the same ticket, also with several nodes on one database (Q5).
 *
 * @deprecated since 1.5, kept for 1.x callers: reference the one of {@link TicketLifecycle},
 *             {@link QueueReadModel}, {@link WindowStates} or {@link StandingAlerts} you use. Each
 *             is a service of its own; their methods moved up unchanged.
 */
@ProviderType
public interface QueueService extends TicketLifecycle, QueueReadModel, WindowStates, StandingAlerts {
}
