package org.servicehall.conduct;

/**
 * One violation seen during an inspection: the rule broken and what was seen.
 *
 * @param ruleCode the code of the conduct rule, e.g. {@code PROHIBITED-04}
 */
public record ViolationFinding(String ruleCode, String note) {
}
