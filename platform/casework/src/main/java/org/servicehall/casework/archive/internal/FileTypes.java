package org.servicehall.casework.archive.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.servicehall.casework.archive.UploadRefused;
import org.servicehall.common.Texts;

/**
 * T6: what a file is, by its first bytes (magic numbers), never by its name: the archive keeps PDF,
 * PNG, JPEG and TIFF, names executables and archives it refuses, and refuses a file whose name
 * claims another type than its content is. Plain Java.
 */
public final class FileTypes {
    static final Texts TEXTS = Texts.of(FileTypes.class, "casework-notice");

    /** A type the archive keeps, with the names it may have. */
    public enum Kept {
        PDF("application/pdf", "PDF", List.of("pdf"), new int[] { '%', 'P', 'D', 'F', '-' }),
        PNG("image/png", "PNG", List.of("png"), new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
        JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg"), new int[] { 0xFF, 0xD8, 0xFF }),
        TIFF_LE("image/tiff", "TIFF", List.of("tif", "tiff"), new int[] { 'I', 'I', 0x2A, 0x00 }),
        TIFF_BE("image/tiff", "TIFF", List.of("tif", "tiff"), new int[] { 'M', 'M', 0x00, 0x2A });

        final String contentType;
        final String label;
        final List<String> extensions;
        final int[] magic;

        Kept(String contentType, String label, List<String> extensions, int[] magic) {
            this.contentType = contentType;
            this.label = label;
            this.extensions = extensions;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Content the archive names and refuses. */
    private enum Refused {
        WINDOWS_EXECUTABLE("Windows executable (MZ)", new int[] { 'M', 'Z' }),
        ELF_EXECUTABLE("ELF executable", new int[] { 0x7F, 'E', 'L', 'F' }),
        SCRIPT("script (#!)", new int[] { '#', '!' }),
        JAVA_OR_MACH_O("Java class or Mach-O executable", new int[] { 0xCA, 0xFE, 0xBA, 0xBE }),
        MACH_O("Mach-O executable", new int[] { 0xCF, 0xFA, 0xED, 0xFE }),
        ZIP("ZIP archive (or JAR, DOCX)", new int[] { 'P', 'K', 0x03, 0x04 });

        final String label;
        final int[] magic;

        Refused(String label, int[] magic) {
            this.label = label;
            this.magic = magic;
        }
    }

    private FileTypes() {
    }

    /**
     * The type of {@code head} (the file's first bytes), checked against its name.
     *
     * @throws UploadRefused naming the file, what its content is and what is kept
     */
    public static Kept check(String fileName, byte[] head) {
        if (head.length == 0) {
            throw new UploadRefused(UploadRefused.Reason.EMPTY, TEXTS.message("error.archive.empty", fileName));
        }
        Optional<Kept> kept = Arrays.stream(Kept.values()).filter(k -> starts(head, k.magic)).findFirst();
        if (kept.isEmpty()) {
            String what = Arrays.stream(Refused.values()).filter(r -> starts(head, r.magic)).map(r -> r.label).findFirst()
                    .orElse(null);
            throw new UploadRefused(UploadRefused.Reason.TYPE_NOT_ALLOWED, what == null
                    ? TEXTS.message("error.archive.unknownType", fileName)
                    : TEXTS.message("error.archive.refusedType", fileName, what));
        }
        String extension = extension(fileName);
        if (!kept.get().extensions.contains(extension)) {
            throw new UploadRefused(UploadRefused.Reason.TYPE_MISMATCH,
                    TEXTS.message("error.archive.mismatch", fileName, kept.get().label, extension.isEmpty() ? "-" : "." + extension));
        }
        return kept.get();
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] head, int[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
