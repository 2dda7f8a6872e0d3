package org.servicehall.casework.notice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javax.imageio.ImageIO;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.Wording;
import org.servicehall.common.HallException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * T4: the notice kept with the case is a PDF whose Chinese text is really there (extracted again
 * with PDFBox's text stripper), with its font embedded and a QR code leading to the progress page;
 * without a usable font the error says what to install.
 */
class NoticePdfTest {
    static final String PROGRESS = "http://hall.example.cn:8080/api/v1/casework/progress/TAX-1/C20261202-0007";

    static OneTimeNotice notice() {
        ChecklistItem licence = ChecklistItem.required("TX-REG", "LICENCE", Wording.of("营业执照副本")).withOriginalAndCopies(true, 1)
                .withForm(Wording.of("加盖单位公章的复印件"), Wording.of("《税务登记管理办法》第十条第一项"), Wording.of("二楼综合受理窗口"));
        ChecklistItem proxy = ChecklistItem.required("TX-REG", "PROXY", Wording.of("授权委托书")).withCondition(Wording.of("委托他人代为办理的"))
                .withForm(Wording.of("法定代表人签字的原件"), Wording.of("《税收征收管理法实施细则》第十二条"), Wording.NONE);
        return new OneTimeNotice(7, 1, 42, "C20261202-0007", 1, "TX-REG", List.of(licence, proxy), "TX-0012", "李明", 3,
                Instant.parse("2026-12-02T01:30:00Z"), null, "请您备齐后再来，我们为您优先办理。", "");
    }

    static NoticePdf pdf() {
        return new NoticePdf(NoticeFont.locate("", NoticeFont.SYSTEM_FONTS));
    }

    @Test
    void theStoredPdfCarriesTheChineseTextWithItsFontEmbedded_T4() throws Exception {
        NoticeText text = NoticeText.of(notice(), "国家税务总局示范办税服务厅", "税务登记", ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE);
        byte[] bytes = pdf().render(text, PROGRESS);
        assertTrue(new String(bytes, 0, 5).startsWith("%PDF-"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/notice-sample.pdf"), bytes); // kept as test output, to look at
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String extracted = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String expected : List.of("一次性告知书", "税务登记", "C20261202-0007", "营业执照副本", "查验原件", "留存复印件1份",
                    "加盖单位公章的复印件", "《税务登记管理办法》第十条第一项", "二楼综合受理窗口", "授权委托书", "适用情形：委托他人代为办理的",
                    "国家税务总局示范办税服务厅", "窗口：3", "工号：TX-0012", "2026年12月2日", "扫码查询办理进度")) {
                assertTrue(extracted.contains(expected), "missing '" + expected + "' in " + extracted);
            }
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font is embedded");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", Path.of("target/notice-sample.png").toFile());
            String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)))).getText();
            assertEquals(PROGRESS, qr, "the QR code leads to the progress page");
        }
    }

    @Test
    void withoutAUsableFontTheErrorSaysWhatToInstall_T4() {
        HallException e = assertThrows(HallException.class, () -> NoticeFont.locate("", List.of("/nowhere/wqy-zenhei.ttc")));
        assertTrue(e.getMessage().contains("apt-get install fonts-wqy-zenhei"), e.getMessage());
        assertTrue(e.getMessage().contains("/nowhere/wqy-zenhei.ttc"), e.getMessage());
        HallException configured = assertThrows(HallException.class, () -> NoticeFont.locate("/nowhere/simsun.ttc", List.of()));
        assertTrue(configured.getMessage().contains("/nowhere/simsun.ttc cannot be used: no such file"), configured.getMessage());
    }

    @Test
    void aCffBasedOpenTypeFontIsPassedOverNotEmbeddedAsBoxes_T4() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        assumeTrue(Files.isRegularFile(noto), "Noto CJK is not installed here");
        HallException e = assertThrows(HallException.class, () -> NoticeFont.locate(noto.toString(), List.of()));
        assertTrue(e.getMessage().contains("CFF"), e.getMessage());
    }

    @Test
    void aCharacterTheFontLacksIsAnErrorNamingIt_T4() {
        OneTimeNotice n = notice();
        OneTimeNotice odd = new OneTimeNotice(n.id(), n.siteId(), n.caseId(), n.caseNumber(), n.visit(), n.serviceCode(), n.items(),
                n.staffNumber(), n.staffName(), n.windowNumber(), n.issuedAt(), null, "\uD83D\uDE00", "");
        NoticeText text = NoticeText.of(odd, "示范厅", "税务登记", ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE);
        HallException e = assertThrows(HallException.class, () -> pdf().render(text, PROGRESS));
        assertTrue(e.getMessage().contains("U+1F600"), e.getMessage());
    }
}
