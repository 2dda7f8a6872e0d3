package org.servicehall.admincenter.internal;

/** What the centre offers now (AC1, AC5): its items, units (as configured) and seals. */
public interface CentreInfo {
    CentreDirectory directory();
}
