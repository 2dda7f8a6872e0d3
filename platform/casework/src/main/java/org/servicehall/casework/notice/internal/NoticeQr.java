package org.servicehall.casework.notice.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.nayuki.qrcodegen.QrCode;

/**
 * T4: the QR code on a notice, leading the applicant's phone to the case's progress page; the same
 * library as the queue's printed tickets (qrcodegen), with the four-module quiet zone readers need.
 */
public final class NoticeQr {
    private static final int QUIET_ZONE = 4;

    private NoticeQr() {
    }

    /** The modules of the code for {@code text}, dark = true, quiet zone included. */
    public static boolean[][] modules(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        boolean[][] m = new boolean[size][size];
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                m[y + QUIET_ZONE][x + QUIET_ZONE] = qr.getModule(x, y);
            }
        }
        return m;
    }

    /** The code as an SVG data URL, for an image on the print page. */
    public static String svgDataUrl(String text) {
        boolean[][] m = modules(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.length; y++) {
            for (int x = 0; x < m.length; x++) {
                if (m[y][x]) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.length + " " + m.length
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
                + "\" fill=\"#000\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
