package org.servicehall.admincenter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.archive.FileType;
import org.servicehall.common.ValidationException;

/** AC3: a pre-application's attachments: size limit, type by content, a forged type refused naming why. */
class AttachmentsTest {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
    static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };

    @Test
    void aFiftyMegabyteFileIsRefusedNamingItsSizeAndTheLimit_AC3() {
        ValidationException e = assertThrows(ValidationException.class, () -> Attachments.checkSize("营业执照.pdf", 50L * 1024 * 1024, 10L * 1024 * 1024));
        assertEquals("file", e.errors().get(0).field());
        assertEquals("营业执照.pdf is 50.0 MB; the largest file taken is 10.0 MB. Nothing was stored.", e.errors().get(0).message(Locale.ENGLISH));
        Attachments.checkSize("a.pdf", 10L * 1024 * 1024, 10L * 1024 * 1024);
    }

    @Test
    void aForgedDeclaredTypeIsRefused_AC3() {
        ValidationException e = assertThrows(ValidationException.class, () -> Attachments.check("licence.pdf", "application/pdf", PNG));
        assertTrue(e.message(Locale.ENGLISH).contains("sent as application/pdf but its content is image/png"), e.errors().get(0).message(Locale.ENGLISH));
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("类型伪造"));
    }

    @Test
    void aNameThatClaimsAnotherTypeIsRefused_AC3() {
        ValidationException e = assertThrows(ValidationException.class, () -> Attachments.check("photo.jpg", null, PDF));
        assertTrue(e.message(Locale.ENGLISH).contains("application/pdf by its content, not what its name's .jpg says"), e.errors().get(0).message(Locale.ENGLISH));
    }

    @Test
    void contentThatIsNoDocumentOrPictureIsRefused_AC3() {
        ValidationException exe = assertThrows(ValidationException.class, () -> Attachments.check("form.pdf", "application/pdf", EXE));
        assertTrue(exe.message(Locale.ENGLISH).contains("not a PDF, PNG or JPEG"));
        assertThrows(ValidationException.class, () -> Attachments.check("empty.pdf", "application/pdf", new byte[0]));
    }

    @Test
    void documentsAndPicturesOfTheirOwnTypeAreTaken_AC3() {
        assertEquals(FileType.PDF, Attachments.check("申请书.PDF", "application/pdf", PDF));
        assertEquals(FileType.PNG, Attachments.check("photo.png", "image/png; charset=binary", PNG));
        assertEquals(FileType.JPEG, Attachments.check("photo.jpeg", "image/jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }));
        assertEquals(FileType.PDF, Attachments.check("a.pdf", "application/octet-stream", PDF));
    }

    /** Casework's archive keeps TIFF scans; a pre-application takes only what a phone sends. */
    @Test
    void aTiffScanIsNotTakenOnline_AC3() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Attachments.check("licence.tif", "image/tiff", new byte[] { 'I', 'I', 0x2A, 0 }));
        assertTrue(e.message(Locale.ENGLISH).contains("licence.tif") && e.message(Locale.ENGLISH).contains("not a PDF, PNG or JPEG"), e.message(Locale.ENGLISH));
    }
}
