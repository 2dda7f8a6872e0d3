package org.servicehall.casework.notice.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.servicehall.common.HallException;
import org.servicehall.common.Texts;

/**
 * T4: the TrueType font with Chinese glyphs that notice PDFs embed. PDFBox embeds TrueType
 * outlines ({@code glyf}) only, so a CFF-based OpenType font (Noto CJK's {@code .otf}/{@code .ttc})
 * is passed over. The configured file is used when set; otherwise the first usable one of the usual
 * system places. No usable font is an error naming what to install, never a PDF of empty boxes.
 */
public final class NoticeFont {
    /** Where Debian/Ubuntu, Fedora, Windows and macOS keep TrueType CJK fonts, most common first. */
    public static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf");
    static final Texts TEXTS = NoticeRules.TEXTS;
    private static final int PROBE = '中';

    private final Path path;
    private final String name;

    private NoticeFont(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    /**
     * The font to embed.
     *
     * @param configured the configured file, or blank to look in {@code candidates}
     * @throws HallException naming the file and why it cannot be used, or what to install
     */
    public static NoticeFont locate(String configured, List<String> candidates) {
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured.strip());
            String why = problem(p);
            if (why != null) {
                throw new HallException(TEXTS.message("error.font.configured", p, why));
            }
            return new NoticeFont(p, fontName(p));
        }
        List<String> looked = new ArrayList<>();
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p) && problem(p) == null) {
                return new NoticeFont(p, fontName(p));
            }
            looked.add(c);
        }
        throw new HallException(TEXTS.message("error.font.missing", String.join(", ", looked)));
    }

    public Path path() {
        return path;
    }

    /** The PostScript name of the face used (the first usable face of a collection). */
    public String name() {
        return name;
    }

    /** Opens the font; the caller closes what it returns after the PDF is saved. */
    public Opened open() throws IOException {
        if (path.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(path.toFile());
            TrueTypeFont font = ttc.getFontByName(name);
            return new Opened(font, ttc);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        return new Opened(font, font);
    }

    /** A font opened, with what to close. */
    public record Opened(TrueTypeFont font, AutoCloseable closer) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                closer.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    /** Why the file cannot be used, or null when it can. */
    static String problem(Path p) {
        if (!Files.isRegularFile(p)) {
            return "no such file";
        }
        try {
            return fontName(p) == null ? "no TrueType face with Chinese glyphs (a CFF-based OpenType font cannot be embedded)" : null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** The first TrueType face with a glyph for 中, or null. */
    private static String fontName(Path p) {
        try {
            if (p.toString().toLowerCase().endsWith(".ttc")) {
                AtomicReference<String> found = new AtomicReference<>();
                try (TrueTypeCollection ttc = new TrueTypeCollection(p.toFile())) {
                    ttc.processAllFonts(f -> {
                        if (found.get() == null && usable(f)) {
                            found.set(f.getName());
                        }
                    });
                }
                return found.get();
            }
            try (TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()))) {
                return usable(f) ? f.getName() : null;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot be read as a font: " + e.getMessage(), e);
        }
    }

    private static boolean usable(TrueTypeFont f) throws IOException {
        if (f instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        return f.getGlyph() != null && f.getUnicodeCmapLookup(false) != null && f.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }
}
