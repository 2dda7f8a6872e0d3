package org.servicehall.casework.archive;

import java.util.List;

import org.servicehall.common.Message;
import org.servicehall.common.ValidationException;

/** An upload the archive does not take (too large, a type not archived, content other than its name says); nothing is stored. */
public class UploadRefused extends ValidationException {
    private static final long serialVersionUID = 1L;

    /** Why an upload was refused. */
    public enum Reason {
        EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, TYPE_MISMATCH
    }

    private final Reason reason;

    public UploadRefused(Reason reason, Message message) {
        super(List.of(FieldError.of("file", message)));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
