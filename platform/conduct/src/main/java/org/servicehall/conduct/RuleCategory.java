package org.servicehall.conduct;

/**
 * The kinds of conduct rule (C1), in the order the catalogue shows them.
 */
public enum RuleCategory {
    /** 仪容仪表: dress, badge, hair, make-up. */
    APPEARANCE,
    /** 举止行为: manners at the window (来有迎声、问有答声、走有送声; 五个一样). */
    BEHAVIOUR,
    /** 服务要求: how the service itself is given (明确依据、限时办结…). */
    SERVICE,
    /** 禁止事项: acts forbidden at the post. */
    PROHIBITED,
    /** 廉政: integrity rules (廉政六不准). */
    INTEGRITY,
    /** 首问负责制: first-contact responsibility. */
    FIRST_CONTACT,
    /** A sector's own rules that fit none of the above (hand hygiene in a hospital…). */
    SECTOR
}
