package org.servicehall.conduct;

/** The steps of the penalty ladder (C5, 惩罚), mildest first. */
public enum SanctionLevel {
    /** 警告 */
    WARNING,
    /** 记过 */
    DEMERIT,
    /** 降职 */
    DEMOTION,
    /** 辞退 */
    DISMISSAL
}
