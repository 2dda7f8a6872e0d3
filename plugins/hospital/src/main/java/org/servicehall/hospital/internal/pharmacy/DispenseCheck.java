package org.servicehall.hospital.internal.pharmacy;

/**
 * H3: the ten checks of 四查十对 that dispensing needs, in their four groups: 查处方，对科别、姓名、年龄；
 * 查药品，对药名、剂型、规格、数量；查配伍禁忌，对药品性状、用法用量；查用药合理性，对临床诊断.
 * Each check's label is {@code pharmacy.check.<NAME>} in the hospital's texts.
 */
public enum DispenseCheck {
    PRESCRIPTION_DEPARTMENT(Group.PRESCRIPTION),
    PRESCRIPTION_NAME(Group.PRESCRIPTION),
    PRESCRIPTION_AGE(Group.PRESCRIPTION),
    DRUG_NAME(Group.DRUG),
    DRUG_FORM(Group.DRUG),
    DRUG_STRENGTH(Group.DRUG),
    DRUG_QUANTITY(Group.DRUG),
    INCOMPATIBILITY_APPEARANCE(Group.INCOMPATIBILITY),
    INCOMPATIBILITY_USAGE_DOSE(Group.INCOMPATIBILITY),
    RATIONALITY_DIAGNOSIS(Group.RATIONALITY);

    /** The four 查 (what is checked); label {@code pharmacy.group.<NAME>}. */
    public enum Group {
        PRESCRIPTION, DRUG, INCOMPATIBILITY, RATIONALITY
    }

    private final Group group;

    DispenseCheck(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    /** The translation key of its label. */
    public String labelKey() {
        return "pharmacy.check." + name();
    }
}
