package org.servicehall.conduct;

import java.util.Objects;

/**
 * One conduct rule as a site sees it (C1): the shipped default, a sector plugin's rule or one the
 * site added, with the site's edits applied.
 *
 * @param siteId the site
 * @param code the rule's code, unique within the site's catalogue (e.g. {@code APPEARANCE-1},
 *        {@code H-DRESS-SLIPPERS}, {@code SITE-7})
 * @param category what kind of rule it is
 * @param textZh the wording in Simplified Chinese, as displayed to staff
 * @param textEn the English wording
 * @param source {@link #CORE} for the shipped defaults, the symbolic name of the plugin that
 *        contributes it, or {@link #SITE} for a rule the site added
 * @param enabled whether the rule applies at the site
 * @param edited whether the site changed the shipped or contributed wording or category
 * @param order position within the category, lower first
 */
public record ConductRule(long siteId, String code, RuleCategory category, String textZh, String textEn, String source,
        boolean enabled, boolean edited, int order) {
    /** The source of the rules shipped with the platform. */
    public static final String CORE = "core";
    /** The source of the rules a site added itself. */
    public static final String SITE = "site";

    public ConductRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(textZh, "textZh");
        textEn = textEn == null || textEn.isBlank() ? textZh : textEn;
        Objects.requireNonNull(source, "source");
    }

    /** Whether the site added the rule itself (only such rules can be removed; others are disabled). */
    public boolean siteAdded() {
        return SITE.equals(source);
    }
}
