package org.servicehall.queue.internal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/**
 * Q1: the printed ticket, laid out for an 80 mm thermal printer: hall, number, service, time,
 * people ahead, QR code and the full address of the ticket's status page. It sits directly in the
 * page body, hidden on screen; the kiosk's print rules (kiosk.css) print it alone, on one slip.
 */
final class TicketSlip extends Div {
    private static final long serialVersionUID = 1L;

    /** What one slip says, already in the kiosk's language. */
    record Content(String hall, String number, String service, String priority, String issued, String ahead, String estimate,
            String qrDataUrl, String qrAlt, String scan, String address, String watch) {
    }

    TicketSlip() {
        setId("kiosk-slip");
        addClassName("sh-slip");
    }

    void show(Content c) {
        removeAll();
        Span number = line("sh-slip-number", c.number());
        number.setId("kiosk-slip-number");
        Image qr = new Image(c.qrDataUrl(), c.qrAlt());
        qr.addClassName("sh-slip-qr");
        Span address = line("sh-slip-address", c.address());
        address.setId("kiosk-slip-address");
        add(line("sh-slip-hall", c.hall()), number, line("sh-slip-service", c.service()));
        if (c.priority() != null) {
            add(line("sh-slip-priority", c.priority()));
        }
        add(line("sh-slip-line", c.issued()), line("sh-slip-line", c.ahead()));
        if (c.estimate() != null) {
            add(line("sh-slip-line", c.estimate()));
        }
        add(qr, line("sh-slip-small", c.scan()), address, line("sh-slip-small", c.watch()));
    }

    /** Nothing of the last citizen's ticket stays in the page. */
    void clear() {
        removeAll();
    }

    private static Span line(String className, String text) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }
}
