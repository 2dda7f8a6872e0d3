/**
 * Ratings, complaints and rectification (REQUIREMENTS P1-P4): the five-level rating of each served
 * ticket (好差评), complaints from the web, the kiosk, staff phone records and bad ratings, with
 * tracking numbers, deadlines in working days, escalation and rectification; figures per staff
 * member for the assessment ({@link org.servicehall.complaint.FeedbackReports}). Events on
 * EventAdmin under {@code org/servicehall/complaint/}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.servicehall.complaint;
