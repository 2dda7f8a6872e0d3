package org.servicehall.casework;

/**
 * EventAdmin topics and property keys of casework. Every event has {@link #SITE}, {@link #CASE_ID},
 * {@link #NUMBER} and {@link #STAGE}; never personal data.
 */
public final class CaseEvents {
    public static final String PREFIX = "org/servicehall/casework/";
    public static final String CASE_OPENED = PREFIX + "CaseOpened";
    /** A step changed the case (stage, pause, resume, hand-over, return visit), with {@link #STEP}. */
    public static final String CASE_CHANGED = PREFIX + "CaseChanged";
    /** T3: an open case's light changed, with {@link #LIGHT} and {@link #PREVIOUS_LIGHT}. */
    public static final String LIGHT_CHANGED = PREFIX + "LightChanged";
    /** T3: a red case was escalated to the supervisor. */
    public static final String ESCALATED = PREFIX + "Escalated";
    public static final String ALL = PREFIX + "*";

    public static final String SITE = "site";
    public static final String CASE_ID = "caseId";
    public static final String NUMBER = "number";
    public static final String STAGE = "stage";
    public static final String STEP = "step";
    public static final String LIGHT = "light";
    public static final String PREVIOUS_LIGHT = "previousLight";
    public static final String SERVICE = "service";

    private CaseEvents() {
    }
}
