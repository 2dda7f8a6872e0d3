package org.servicehall.hospital.internal.guide;

/** H1: what a special-needs patient asks the guide desk for (主动为老人、残疾人等特需患者服务); label {@code guide.kind.<NAME>}. */
public enum SpecialNeedKind {
    WHEELCHAIR, ESCORT, INTERPRETER,
    /** 绿色通道: a priority ticket for the target service (the elderly, disabled, veterans, emergencies). */
    GREEN_CHANNEL
}
