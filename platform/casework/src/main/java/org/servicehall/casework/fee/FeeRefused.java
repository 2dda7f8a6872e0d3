package org.servicehall.casework.fee;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/** A fee the sector does not allow (T5); nothing is recorded. */
public class FeeRefused extends Conflict {
    private static final long serialVersionUID = 1L;

    public FeeRefused(Message message) {
        super(message);
    }
}
