package org.servicehall.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case (办件, T1/T3) as a reader sees it: the applicant masked unless the reader handles it (S3),
 * the days of its time limit used and left counted on the site's working-day calendar as of today,
 * with the time waiting for supplementary materials (补正) not counted.
 *
 * @param number the case number the applicant is given, e.g. {@code TAX-1-20261130-0001}
 * @param timeLimit the item's time limit as written ({@code THREE_DAYS}, {@code LEGAL:20})
 * @param limitDays the working days the limit allows
 * @param ticketId the ticket of the visit that opened it
 * @param unit the back-office unit holding it now, or null while it is at the front window
 * @param due the last day of the limit; null while paused (the clock stands)
 * @param paused whether the case waits for supplementary materials
 * @param missing what the applicant must bring while paused (else null)
 * @param daysUsed working days of the limit used so far
 * @param daysLeft working days left (negative when overdue)
 * @param visits the visits of the applicant for this case, the first included (最多跑一次: one)
 * @param legalReason the legal reason of a case not accepted or refused
 * @param decision the written decision (decided, not accepted, refused)
 */
public record Case(long id, long siteId, String number, String serviceCode, String serviceName, String timeLimit, int limitDays,
        long ticketId, Integer windowNumber, String staffNumber, Applicant applicant, CaseStage stage, String unit, Instant acceptedAt,
        LocalDate acceptedOn, LocalDate due, boolean paused, String missing, int daysUsed, int daysLeft, Light light, int visits,
        String legalReason, String decision, Instant completedAt) {

    /** Whether the case is still followed. */
    public boolean open() {
        return stage.isOpen();
    }
}
