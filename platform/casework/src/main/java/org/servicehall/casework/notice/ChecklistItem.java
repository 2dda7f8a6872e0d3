package org.servicehall.casework.notice;

import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One material of a service item's checklist (T4).
 *
 * @param serviceCode the service item, e.g. {@code TX-REG}
 * @param code the material's code within the item, e.g. {@code LICENCE}
 * @param name what it is (营业执照)
 * @param requirement required, or conditional with its {@code condition}
 * @param condition when a conditional material is needed; empty for a required one
 * @param original whether the original is to be shown (查验原件)
 * @param copies how many copies the hall keeps (留存复印件), 0 for none
 * @param form what it must look like (A4 复印件，加盖公章)
 * @param legalBasis the provision that asks for it
 * @param where where to bring it (a window, a counter); empty for the hall's acceptance window
 * @param order position in the checklist, lower first
 * @param source where it comes from: a plugin ({@code <bundle> <version>}) or {@code site} for the site's own
 */
public record ChecklistItem(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String serviceCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String code,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Wording name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Requirement requirement,
        Wording condition, boolean original, int copies, Wording form, Wording legalBasis, Wording where, int order,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String source) {

    public ChecklistItem {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(code, "code");
        name = name == null ? Wording.NONE : name;
        requirement = requirement == null ? Requirement.REQUIRED : requirement;
        condition = condition == null ? Wording.NONE : condition;
        form = form == null ? Wording.NONE : form;
        legalBasis = legalBasis == null ? Wording.NONE : legalBasis;
        where = where == null ? Wording.NONE : where;
        source = source == null ? "" : source;
    }

    /** A required material with its name, to be completed with the {@code with…} methods. */
    public static ChecklistItem required(String serviceCode, String code, Wording name) {
        return new ChecklistItem(serviceCode, code, name, Requirement.REQUIRED, Wording.NONE, false, 0, Wording.NONE, Wording.NONE,
                Wording.NONE, 0, "");
    }

    public ChecklistItem withCondition(Wording value) {
        return new ChecklistItem(serviceCode, code, name, Requirement.CONDITIONAL, value, original, copies, form, legalBasis, where,
                order, source);
    }

    public ChecklistItem withOriginalAndCopies(boolean showOriginal, int copiesKept) {
        return new ChecklistItem(serviceCode, code, name, requirement, condition, showOriginal, copiesKept, form, legalBasis, where,
                order, source);
    }

    public ChecklistItem withForm(Wording value, Wording basis, Wording bringTo) {
        return new ChecklistItem(serviceCode, code, name, requirement, condition, original, copies, value, basis, bringTo, order,
                source);
    }

    public ChecklistItem withOrder(int value) {
        return new ChecklistItem(serviceCode, code, name, requirement, condition, original, copies, form, legalBasis, where, value,
                source);
    }

    public ChecklistItem withSource(String value) {
        return new ChecklistItem(serviceCode, code, name, requirement, condition, original, copies, form, legalBasis, where, order,
                value);
    }

    /** {@code SERVICE/ITEM}: the key a material has among all checklists. */
    public String key() {
        return serviceCode + "/" + code;
    }
}
