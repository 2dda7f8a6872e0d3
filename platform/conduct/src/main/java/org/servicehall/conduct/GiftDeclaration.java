package org.servicehall.conduct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A gift declaration (C6) and its review. */
public record GiftDeclaration(long id, long siteId, String staffNumber, String item, BigDecimal estimatedValue, String giver,
        LocalDate receivedOn, String circumstances, String handedTo, GiftStatus status, String declaredBy, Instant declaredAt,
        String reviewedBy, Instant reviewedAt, String reviewNote) {
}
