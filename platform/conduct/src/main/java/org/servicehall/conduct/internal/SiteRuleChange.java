package org.servicehall.conduct.internal;

import org.servicehall.conduct.RuleCategory;

/**
 * What a site keeps of a rule: a rule of its own ({@code siteAdded}, every field set) or its edit of
 * a shipped or contributed rule, where a null field means "as shipped".
 *
 * @param id the stored row's id (0 before it is saved)
 */
public record SiteRuleChange(String code, boolean siteAdded, RuleCategory category, String textZh, String textEn,
        boolean enabled, long id) {

    /** Whether it changes anything of a shipped rule's wording or category. */
    public boolean edits() {
        return category != null || textZh != null || textEn != null;
    }
}
