package org.servicehall.casework.archive;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/** The archive of completed cases (T6). Changes are audited; every read is logged. */
@ProviderType
public interface Archive {
    /**
     * Archives a file of a completed case (staff); the content is read up to the size limit.
     *
     * @throws UploadRefused for an empty, too large, disallowed or mislabelled file
     * @throws org.servicehall.common.Conflict when the case is not completed
     */
    ArchivedFile archive(Actor actor, ArchiveUpload upload, InputStream content);

    /** The case's archived files, oldest first. */
    List<ArchivedFile> files(long siteId, long caseId);

    /**
     * Reads a file back (staff), its hash verified; the read is logged either way.
     *
     * @throws ArchiveTampered when the content does not match the hash recorded at archiving
     */
    ArchivedContent read(Actor actor, long fileId, String purpose);

    /** The reads of a file, oldest first (supervisor). */
    List<Retrieval> retrievals(Actor actor, long fileId);

    /**
     * Disposes of a file's content after its retention ended (admin); the record stays.
     *
     * @throws org.servicehall.common.Conflict before the retention ends
     */
    ArchivedFile dispose(Actor actor, long fileId);

    /** The largest upload taken, in bytes. */
    long maxUploadBytes();
}
