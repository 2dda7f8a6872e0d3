package org.servicehall.hospital.internal.pharmacy;

/** H3: the recorded skin-test result (皮试); only a negative one lets a skin-test drug be dispensed. */
public enum SkinTestResult {
    NEGATIVE, POSITIVE
}
