package org.servicehall.queue;

/**
 * Q2: who is served first. Special-needs classes (导医: 主动为老人、残疾人等特需服务) and emergencies
 * come before normal tickets; the default policy caps how long a normal ticket may be passed over.
 */
public enum PriorityClass {
    NORMAL, APPOINTMENT, ELDERLY, DISABLED, PREGNANT, MILITARY, EMERGENCY;

    public boolean isPriority() {
        return this != NORMAL;
    }
}
