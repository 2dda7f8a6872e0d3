/**
 * The queue (REQUIREMENTS Q1-Q11): tickets issued per service, calling by window with a pluggable
 * {@link org.servicehall.queue.PriorityPolicy}, recall / no-show / transfer, display boards, live
 * statistics and alerts. Extension points for other areas and sector plugins:
 * {@link org.servicehall.queue.PriorityPolicy}, {@link org.servicehall.queue.CallGuard},
 * {@link org.servicehall.queue.CitizenTextCheck} (since 1.2, run through {@link org.servicehall.queue.TextChecks} since 1.3) and {@link org.servicehall.queue.StepPhrases} and {@link org.servicehall.queue.DeskSection} (since 1.2), {@link org.servicehall.queue.WindowStaff} and
 * {@link org.servicehall.queue.VisitFollowUp} (since 1.3);
 * reports over periods: {@link org.servicehall.queue.QueueReports}; per-service thresholds and the board's
 * languages: {@link org.servicehall.queue.QueueSettings} (both since 1.3);
 * events on EventAdmin under {@link org.servicehall.queue.QueueEvents}; standing alerts as
 * {@link org.servicehall.queue.QueueAlert} records and whether a service takes tickets now as
 * {@link org.servicehall.queue.IssuingStatus} (both since 1.4).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.servicehall.queue;
