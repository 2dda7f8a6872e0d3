package org.servicehall.casework.seal;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/** A step of the seal register that may not be taken now (a use without approval, a second decision); nothing is recorded. */
public class SealRefused extends Conflict {
    private static final long serialVersionUID = 1L;

    public SealRefused(Message message) {
        super(message);
    }
}
