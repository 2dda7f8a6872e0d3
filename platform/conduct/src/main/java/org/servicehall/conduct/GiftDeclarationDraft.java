package org.servicehall.conduct;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a staff member declares about a gift that could not be refused (C6, 礼品申报登记).
 *
 * @param staffNumber who received it; staff declare their own gifts, supervisors may declare for anyone
 * @param item what was given
 * @param estimatedValue its estimated value in yuan (not negative)
 * @param giver a description of the giver (no personal data beyond what is needed)
 * @param receivedOn the day it was received (not in the future)
 * @param circumstances why it could not be refused
 * @param handedTo to whom it was handed in
 */
public record GiftDeclarationDraft(String staffNumber, String item, BigDecimal estimatedValue, String giver, LocalDate receivedOn,
        String circumstances, String handedTo) {
}
