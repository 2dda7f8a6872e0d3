package org.servicehall.casework.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.servicehall.casework.archive.Archive;
import org.servicehall.casework.archive.ArchiveTampered;
import org.servicehall.casework.archive.ArchiveUpload;
import org.servicehall.casework.archive.ArchivedContent;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.archive.FileType;
import org.servicehall.casework.archive.Retrieval;
import org.servicehall.casework.archive.UploadRefused;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.persistence.Database;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

/**
 * T6 on the shared database: a completed case's file checked (size while it is read, type by its
 * content), its SHA-256 recorded with it and its audit entry; every read verified against that
 * hash and logged, a mismatch reported and not served; disposal only after the retention.
 */
@Component(service = Archive.class, configurationPid = ArchiveConfig.PID)
@Designate(ocd = ArchiveConfig.class)
public final class ArchiveImpl implements Archive {
    static final String SERVED = "SERVED";
    static final String TAMPERED = "TAMPERED";
    private final ArchiveStore store;
    private final SiteService sites;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseCompletion cases;
    private final long maxBytes;
    private final int defaultYears;

    @Activate
    public ArchiveImpl(ArchiveConfig config, @Reference Database database, @Reference SiteService sites, @Reference AuditLog audit,
            @Reference Clock clock, @Reference CaseCompletion cases) {
        this(migrated(database), sites, audit, clock, cases, config.maxUploadMegabytes() * 1024L * 1024L, config.defaultRetentionYears());
    }

    ArchiveImpl(DataSource dataSource, SiteService sites, AuditLog audit, Clock clock, CaseCompletion cases, long maxBytes,
            int defaultYears) {
        this.store = new ArchiveStore(dataSource);
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
        this.cases = cases;
        this.maxBytes = maxBytes;
        this.defaultYears = defaultYears;
    }

    private static DataSource migrated(Database database) {
        database.migrate("casework", ArchiveImpl.class.getClassLoader());
        return database.dataSource();
    }

    @Override
    public long maxUploadBytes() {
        return maxBytes;
    }

    @Override
    public ArchivedFile archive(Actor actor, ArchiveUpload upload, InputStream content) {
        actor.require(Role.STAFF, "archive a case's files");
        if (upload == null || upload.kind() == null) {
            throw ValidationException.of("kind", FileTypes.TEXTS.message("error.field.required"));
        }
        String name = upload.fileName() == null ? "" : upload.fileName().strip();
        if (name.isEmpty() || name.length() > 200 || name.contains("/") || name.contains("\\")) {
            throw ValidationException.of("fileName", FileTypes.TEXTS.message("error.archive.fileName"));
        }
        int years = upload.retentionYears() == 0 ? defaultYears : upload.retentionYears();
        if (years < 1 || years > 100) {
            throw ValidationException.of("retentionYears", FileTypes.TEXTS.message("error.archive.retention"));
        }
        Site site = sites.site(upload.siteId());
        String stage = cases.openStage(site.id(), upload.caseId());
        if (stage != null) {
            throw new Conflict(FileTypes.TEXTS.message("error.archive.notCompleted", upload.caseId(), stage));
        }
        byte[] data = readLimited(name, content);
        FileType type = FileTypes.check(name, Arrays.copyOf(data, Math.min(data.length, FileType.HEAD)));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate until = now.atZone(site.zone()).toLocalDate().plusYears(years);
        ArchivedFile file = new ArchivedFile(0, site.id(), upload.caseId(), upload.kind(), name, type.contentType(), data.length,
                sha256(data), actor.username(), now, until, null);
        return store.inTransaction(c -> {
            long id = store.insert(c, file, data);
            audit.record(c, actor, "archive", "archived-file", id, null, name + " " + file.sha256() + " until " + until);
            return store.file(c, id).orElseThrow();
        });
    }

    /** The whole content, refused as soon as it passes the limit (never read further). */
    private byte[] readLimited(String name, InputStream in) {
        if (in == null) {
            throw new UploadRefused(UploadRefused.Reason.EMPTY, FileTypes.TEXTS.message("error.archive.empty", name));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadRefused(UploadRefused.Reason.TOO_LARGE, FileTypes.TEXTS.message("error.archive.tooLarge", name,
                            maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload of " + name + " could not be read: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public List<ArchivedFile> files(long siteId, long caseId) {
        return store.read(c -> store.files(c, siteId, caseId));
    }

    @Override
    public ArchivedContent read(Actor actor, long fileId, String purpose) {
        actor.require(Role.STAFF, "read an archived file");
        if (purpose != null && purpose.length() > 200) {
            throw ValidationException.of("purpose", FileTypes.TEXTS.message("error.field.tooLong", 200));
        }
        ArchivedFile file = file(fileId);
        if (file.disposedAt() != null) {
            throw new Conflict(FileTypes.TEXTS.message("error.archive.disposed", file.fileName(), file.retainUntil()));
        }
        byte[] data = store.read(c -> store.content(c, fileId)).orElse(new byte[0]);
        String actual = sha256(data);
        boolean intact = actual.equals(file.sha256());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.inTransaction(c -> {
            store.logRead(c, new Retrieval(0, fileId, actor.username(), now, purpose == null ? "" : purpose.strip(), intact ? SERVED : TAMPERED));
            if (!intact) {
                audit.record(c, actor, "tampered", "archived-file", fileId, file.sha256(), actual);
            }
            return null;
        });
        if (!intact) {
            throw new ArchiveTampered(FileTypes.TEXTS.message("error.archive.tampered", file.fileName(), file.caseId(), file.sha256(), actual));
        }
        return new ArchivedContent(file, data);
    }

    @Override
    public List<Retrieval> retrievals(Actor actor, long fileId) {
        actor.require(Role.SUPERVISOR, "see who read an archived file");
        file(fileId);
        return store.read(c -> store.reads(c, fileId));
    }

    @Override
    public ArchivedFile dispose(Actor actor, long fileId) {
        actor.require(Role.ADMIN, "dispose of an archived file");
        ArchivedFile file = file(fileId);
        Site site = sites.site(file.siteId());
        LocalDate today = clock.instant().atZone(site.zone()).toLocalDate();
        if (!today.isAfter(file.retainUntil())) {
            throw new Conflict(FileTypes.TEXTS.message("error.archive.retained", file.fileName(), file.retainUntil()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return store.inTransaction(c -> {
            store.dispose(c, fileId, now);
            audit.record(c, actor, "dispose", "archived-file", fileId, file.sha256(), "disposed after " + file.retainUntil());
            return store.file(c, fileId).orElseThrow();
        });
    }

    private ArchivedFile file(long fileId) {
        return store.read(c -> store.file(c, fileId))
                .orElseThrow(() -> new NotFound(FileTypes.TEXTS.message("error.archive.notFound", fileId)));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
