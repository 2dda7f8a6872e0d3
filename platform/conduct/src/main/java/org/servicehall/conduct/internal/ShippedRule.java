package org.servicehall.conduct.internal;

import org.servicehall.conduct.RuleCategory;

/**
 * A rule as a file ships it (the platform's defaults or a plugin's), before any site's edits.
 *
 * @param source {@code core} or the contributing plugin's symbolic name
 * @param order position in the file, or the file's {@code rule.<code>.order}
 */
public record ShippedRule(String code, RuleCategory category, String textZh, String textEn, String source, int order) {
}
