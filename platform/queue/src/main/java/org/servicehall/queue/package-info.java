/**
 * The queue (REQUIREMENTS Q1-Q11): tickets issued per service, calling by window with a pluggable
 * {@link org.servicehall.queue.PriorityPolicy}, recall / no-show / transfer, display boards, live
 * statistics and alerts. Extension points for other areas and sector plugins:
 * {@link org.servicehall.queue.PriorityPolicy} and {@link org.servicehall.queue.CallGuard};
 * events on EventAdmin under {@link org.servicehall.queue.QueueEvents}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.queue;
