package org.servicehall.casework;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/** T3: a step that does not fit the case's stage; the message names the case and its stage, nothing was changed. */
public class InvalidCaseStage extends Conflict {
    private static final long serialVersionUID = 1L;

    private final String number;
    private final CaseStage current;

    public InvalidCaseStage(String number, CaseStage current, Message message) {
        super(message);
        this.number = number;
        this.current = current;
    }

    /** The case's number. */
    public String number() {
        return number;
    }

    /** The stage the case is in. */
    public CaseStage current() {
        return current;
    }
}
