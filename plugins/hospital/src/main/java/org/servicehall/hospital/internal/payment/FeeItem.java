package org.servicehall.hospital.internal.payment;

import java.math.BigDecimal;

/** One line of the patient's itemised fee list (费用清单, H2). */
public record FeeItem(int lineNo, String code, String name, int quantity, BigDecimal unitPrice, BigDecimal amount) {
}
