package org.servicehall.complaint.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.conduct.DisciplineService;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.ViolationSource;
import org.servicehall.security.Actor;

/**
 * P4: the link to the conduct area, active only while conduct's {@link DisciplineService} runs (the
 * bundle imports the conduct package optionally), so complaints work without it.
 */
@Component(service = ViolationProposer.class)
public final class ConductLink implements ViolationProposer {
    private final DisciplineService discipline;

    @Activate
    public ConductLink(@Reference DisciplineService discipline) {
        this.discipline = discipline;
    }

    @Override
    public String propose(Actor actor, long siteId, String staffNumber, Integer windowNumber, String ruleCode, String note) {
        Violation v = discipline.proposeViolation(actor, siteId, staffNumber, windowNumber, ruleCode, ViolationSource.COMPLAINT, null, note);
        return String.valueOf(v.id());
    }
}
