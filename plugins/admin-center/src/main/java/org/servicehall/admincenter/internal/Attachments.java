package org.servicehall.admincenter.internal;

import java.util.List;
import java.util.Locale;

import org.servicehall.common.ValidationException;

/**
 * AC3: what an online pre-application may attach: PDF, PNG or JPEG up to the size limit, its type
 * read from its first bytes (magic numbers), and refused when the type the browser declared or the
 * file's name says something else (a forged type). Plain Java; nothing is stored for a refused file.
 */
public final class Attachments {
    /** The bytes needed to recognise a type. */
    public static final int HEAD = 8;

    /** A type the centre takes. */
    public enum Kind {
        PDF("application/pdf", List.of("pdf"), new int[] { '%', 'P', 'D', 'F', '-' }),
        PNG("image/png", List.of("png"), new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
        JPEG("image/jpeg", List.of("jpg", "jpeg"), new int[] { 0xFF, 0xD8, 0xFF });

        private final String contentType;
        private final List<String> extensions;
        private final int[] magic;

        Kind(String contentType, List<String> extensions, int[] magic) {
            this.contentType = contentType;
            this.extensions = extensions;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }
    }

    private Attachments() {
    }

    /**
     * AC3: refuses a file larger than {@code maxBytes} before anything is read, naming its size and the limit.
     *
     * @param size the declared length, or -1 when not known (then checked while reading)
     */
    public static void checkSize(String fileName, long size, long maxBytes) {
        if (size > maxBytes) {
            throw tooLarge(fileName, size, maxBytes);
        }
    }

    public static ValidationException tooLarge(String fileName, long size, long maxBytes) {
        return ValidationException.of("file", CentreTexts.message("error.file.tooLarge", fileName, megabytes(size), megabytes(maxBytes)));
    }

    /**
     * AC3: the type of the content, checked against the declared content type and the file name.
     *
     * @param declaredType the Content-Type the browser sent (null or blank: not declared)
     * @throws ValidationException on {@code file} naming the file and why
     */
    public static Kind check(String fileName, String declaredType, byte[] content) {
        if (content.length == 0) {
            throw ValidationException.of("file", CentreTexts.message("error.file.empty", fileName));
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (starts(content, k.magic)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw ValidationException.of("file", CentreTexts.message("error.file.type", fileName));
        }
        String declared = declaredType == null ? "" : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(kind.contentType)
                && !(kind == Kind.JPEG && declared.equals("image/jpg"))) {
            throw ValidationException.of("file", CentreTexts.message("error.file.forged", fileName, declared, kind.contentType));
        }
        String extension = extension(fileName);
        if (!kind.extensions.contains(extension)) {
            throw ValidationException.of("file", CentreTexts.message("error.file.forgedName", fileName, kind.contentType,
                    extension.isEmpty() ? "-" : "." + extension));
        }
        return kind;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
