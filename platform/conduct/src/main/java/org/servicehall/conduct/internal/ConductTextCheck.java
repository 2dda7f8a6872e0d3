package org.servicehall.conduct.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.queue.CitizenTextCheck;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.Actor;

/** C3: the site's forbidden phrases, checked in every text the queue's screens send to citizens; refusals go on record. */
@Component(service = CitizenTextCheck.class, property = "hall.check=forbidden-phrases")
public final class ConductTextCheck implements CitizenTextCheck {
    private final ConductPhrases phrases;

    @Activate
    public ConductTextCheck(@Reference ConductPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public List<TextFinding> check(long siteId, String text) {
        return phrases.check(siteId, text);
    }

    @Override
    public void refused(Actor actor, long siteId, String text, List<TextFinding> findings) {
        phrases.recordRefusal(actor, siteId, text, findings);
    }
}
