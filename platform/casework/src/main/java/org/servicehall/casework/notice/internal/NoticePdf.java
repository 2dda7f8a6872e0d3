package org.servicehall.casework.notice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.servicehall.common.HallException;
import org.servicehall.web.QrCodes;

/**
 * T4: the one-time notice as the PDF kept with the case (A4, the font's used glyphs embedded, so it
 * reads the same on any machine, and its text can be extracted), with the QR code to the case's
 * progress page. A character the font lacks is an error naming it, never an empty box.
 */
public final class NoticePdf {
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 96;
    private final NoticeFont font;

    public NoticePdf(NoticeFont font) {
        this.font = font;
    }

    public NoticeFont font() {
        return font;
    }

    /** The PDF of {@code text}, its QR code leading to {@code progressUrl}. */
    public byte[] render(NoticeText text, String progressUrl) {
        try (NoticeFont.Opened opened = font.open(); PDDocument doc = new PDDocument()) {
            checkGlyphs(opened.font(), text);
            PDType0Font pdfFont = PDType0Font.load(doc, opened.font(), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(text.title());
            info.setCreator("ServiceHall");
            new Writer(doc, pdfFont).write(text, progressUrl);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the notice PDF could not be written with " + font.path() + ": " + e.getMessage(), e);
        }
    }

    private void checkGlyphs(TrueTypeFont ttf, NoticeText text) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        String all = text.text();
        for (int i = 0; i < all.length(); ) {
            int cp = all.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp) && cmap.getGlyphId(cp) == 0) {
                throw new HallException(NoticeFont.TEXTS.message("error.font.glyph", new String(Character.toChars(cp)),
                        String.format("U+%04X", cp), font.path()));
            }
        }
    }

    /** Lays the text out top to bottom, a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream out;
        private float y;

        Writer(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void write(NoticeText text, String progressUrl) throws IOException {
            newPage();
            try {
                float titleWidth = font.getStringWidth(text.title()) / 1000 * 20;
                line(text.title(), 20, (width - titleWidth) / 2, 34);
                paragraph(text.intro(), 12, 0, 20);
                y -= 6;
                for (List<String> item : text.items()) {
                    paragraph(item.get(0), 12, 0, 19);
                    for (String detail : item.subList(1, item.size())) {
                        paragraph(detail, 10.5f, 18, 16);
                    }
                    y -= 6;
                }
                for (String c : text.closing()) {
                    paragraph(c, 11, 0, 18);
                }
                footer(text, progressUrl);
            } finally {
                out.close();
            }
        }

        private void footer(NoticeText text, String progressUrl) throws IOException {
            float needed = Math.max(QR_SIZE + 20, text.footer().size() * 18f) + 20;
            if (y - needed < MARGIN) {
                newPage();
            }
            float top = MARGIN + needed - 20;
            y = top;
            for (String f : text.footer()) {
                line(f, 11, 0, 18);
            }
            boolean[][] qr = QrCodes.modules(progressUrl);
            float module = QR_SIZE / qr.length;
            float left = MARGIN + width - QR_SIZE;
            float bottom = top - QR_SIZE;
            for (int r = 0; r < qr.length; r++) {
                for (int c = 0; c < qr.length; c++) {
                    if (qr[r][c]) {
                        out.addRect(left + c * module, bottom + (qr.length - 1 - r) * module, module, module);
                    }
                }
            }
            out.fill();
            float captionWidth = font.getStringWidth(text.progressLabel()) / 1000 * 9;
            out.beginText();
            out.setFont(font, 9);
            out.newLineAtOffset(left + Math.max(0, (QR_SIZE - captionWidth) / 2), bottom - 12);
            out.showText(text.progressLabel());
            out.endText();
        }

        private void paragraph(String text, float size, float indent, float leading) throws IOException {
            for (String l : wrap(text, size, width - indent)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                line(l, size, indent, leading);
            }
        }

        private void line(String text, float size, float x, float leading) throws IOException {
            y -= leading;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN + x, y);
            out.showText(text);
            out.endText();
        }

        /** Breaks between any two characters (Chinese has no spaces), preferring a space for Latin words. */
        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String candidate = current + new String(Character.toChars(cp));
                if (font.getStringWidth(candidate) / 1000 * size > max && current.length() > 0) {
                    int space = current.lastIndexOf(" ");
                    if (space > current.length() / 2) {
                        lines.add(current.substring(0, space));
                        current = new StringBuilder(current.substring(space + 1));
                    } else {
                        lines.add(current.toString());
                        current = new StringBuilder();
                    }
                    current.appendCodePoint(cp);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
            return lines;
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }
}
