/**
 * The queue (REQUIREMENTS Q1-Q11): tickets issued per service, calling by window with a pluggable
 * {@link org.servicehall.queue.PriorityPolicy}, recall / no-show / transfer, display boards, live
 * statistics and alerts.
 *
 * <p>Services, one concept each (since 1.5): {@link org.servicehall.queue.TicketLifecycle} (issue,
 * call, the steps at the window), {@link org.servicehall.queue.QueueReadModel} (positions, board,
 * figures), {@link org.servicehall.queue.WindowStates} (Q11) and
 * {@link org.servicehall.queue.StandingAlerts} (Q3, Q4); {@link org.servicehall.queue.QueueService}
 * is the four together, deprecated and kept for 1.x callers. Reports over periods:
 * {@link org.servicehall.queue.QueueReports}; per-service thresholds and the board's languages:
 * {@link org.servicehall.queue.QueueSettings} (both since 1.3); appointments:
 * {@link org.servicehall.queue.Appointments} (since 1.1).
 *
 * <p>Extension points for other areas and sector plugins: {@link org.servicehall.queue.PriorityPolicy},
 * {@link org.servicehall.queue.CallGuard}, {@link org.servicehall.queue.CitizenTextCheck} (since
 * 1.2, run through {@link org.servicehall.queue.TextChecks} since 1.3), {@link org.servicehall.queue.StepPhrases}
 * and {@link org.servicehall.queue.DeskSection} (since 1.2), {@link org.servicehall.queue.WindowStaff}
 * and {@link org.servicehall.queue.VisitFollowUp} (since 1.3).
 *
 * <p>Events on EventAdmin under {@link org.servicehall.queue.QueueEvents}; standing alerts as
 * {@link org.servicehall.queue.QueueAlert} records and whether a service takes tickets now as
 * {@link org.servicehall.queue.IssuingStatus} (both since 1.4). A step that does not fit a ticket's
 * state throws {@link org.servicehall.queue.InvalidTicketState} (exported since 1.5). The wide records
 * that tests and plugins build, {@link org.servicehall.queue.Ticket} and {@link org.servicehall.queue.QueueAlert},
 * have builders (since 1.5). Since 1.6 {@link org.servicehall.queue.WindowStaff#signIn} lets the demo
 * simulator put staff at their windows, a {@link org.servicehall.queue.DeskSection} may ask the desk what
 * happens to the called ticket before the staff member leaves the post, {@link org.servicehall.queue.InvalidTicketState} carries a
 * message in the reader's language, {@link org.servicehall.queue.ServiceOffers} lets a sector plugin offer other ways to be
 * served (a later slot, self-service, online) at the kiosk and on a waiting ticket's phone page, and
 * {@link org.servicehall.queue.CallEligibility} lets one hold a single waiting ticket back from a call (each candidate is asked), and
 * {@link org.servicehall.queue.QueueSettings#booking} says per site and service whether it takes appointments and in which slots (Q9).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.6.0")
package org.servicehall.queue;
