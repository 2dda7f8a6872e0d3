package org.servicehall.casework.notice;

import java.util.List;

import org.servicehall.common.Conflict;
import org.servicehall.common.Message;

/** A one-time notice that may not be issued, with why (T4, C3); nothing is stored. */
public class NoticeRefused extends Conflict {
    private static final long serialVersionUID = 1L;

    /** Why a notice was refused. */
    public enum Reason {
        /** The tick found nothing missing: there is nothing to notify. */
        NOTHING_MISSING,
        /** No tick of the visit's materials yet. */
        NOT_CHECKED,
        /** The visit already had its one notice: a second is a violation of the one-notice rule (a candidate for the supervisor). */
        SECOND_NOTICE,
        /** A material an earlier visit's notice asked for is asked again without a reason. */
        ASKED_BEFORE,
        /** The text holds forbidden phrases (C3). */
        FORBIDDEN_PHRASES
    }

    private final Reason reason;
    private final List<String> items;

    public NoticeRefused(Reason reason, List<String> items, Message message) {
        super(message);
        this.reason = reason;
        this.items = List.copyOf(items);
    }

    public Reason reason() {
        return reason;
    }

    /** The material codes or phrases concerned, if any. */
    public List<String> items() {
        return items;
    }
}
