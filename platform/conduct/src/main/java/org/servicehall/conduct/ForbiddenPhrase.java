package org.servicehall.conduct;

import java.util.Objects;

/**
 * A forbidden phrase (服务忌语, C3) that must not appear in a text sent to a citizen, with the
 * standard phrase to say instead.
 *
 * @param phrase the phrase as catalogued, e.g. 不知道
 * @param suggestion what to say instead, e.g. 请稍等，我帮您问一下; may be empty
 * @param source {@link ConductRule#CORE}, a plugin's symbolic name, or {@link ConductRule#SITE}
 */
public record ForbiddenPhrase(String phrase, String suggestion, String source) {
    public ForbiddenPhrase {
        Objects.requireNonNull(phrase, "phrase");
        suggestion = suggestion == null ? "" : suggestion;
        Objects.requireNonNull(source, "source");
    }
}
