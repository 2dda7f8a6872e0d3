package org.servicehall.queue;

import java.util.List;

import org.servicehall.security.Actor;

/**
 * Checks every text staff send to citizens (hand-off notes, notices, messages) before it goes out
 * (C3). Registered as OSGi services by the conduct area or a sector plugin; the queue refuses a
 * hand-off note with findings and screens call {@link #check} on every keystroke, so it must be
 * fast (microseconds for a note).
 *
 * @since 1.2
 */
public interface CitizenTextCheck {

    /** The problems in {@code text} for the given site; empty when the text may be sent. */
    List<TextFinding> check(long siteId, String text);

    /** Told after a text with findings was refused, so the attempt is on record (C3). */
    default void refused(Actor actor, long siteId, String text, List<TextFinding> findings) {
    }
}
