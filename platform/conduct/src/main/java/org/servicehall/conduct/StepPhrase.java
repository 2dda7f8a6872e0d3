package org.servicehall.conduct;

import java.util.Objects;

import org.servicehall.queue.ServiceStep;

/**
 * The standard phrase (文明用语, C2) staff say at one step of service at one site.
 *
 * @param siteId the site
 * @param step the step of service
 * @param text the phrase in Mandarin as staff should say it
 * @param defaultText the shipped phrase for the step
 * @param custom whether the site set its own wording
 */
public record StepPhrase(long siteId, ServiceStep step, String text, String defaultText, boolean custom) {
    public StepPhrase {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(text, "text");
        defaultText = defaultText == null ? "" : defaultText;
    }
}
