package org.servicehall.casework.archive.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.TestInstance;
import org.servicehall.casework.archive.ArchiveKind;
import org.servicehall.casework.archive.ArchiveTampered;
import org.servicehall.casework.archive.ArchiveUpload;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.archive.Retrieval;
import org.servicehall.casework.archive.UploadRefused;
import org.servicehall.common.Conflict;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.security.AccessDenied;

/** T6 on H2 and PostgreSQL: archive with SHA-256, verified and logged reads, retention, size and content-type checks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePersistenceTest {
    private static final long MB = 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Case 13 is completed; every other case is still under review. */
    private static ArchiveImpl archive(HallFixture fx) {
        return new ArchiveImpl(fx.dataSource(), fx.sites(), fx.audit(), fx.clock(), (site, caseId) -> caseId == 13 ? null : "UNDER_REVIEW",
                20 * MB, 30);
    }

    private static ArchiveUpload upload(TestSite hall, String name) {
        return new ArchiveUpload(hall.id(), 13, ArchiveKind.DECISION, name, 0);
    }

    /** {@code size} bytes of a PDF's start and padding, produced as read (a 50 MB upload needs no 50 MB array). */
    private static InputStream pdfOf(long size) {
        AtomicLong left = new AtomicLong(size);
        return new InputStream() {
            private int header;

            @Override
            public int read() {
                if (left.getAndDecrement() <= 0) {
                    return -1;
                }
                return header < PDF.length ? PDF[header++] : ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long n = Math.min(len, left.get());
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return (int) n;
            }
        };
    }

    @EachDatabase("casework")
    void aCompletedCasesFileIsKeptWithItsHashAndEveryReadIsVerifiedAndLogged_T6(HallFixture fx) {
        TestSite hall = fx.newSite("AR").create();
        ArchiveImpl archive = archive(fx);
        ArchivedFile f = archive.archive(hall.staff(1).actor(), upload(hall, "决定书.pdf"), new ByteArrayInputStream(PDF));
        assertEquals(ArchiveImpl.sha256(PDF), f.sha256());
        assertEquals("application/pdf", f.contentType());
        assertEquals(PDF.length, f.size());
        assertEquals(f.archivedAt().atZone(hall.site().zone()).toLocalDate().plusYears(30), f.retainUntil());
        assertArrayEquals(PDF, archive.read(hall.staff(2).actor(), f.id(), "复查").data());
        List<Retrieval> reads = archive.retrievals(HallFixture.SUPERVISOR, f.id());
        assertEquals(1, reads.size());
        assertEquals(hall.staff(2).actor().username(), reads.get(0).actor());
        assertEquals("SERVED", reads.get(0).outcome());
        assertEquals(List.of(f), archive.files(hall.id(), 13));
        assertTrue(!fx.audit().history("archived-file", f.id()).isEmpty());
    }

    @EachDatabase("casework")
    void aTamperedFileIsReportedNotServed_T6(HallFixture fx) throws Exception {
        TestSite hall = fx.newSite("AT").create();
        ArchiveImpl archive = archive(fx);
        ArchivedFile f = archive.archive(hall.staff(1).actor(), upload(hall, "决定书.pdf"), new ByteArrayInputStream(PDF));
        try (Connection c = fx.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE sh_casework_archive_content SET data = ? WHERE file_id = ?")) {
            ps.setBytes(1, "%PDF-1.7\n(准予许可 changed)\n".getBytes(StandardCharsets.UTF_8));
            ps.setLong(2, f.id());
            ps.executeUpdate();
        }
        ArchiveTampered e = assertThrows(ArchiveTampered.class, () -> archive.read(hall.staff(1).actor(), f.id(), null));
        assertTrue(e.getMessage().contains("no longer matches the SHA-256") && e.getMessage().contains(f.sha256()), e.getMessage());
        assertEquals("TAMPERED", archive.retrievals(HallFixture.SUPERVISOR, f.id()).get(0).outcome(), "the attempt is logged");
    }

    @EachDatabase("casework")
    void nothingIsDisposedOfBeforeItsRetentionEnds_T6(HallFixture fx) {
        TestSite hall = fx.newSite("AD").create();
        ArchiveImpl archive = archive(fx);
        Instant start = fx.clock().instant();
        ArchivedFile f = archive.archive(hall.staff(1).actor(), new ArchiveUpload(hall.id(), 13, ArchiveKind.MATERIAL, "id.pdf", 1),
                new ByteArrayInputStream(PDF));
        assertThrows(AccessDenied.class, () -> archive.dispose(HallFixture.SUPERVISOR, f.id()));
        Conflict kept = assertThrows(Conflict.class, () -> archive.dispose(HallFixture.ADMIN, f.id()));
        assertTrue(kept.getMessage().contains("is kept until " + f.retainUntil()), kept.getMessage());
        assertNotNull(archive.read(hall.staff(1).actor(), f.id(), null).data());
        fx.clock().set(start.plus(367, ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS));
        try {
            assertNotNull(archive.dispose(HallFixture.ADMIN, f.id()).disposedAt());
            assertEquals(0, fx.count("sh_casework_archive_content WHERE file_id = " + f.id()));
            assertEquals(1, fx.count("sh_casework_archive_file WHERE id = " + f.id()), "the record stays");
        } finally {
            fx.clock().set(start);
        }
    }

    @EachDatabase("casework")
    void badUploadsAreRefusedNamingTheProblemAndStoreNothing_T6(HallFixture fx) {
        TestSite hall = fx.newSite("AU").create();
        ArchiveImpl archive = archive(fx);
        UploadRefused big = assertThrows(UploadRefused.class, () -> archive.archive(hall.staff(1).actor(), upload(hall, "scan.pdf"),
                pdfOf(50 * MB)));
        assertEquals(UploadRefused.Reason.TOO_LARGE, big.reason());
        assertEquals("scan.pdf is larger than 20 MB, the largest file the archive takes.", big.byField().get("file"));
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        UploadRefused renamed = assertThrows(UploadRefused.class, () -> archive.archive(hall.staff(1).actor(), upload(hall, "report.pdf"),
                new ByteArrayInputStream(exe)));
        assertEquals(UploadRefused.Reason.TYPE_NOT_ALLOWED, renamed.reason());
        assertTrue(renamed.byField().get("file").contains("Windows executable"));
        Conflict open = assertThrows(Conflict.class, () -> archive.archive(hall.staff(1).actor(),
                new ArchiveUpload(hall.id(), 14, ArchiveKind.MATERIAL, "a.pdf", 0), new ByteArrayInputStream(PDF)));
        assertTrue(open.getMessage().contains("not completed"), open.getMessage());
        assertThrows(UploadRefused.class, () -> archive.archive(hall.staff(1).actor(), upload(hall, "e.pdf"), new ByteArrayInputStream(new byte[0])));
        assertEquals(0, fx.count("sh_casework_archive_file WHERE site_id = " + hall.id()));
        assertEquals(20 * MB, archive.archive(hall.staff(1).actor(), upload(hall, "max.pdf"), pdfOf(20 * MB)).size(), "20 MB itself is taken");
    }
}
