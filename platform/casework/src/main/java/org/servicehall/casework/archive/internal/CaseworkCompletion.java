package org.servicehall.casework.archive.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.common.NotFound;
import org.servicehall.security.Actor;

/** T6: a case is completed when the case area says it is no longer open (completed, not accepted or refused). */
@Component(service = CaseCompletion.class)
public final class CaseworkCompletion implements CaseCompletion {
    private final CaseReadModel cases;

    @Activate
    public CaseworkCompletion(@Reference CaseReadModel cases) {
        this.cases = cases;
    }

    @Override
    public String openStage(long siteId, long caseId) {
        Case c = cases.byId(Actor.SYSTEM, caseId);
        if (c.siteId() != siteId) {
            throw new NotFound("Case", caseId);
        }
        return c.open() ? c.stage().name() : null;
    }
}
