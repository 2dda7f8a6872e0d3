package org.servicehall.casework.notice;

/** Whether a material is always needed or only under its condition (T4). */
public enum Requirement {
    /** Always needed for the service item. */
    REQUIRED,
    /** Needed only when its condition applies (e.g. 委托他人办理的: the power of attorney). */
    CONDITIONAL
}
