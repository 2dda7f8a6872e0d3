package org.servicehall.admincenter.internal;

import java.io.InputStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.archive.Archive;
import org.servicehall.casework.archive.ArchiveKind;
import org.servicehall.casework.archive.ArchiveUpload;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.seal.SealRegister;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.seal.SealRequestDraft;
import org.servicehall.common.Conflict;
import org.servicehall.security.Actor;

/** AC5 on casework's {@link SealRegister} and {@link Archive}. */
@Component(service = CentreSeals.class)
public final class CentreSealsImpl implements CentreSeals {
    private final SealRegister register;
    private final Archive archive;
    private final CaseReadModel reads;
    private final CentreInfo centre;

    @Activate
    public CentreSealsImpl(@Reference SealRegister register, @Reference Archive archive, @Reference CaseReadModel reads,
            @Reference CentreInfo centre) {
        this.register = register;
        this.archive = archive;
        this.reads = reads;
        this.centre = centre;
    }

    @Override
    public SealRequest request(Actor actor, long siteId, Long caseId, String sealCode, String document, String purpose, int impressions) {
        Seal seal = centre.directory().requireSeal(sealCode);
        if (caseId != null) {
            centreCase(actor, caseId);
        }
        return register.request(actor, new SealRequestDraft(siteId, caseId, document, seal.nameZh(), purpose, impressions));
    }

    @Override
    public ArchivedFile archive(Actor actor, long siteId, long caseId, ArchiveKind kind, String fileName, InputStream content) {
        centreCase(actor, caseId);
        return archive.archive(actor, new ArchiveUpload(siteId, caseId, kind, fileName, 0), content);
    }

    private Case centreCase(Actor actor, long caseId) {
        Case c = reads.byId(actor, caseId);
        if (!centre.directory().offers(c.serviceCode())) {
            throw new Conflict(CentreTexts.message("error.case.notCentre", c.number(), c.serviceCode()));
        }
        return c;
    }
}
