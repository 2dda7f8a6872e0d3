package org.servicehall.admincenter.internal;

import java.io.InputStream;

import org.servicehall.casework.archive.ArchiveKind;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.security.Actor;

/**
 * AC5 (T6): the centre's seals on casework's seal register (request, a supervisor's approval, the
 * use), and archiving its completed cases' files in casework's archive. Only the centre's own seals and
 * cases are taken.
 */
public interface CentreSeals {
    /**
     * Asks to use one of the centre's seals (staff), for one of its cases or a document of the centre's own.
     *
     * @throws org.servicehall.common.ValidationException for a seal the centre does not have
     */
    SealRequest request(Actor actor, long siteId, Long caseId, String sealCode, String document, String purpose, int impressions);

    /** Archives a file of a completed case of the centre (staff). */
    ArchivedFile archive(Actor actor, long siteId, long caseId, ArchiveKind kind, String fileName, InputStream content);
}
