package org.servicehall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The hall's QR codes (Q1 on tickets, T4 on notices) read back by an independent decoder (zxing). */
class QrCodesTest {

    /** Rasterises the modules (8 px each) and reads them back with an independent decoder. */
    private static String decode(boolean[][] modules) throws Exception {
        int scale = 8;
        BufferedImage img = new BufferedImage(modules.length * scale, modules.length * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, modules[y / scale][x / scale] ? 0x000000 : 0xFFFFFF);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img)))).getText();
    }

    @Test
    void thePrintedCodeLeadsAPhoneToTheTicketsStatusPage_Q1() throws Exception {
        String url = "http://hall.example.cn:8080/api/v1/queue/follow/DEMO/TI003";
        assertEquals(url, decode(QrCodes.modules(url)));
    }

    @Test
    void theSvgDrawsEveryDarkModuleInsideAQuietZone_Q1() {
        boolean[][] m = QrCodes.modules("https://x.cn/a");
        for (int i = 0; i < m.length; i++) {
            for (int q = 0; q < 4; q++) {
                assertTrue(!m[q][i] && !m[i][q] && !m[m.length - 1 - q][i] && !m[i][m.length - 1 - q], "quiet zone at " + i);
            }
        }
        long dark = Arrays.stream(m).mapToLong(r -> { long c = 0; for (boolean b : r) { c += b ? 1 : 0; } return c; }).sum();
        String svg = QrCodes.svg("https://x.cn/a");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.length + " " + m.length + "\""), svg);
        assertEquals(dark, svg.split("h1v1h-1z", -1).length - 1);
        String url = QrCodes.svgDataUrl("https://x.cn/a");
        assertTrue(url.startsWith("data:image/svg+xml;base64,"), url);
        assertEquals(svg, new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8));
    }

    @Test
    void aNoticesCodeLeadsThePhoneToTheCasesProgressPage_T4() throws Exception {
        String url = "https://hall.example.cn/api/v1/casework/progress/DEMO/2026-000042?code=7Q4K";
        assertEquals(url, decode(QrCodes.modules(url)));
    }
}
