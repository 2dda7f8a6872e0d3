package org.servicehall.conduct.internal;

import java.util.List;
import java.util.Map;

import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.queue.ServiceStep;

/** What one {@code HALL-INF/conduct/*.properties} file declares; see {@link ConductFiles} for the format. */
public record ConductFile(List<ShippedRule> rules, List<ForbiddenPhrase> forbidden, List<String> courtesy,
        Map<ServiceStep, String> stepPhrases) {
    public ConductFile {
        rules = List.copyOf(rules);
        forbidden = List.copyOf(forbidden);
        courtesy = List.copyOf(courtesy);
        stepPhrases = Map.copyOf(stepPhrases);
    }
}
