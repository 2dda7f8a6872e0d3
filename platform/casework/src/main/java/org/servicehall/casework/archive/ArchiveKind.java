package org.servicehall.casework.archive;

/** What an archived file is. */
public enum ArchiveKind {
    /** Material the applicant submitted (申请材料). */
    MATERIAL,
    /** The decision or result document (决定文书). */
    DECISION
}
