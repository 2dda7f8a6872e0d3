/**
 * Casework (REQUIREMENTS T1-T6): cases (办件) opened at the counter from the called ticket, followed
 * from acceptance (受理) through review (审核) and decision (决定) to completion (办结), with
 * deadlines on the site's working-day calendar, pauses for supplementary materials (补正),
 * hand-overs between the front window and back-office units, return visits, electronic supervision
 * (电子监察: green, yellow and red lights) and the public progress query. Events on EventAdmin under
 * {@code org/servicehall/casework/}. Since 1.1, handing out a result (办结) is a sensitive operation (S4):
 * it needs the applicant's identity check recorded at the desk ({@link org.servicehall.casework.CaseLifecycle#checkApplicant})
 * and the staff member's fresh sign-in.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.casework;
