/**
 * Ratings, complaints and rectification (REQUIREMENTS P1-P4): the five-level rating of each served
 * ticket (好差评), complaints from the web, the kiosk, staff phone records and bad ratings, with
 * tracking numbers, deadlines in working days, escalation and rectification; figures per staff
 * member for the assessment ({@link org.servicehall.complaint.FeedbackReports}). Events on
 * EventAdmin under {@code org/servicehall/complaint/}.
 *
 * <p>1.1: one service per concern, {@link org.servicehall.complaint.Ratings} (P1),
 * {@link org.servicehall.complaint.ComplaintWorkflow} (P2/P3),
 * {@link org.servicehall.complaint.Rectifications} (P4) and
 * {@link org.servicehall.complaint.ComplaintDeadlines} (P2), with
 * {@link org.servicehall.complaint.ComplaintService} kept as their (deprecated) aggregate; the
 * rectifications as a reader may see them (S3); builders for {@link org.servicehall.complaint.Complaint},
 * {@link org.servicehall.complaint.Rating}, {@link org.servicehall.complaint.Rectification},
 * {@link org.servicehall.complaint.ComplaintDraft} and {@link org.servicehall.complaint.Resolution}.
 *
 * <p>1.2: the staff member at fault picked by the handler ({@link org.servicehall.complaint.Resolution#staffNumber()});
 * the tracking page's stage and the due dates of each stage ({@link org.servicehall.complaint.ComplaintTracking});
 * {@link org.servicehall.complaint.InvalidComplaintState} with a message from the area's texts.
 *
 * <p>Also 1.2: {@link org.servicehall.complaint.ComplaintWorkflow#changeContact}, the contact data changed
 * after the citizen's identity check and the staff member's fresh re-authentication (S4).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.servicehall.complaint;
