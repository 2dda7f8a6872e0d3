package org.servicehall.queue;

import java.util.Objects;

/**
 * A problem found in a text staff are about to send to a citizen (C3): the forbidden phrase (服务忌语)
 * and where it stands in the text as written, with a standard phrase to use instead.
 *
 * @param start index of the first character of the hit in the original text
 * @param end index after its last character (spaces or punctuation inserted inside the hit included)
 * @param phrase the forbidden phrase as catalogued
 * @param suggestion the standard phrase (文明用语) suggested instead, or an empty string
 * @since 1.2
 */
public record TextFinding(int start, int end, String phrase, String suggestion) {
    public TextFinding {
        Objects.requireNonNull(phrase, "phrase");
        suggestion = suggestion == null ? "" : suggestion;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
