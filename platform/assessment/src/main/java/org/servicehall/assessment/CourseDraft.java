package org.servicehall.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** M2: what a supervisor enters for a course: title (at most 200 characters), date, hours (0.5-100). */
public record CourseDraft(String title, LocalDate date, BigDecimal hours) {
}
