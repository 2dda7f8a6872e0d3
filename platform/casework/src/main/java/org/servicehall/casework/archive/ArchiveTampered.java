package org.servicehall.casework.archive;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/** An archived file whose content no longer matches the SHA-256 recorded at archiving: reported, not served. */
public class ArchiveTampered extends Conflict {
    private static final long serialVersionUID = 1L;

    public ArchiveTampered(Message message) {
        super(message);
    }
}
