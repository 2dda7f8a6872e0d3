package org.servicehall.casework.archive;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file is by its first bytes (magic numbers), never by its name or the type a browser
 * declared: the types the archive keeps (T6: PDF, PNG, JPEG, TIFF), and for a refused content what
 * it is (an executable, a script, an archive) so the message can say so. For plugins that take
 * uploads of their own (the admin centre's pre-applications, AC3): they pick the types they take
 * and check the name against the content with {@link #named}.
 *
 * @since 1.1
 */
public enum FileType {
    PDF("application/pdf", "PDF", List.of("pdf"), new int[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", "PNG", List.of("png"), new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
    JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg"), new int[] { 0xFF, 0xD8, 0xFF }),
    /** TIFF, little-endian (Intel). */
    TIFF_LE("image/tiff", "TIFF", List.of("tif", "tiff"), new int[] { 'I', 'I', 0x2A, 0x00 }),
    /** TIFF, big-endian (Motorola). */
    TIFF_BE("image/tiff", "TIFF", List.of("tif", "tiff"), new int[] { 'M', 'M', 0x00, 0x2A });

    /** How many first bytes are enough to tell any of these types (and the refused ones) apart. */
    public static final int HEAD = 16;

    private static final List<Refused> REFUSED = List.of(new Refused("Windows executable (MZ)", new int[] { 'M', 'Z' }),
            new Refused("ELF executable", new int[] { 0x7F, 'E', 'L', 'F' }), new Refused("script (#!)", new int[] { '#', '!' }),
            new Refused("Java class or Mach-O executable", new int[] { 0xCA, 0xFE, 0xBA, 0xBE }),
            new Refused("Mach-O executable", new int[] { 0xCF, 0xFA, 0xED, 0xFE }),
            new Refused("ZIP archive (or JAR, DOCX)", new int[] { 'P', 'K', 0x03, 0x04 }));

    private final String contentType;
    private final String label;
    private final List<String> extensions;
    private final int[] magic;

    FileType(String contentType, String label, List<String> extensions, int[] magic) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = extensions;
        this.magic = magic;
    }

    /** The media type, e.g. {@code application/pdf}. */
    public String contentType() {
        return contentType;
    }

    /** The type's short name for messages, e.g. {@code PDF}. */
    public String label() {
        return label;
    }

    /** The file name endings the type may have, lower case without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether the file's name ends as this type's files do (case does not matter). */
    public boolean named(String fileName) {
        return extensions.contains(extension(fileName));
    }

    /** The type {@code head} (the file's first bytes) starts with; empty for any other content. */
    public static Optional<FileType> of(byte[] head) {
        return Arrays.stream(values()).filter(t -> starts(head, t.magic)).findFirst();
    }

    /** What a content none of these types is, when it is a known refused one (an executable, a script, an archive), for the message. */
    public static Optional<String> refusedKind(byte[] head) {
        return REFUSED.stream().filter(r -> starts(head, r.magic)).map(Refused::label).findFirst();
    }

    /** The file name's ending after its last dot, lower case; "" without one. */
    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] head, int[] magic) {
        if (head == null || head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private record Refused(String label, int[] magic) {
    }
}
