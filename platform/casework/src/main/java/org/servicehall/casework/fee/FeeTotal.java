package org.servicehall.casework.fee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fees of one day (in the site's zone) and service item. */
public record FeeTotal(LocalDate day, String serviceCode, long count, BigDecimal amount) {
}
