package org.servicehall.casework.archive.internal;

import java.util.Optional;

import org.servicehall.casework.archive.FileType;
import org.servicehall.casework.archive.UploadRefused;
import org.servicehall.common.Texts;

/**
 * T6: what the archive keeps, by the file's content ({@link FileType}: PDF, PNG, JPEG and TIFF),
 * naming the executables and archives it refuses, and refusing a file whose name claims another type
 * than its content is. Plain Java.
 */
public final class FileTypes {
    static final Texts TEXTS = Texts.of(FileTypes.class, "casework-notice");

    private FileTypes() {
    }

    /**
     * The type of {@code head} (the file's first bytes), checked against its name.
     *
     * @throws UploadRefused naming the file, what its content is and what is kept
     */
    public static FileType check(String fileName, byte[] head) {
        if (head.length == 0) {
            throw new UploadRefused(UploadRefused.Reason.EMPTY, TEXTS.message("error.archive.empty", fileName));
        }
        Optional<FileType> kept = FileType.of(head);
        if (kept.isEmpty()) {
            String what = FileType.refusedKind(head).orElse(null);
            throw new UploadRefused(UploadRefused.Reason.TYPE_NOT_ALLOWED, what == null
                    ? TEXTS.message("error.archive.unknownType", fileName)
                    : TEXTS.message("error.archive.refusedType", fileName, what));
        }
        if (!kept.get().named(fileName)) {
            String extension = FileType.extension(fileName);
            throw new UploadRefused(UploadRefused.Reason.TYPE_MISMATCH,
                    TEXTS.message("error.archive.mismatch", fileName, kept.get().label(), extension.isEmpty() ? "-" : "." + extension));
        }
        return kept.get();
    }
}
