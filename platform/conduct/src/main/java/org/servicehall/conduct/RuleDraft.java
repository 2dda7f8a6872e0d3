package org.servicehall.conduct;

/**
 * What an administrator enters to add or edit a rule (C1).
 *
 * @param code the code of a new rule: capital letters, digits and '-'; empty to let the catalogue
 *        choose one ({@code SITE-<n>}). Ignored when editing.
 * @param category what kind of rule it is (required)
 * @param textZh the wording in Simplified Chinese (required)
 * @param textEn the English wording (optional; the Chinese wording is shown when empty)
 */
public record RuleDraft(String code, RuleCategory category, String textZh, String textEn) {
}
