package org.servicehall.queue.internal;

import io.nayuki.qrcodegen.QrCode;

/**
 * Q1: the QR code printed on a ticket, leading a phone to the ticket's status page. Drawn as SVG
 * (crisp on a receipt printer at any size), with the four-module quiet zone readers need.
 */
public final class QrCodes {
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
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

    /** The code as an SVG document, one path for all dark modules. */
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
}
