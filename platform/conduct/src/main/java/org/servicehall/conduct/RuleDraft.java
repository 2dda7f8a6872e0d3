package org.servicehall.conduct;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an administrator enters to add or edit a rule (C1).
 *
 * @param code the code of a new rule: capital letters, digits and '-'; empty to let the catalogue
 *        choose one ({@code SITE-<n>}). Ignored when editing.
 * @param category what kind of rule it is (required)
 * @param textZh the wording in Simplified Chinese (required)
 * @param textEn the English wording (optional; the Chinese wording is shown when empty)
 */
public record RuleDraft(
        @Schema(maxLength = 40) String code,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RuleCategory category,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String textZh,
        @Schema(maxLength = 1000) String textEn) {
}
