package org.servicehall.casework;

/**
 * What the window records to open a case from the called ticket (T1/T3).
 *
 * @param ticketId the ticket being served (called or serving) at the actor's window
 * @param serviceCode the service item of the case; null for the ticket's own item
 */
public record CaseIntake(long ticketId, String serviceCode, ApplicantKind applicantKind, String applicantName, String applicantId,
        String applicantPhone) {
}
