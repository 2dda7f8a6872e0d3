package org.servicehall.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

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
        long dark = java.util.Arrays.stream(m).mapToLong(r -> { long c = 0; for (boolean b : r) { c += b ? 1 : 0; } return c; }).sum();
        String svg = QrCodes.svg("https://x.cn/a");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.length + " " + m.length + "\""), svg);
        assertEquals(dark, svg.split("h1v1h-1z", -1).length - 1);
    }
}
