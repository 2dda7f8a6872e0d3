package org.servicehall.admincenter.internal;

/**
 * The parts of a service guide (服务指南, AC3) beside the materials (from the item's checklist) and
 * the time limit (from the catalogue), in the order the guide prints them.
 */
public enum GuideField {
    /** 设定依据. */
    BASIS("basis"),
    /** 申请条件. */
    CONDITIONS("conditions"),
    /** 办理流程. */
    PROCESS("process"),
    /** 收费标准. */
    FEES("fees"),
    /** 办理地点. */
    PLACE("place"),
    /** 办理时间. */
    HOURS("hours"),
    /** 咨询电话. */
    CONTACT("contact");

    private final String key;

    GuideField(String key) {
        this.key = key;
    }

    /** The field's name in the guides file and in i18n keys ({@code guide.field.<key>}). */
    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException for no such field */
    public static GuideField of(String key) {
        for (GuideField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
