package org.servicehall.conduct;

/** Where a violation came from (C4). */
public enum ViolationSource {
    /** Seen by a supervisor during an inspection (监督检查); recorded as confirmed. */
    INSPECTION,
    /** A leave-post that lasted too long (attendance, 擅自离岗); a candidate. */
    ATTENDANCE,
    /** A citizen's complaint or bad rating; a candidate. */
    COMPLAINT,
    /** A periodic assessment; a candidate. */
    ASSESSMENT,
    /** Anything else (a sector plugin, a report by a colleague); a candidate. */
    OTHER
}
