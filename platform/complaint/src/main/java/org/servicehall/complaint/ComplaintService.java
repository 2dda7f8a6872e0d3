package org.servicehall.complaint;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;

/**
 * Ratings, complaints and rectification (P1-P4). Every change checks its input and names every
 * problem ({@link ValidationException}, {@link Conflict}, {@link NotFound},
 * {@link InvalidComplaintState}), is saved with its audit entry (S2) or not at all, and is announced
 * on EventAdmin ({@link ComplaintEvents}). Several nodes may share the database: one rating per
 * ticket and the workflow order hold across them.
 *
 * @deprecated since 1.1 the area offers one service per concern: {@link Ratings} (P1),
 *             {@link ComplaintWorkflow} (P2/P3), {@link Rectifications} (P4) and
 *             {@link ComplaintDeadlines} (P2); this is the four together, kept for 1.x callers.
 */
@ProviderType
public interface ComplaintService extends Ratings, ComplaintWorkflow, Rectifications, ComplaintDeadlines {

    /** The site's today on the platform clock. */
    LocalDate today();
}
