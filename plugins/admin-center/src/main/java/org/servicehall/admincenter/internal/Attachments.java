package org.servicehall.admincenter.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.servicehall.casework.archive.FileType;
import org.servicehall.common.ValidationException;

/**
 * AC3: what an online pre-application may attach: PDF, PNG or JPEG up to the size limit, its type
 * read from its first bytes (magic numbers), and refused when the type the browser declared or the
 * file's name says something else (a forged type). Plain Java; nothing is stored for a refused file.
 */
public final class Attachments {
    /** The types an online pre-application takes (casework's archive keeps TIFF too; a phone sends none). */
    public static final Set<FileType> TAKEN = Set.copyOf(EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG));

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
    public static FileType check(String fileName, String declaredType, byte[] content) {
        if (content.length == 0) {
            throw ValidationException.of("file", CentreTexts.message("error.file.empty", fileName));
        }
        FileType kind = FileType.of(content).filter(TAKEN::contains)
                .orElseThrow(() -> ValidationException.of("file", CentreTexts.message("error.file.type", fileName)));
        String declared = declaredType == null ? "" : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(kind.contentType())
                && !(kind == FileType.JPEG && declared.equals("image/jpg"))) {
            throw ValidationException.of("file", CentreTexts.message("error.file.forged", fileName, declared, kind.contentType()));
        }
        if (!kind.named(fileName)) {
            String extension = FileType.extension(fileName);
            throw ValidationException.of("file", CentreTexts.message("error.file.forgedName", fileName, kind.contentType(),
                    extension.isEmpty() ? "-" : "." + extension));
        }
        return kind;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
