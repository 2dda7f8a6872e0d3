package org.servicehall.casework.archive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.archive.FileType;
import org.servicehall.casework.archive.UploadRefused;

/** T6: the archive judges a file by its content (magic bytes), never by its name. */
class FileTypesTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void documentsAndScansAreKept_T6() {
        assertEquals("application/pdf", FileTypes.check("决定书.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType());
        assertEquals("image/png", FileTypes.check("scan.PNG", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)).contentType());
        assertEquals("image/jpeg", FileTypes.check("id.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE0)).contentType());
        assertEquals("image/tiff", FileTypes.check("licence.tif", bytes('I', 'I', 0x2A, 0)).contentType());
    }

    @Test
    void anExecutableRenamedPdfIsRefusedNamingWhatItIs_T6() {
        UploadRefused e = assertThrows(UploadRefused.class, () -> FileTypes.check("report.pdf", bytes('M', 'Z', 0x90, 0)));
        assertEquals(UploadRefused.Reason.TYPE_NOT_ALLOWED, e.reason());
        assertEquals("report.pdf is a Windows executable (MZ), not a document: only PDF, PNG, JPEG and TIFF files are archived.",
                e.byField().get("file"));
        assertThrows(UploadRefused.class, () -> FileTypes.check("run.pdf", bytes(0x7F, 'E', 'L', 'F')));
        assertThrows(UploadRefused.class, () -> FileTypes.check("x.pdf", "#!/bin/sh\n".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(UploadRefused.class, () -> FileTypes.check("x.pdf", "hello".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aNameThatClaimsAnotherTypeIsRefused_T6() {
        UploadRefused e = assertThrows(UploadRefused.class, () -> FileTypes.check("photo.pdf", bytes(0xFF, 0xD8, 0xFF, 0xE1)));
        assertEquals(UploadRefused.Reason.TYPE_MISMATCH, e.reason());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("JPEG"), e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(UploadRefused.Reason.EMPTY, assertThrows(UploadRefused.class, () -> FileTypes.check("a.pdf", new byte[0])).reason());
    }

    /** The exported sniffing (since casework.archive 1.1) that plugins use for their own uploads. */
    @Test
    void theExportedFileTypeReadsTheContentNotTheName_T6_AC3() {
        assertEquals(Optional.of(FileType.PDF), FileType.of("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.TIFF_BE), FileType.of(bytes('M', 'M', 0, 0x2A)));
        assertEquals(Optional.empty(), FileType.of(bytes('M', 'Z', 0x90, 0)));
        assertEquals(Optional.of("Windows executable (MZ)"), FileType.refusedKind(bytes('M', 'Z', 0x90, 0)));
        assertEquals(Optional.empty(), FileType.refusedKind("plain".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileType.of(new byte[] { (byte) 0xFF, (byte) 0xD8 }), "too short to be a JPEG");
        assertTrue(FileType.JPEG.named("ID.JPG") && FileType.JPEG.named("a.jpeg") && !FileType.JPEG.named("a.pdf") && !FileType.PDF.named("pdf"));
        assertEquals("", FileType.extension("README"));
    }
}
