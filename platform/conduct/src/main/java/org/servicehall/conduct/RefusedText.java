package org.servicehall.conduct;

import java.time.Instant;
import java.util.List;

/**
 * A text staff tried to send to a citizen that was refused for its forbidden phrases (C3), kept
 * so supervisors can see it.
 *
 * @param id the record's id
 * @param siteId the site
 * @param username who wrote it
 * @param at when it was refused
 * @param text the text (cut to 2000 characters)
 * @param phrases the forbidden phrases found in it
 */
public record RefusedText(long id, long siteId, String username, Instant at, String text, List<String> phrases) {
    public RefusedText {
        phrases = List.copyOf(phrases);
    }
}
