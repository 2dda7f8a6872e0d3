package org.servicehall.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR codes the hall prints and shows (a ticket's code to its status page, Q1; a one-time
 * notice's code to the case's progress page, T4): error correction level M, with the four-module
 * quiet zone readers need; as modules (to draw on a PDF), an SVG document (crisp on a receipt
 * printer at any size) or an SVG data URL (an image source on a screen).
 *
 * @since 1.5
 */
public final class QrCodes {
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The modules of the code for {@code text}, {@code [row][column]}, dark = true, quiet zone included. */
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

    /** The code as an SVG document: one module one unit, one path for all dark modules on white. */
    public static String svg(String text) {
        boolean[][] m = modules(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.length; y++) {
            for (int x = 0; x < m.length; x++) {
                if (m[y][x]) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.length + " " + m.length
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
                + "\" fill=\"#000\"/></svg>";
    }

    /** The {@link #svg(String) SVG} as a data URL, for an image's source. */
    public static String svgDataUrl(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }
}
