package org.servicehall.queue.internal.ui;

import org.servicehall.web.QrCodes;

import com.vaadin.flow.server.VaadinRequest;

/**
 * Q1: the full address of a ticket's light status page, as a phone reaches it, and its QR code: the
 * scheme and host the kiosk itself was opened with (a proxy in front sets X-Forwarded-Proto and
 * X-Forwarded-Host), never a bare path a phone cannot open.
 */
final class FollowAddress {
    private FollowAddress() {
    }

    static String of(String siteCode, String number) {
        return origin() + "/api/v1/queue/follow/" + siteCode + "/" + number;
    }

    /** A path under the hall's host made a full address as the kiosk was opened with; a full address as it is. */
    static String absolute(String link) {
        return link.startsWith("/") ? origin() + link : link;
    }

    /** The QR code of the address as an image source. */
    static String qrDataUrl(String address) {
        return QrCodes.svgDataUrl(address);
    }

    private static String origin() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        String host = request.getHeader("X-Forwarded-Host");
        if (host == null || host.isBlank()) {
            host = request.getHeader("Host");
        }
        if (proto == null || proto.isBlank()) {
            proto = request.isSecure() ? "https" : "http";
        }
        return host == null ? "" : proto + "://" + host.trim();
    }
}
