package org.servicehall.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** M2: a training course (定期业务培训) held for a site's staff. */
public record Course(long id, long siteId, String title, LocalDate date, BigDecimal hours) {
}
