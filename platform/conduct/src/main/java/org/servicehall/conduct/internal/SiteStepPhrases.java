package org.servicehall.conduct.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.StepPhrases;

/** C2: the counter desk shows the site's standard phrase for each step (its own wording or the shipped one). */
@Component(service = StepPhrases.class)
public final class SiteStepPhrases implements StepPhrases {
    private final ConductPhrases phrases;

    @Activate
    public SiteStepPhrases(@Reference ConductPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public Optional<String> phrase(long siteId, ServiceStep step) {
        String text = phrases.stepPhrase(siteId, step).text();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
