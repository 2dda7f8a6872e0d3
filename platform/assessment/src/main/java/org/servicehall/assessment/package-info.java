/**
 * Assessment (REQUIREMENTS M1-M3): periodic scores per staff member from service attitude,
 * efficiency, discipline and ability with weights per site, training records, reports and window
 * rankings. Since 1.1 as four services: {@link org.servicehall.assessment.AssessmentWeights},
 * {@link org.servicehall.assessment.AssessmentRuns}, {@link org.servicehall.assessment.TrainingRecords}
 * and {@link org.servicehall.assessment.AssessmentReports} (the 1.0
 * {@link org.servicehall.assessment.AssessmentService} is all four together, deprecated), and
 * builders for the wide records ({@link org.servicehall.assessment.StaffScore},
 * {@link org.servicehall.assessment.Proposal}, {@link org.servicehall.assessment.ReportLine},
 * {@link org.servicehall.assessment.SiteComparison}, {@link org.servicehall.assessment.AssessmentSettings}).
 *
 * <p>Staff are named by their staff number (工号) within a site. Every change checks the actor's
 * role ({@link org.servicehall.security.AccessDenied}), validates the whole input naming each field
 * ({@link org.servicehall.common.ValidationException}), names an unknown site, staff member or
 * record ({@link org.servicehall.common.NotFound}) and a step the record's state does not allow
 * ({@link org.servicehall.common.Conflict}), and is saved together with its audit entry or not at
 * all. Events follow on EventAdmin under the {@link org.servicehall.assessment.AssessmentEvents}
 * topics ({@code org/servicehall/assessment/}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.assessment;
