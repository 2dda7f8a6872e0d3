package org.servicehall.queue.internal.ui;

import org.servicehall.queue.TicketReceipt;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * Q1: the ticket just taken, over the whole kiosk screen: number in large type, service, people
 * ahead, estimate, QR code of the status page, a print button and a countdown back to the start.
 * A tap anywhere but on the print button returns to the start; {@link #clear} leaves nothing of it.
 * Hidden by the {@code hidden} attribute, not {@code setVisible(false)}: Vaadin sends nothing of an
 * invisible component's children, so the last ticket's number stayed in the kiosk's page (hidden)
 * whenever the return to the start came from the server's countdown rather than a tap.
 */
final class TicketConfirmation extends Div {
    private static final long serialVersionUID = 1L;
    private Runnable done = () -> { };
    private Span countdown = new Span();
    private boolean showing;

    TicketConfirmation() {
        setId("kiosk-confirmation");
        addClassName("sh-confirm");
        getElement().setAttribute("hidden", true);
        addClickListener(e -> done.run());
    }

    void onDone(Runnable action) {
        done = action;
    }

    boolean isShowing() {
        return showing;
    }

    void show(TicketReceipt r, String priority, String ahead, String wait, String qrDataUrl, String address, Component texts) {
        removeAll();
        Span title = new Span(texts.getTranslation("kiosk.confirm.title"));
        title.addClassName("sh-confirm-title");
        Span number = new Span(r.ticket().number());
        number.setId("kiosk-ticket-number");
        number.addClassName("sh-confirm-number");
        Span service = new Span(r.serviceName());
        service.setId("kiosk-ticket-service");
        service.addClassName("sh-confirm-service");
        Div facts = new Div();
        facts.addClassName("sh-confirm-facts");
        if (priority != null) {
            facts.add(fact(priority, "kiosk-ticket-priority"));
        }
        facts.add(fact(ahead, "kiosk-ticket-ahead"));
        if (wait != null) {
            facts.add(fact(wait, "kiosk-ticket-wait"));
        }
        Image qr = new Image(qrDataUrl, texts.getTranslation("kiosk.qr"));
        qr.setId("kiosk-qr");
        qr.addClassName("sh-confirm-qr");
        Anchor link = new Anchor(address, address);
        link.setId("kiosk-follow");
        link.addClassName("sh-confirm-link");
        Div scan = new Div(qr, new Div(new Span(texts.getTranslation("kiosk.qr")), link));
        scan.addClassName("sh-confirm-scan");
        NativeButton print = new NativeButton(texts.getTranslation("kiosk.print"));
        print.setId("kiosk-print");
        print.addClassName("sh-confirm-print");
        // printing is done in the browser (the slip alone, kiosk.css); the tap does not also close the ticket
        print.getElement().setAttribute("onclick", "event.stopPropagation(); window.print();");
        NativeButton finish = new NativeButton(texts.getTranslation("kiosk.confirm.done"));
        finish.setId("kiosk-done");
        finish.addClassName("sh-confirm-done");
        countdown = new Span();
        countdown.setId("kiosk-countdown");
        countdown.addClassName("sh-confirm-countdown");
        Div actions = new Div(print, finish);
        actions.addClassName("sh-confirm-actions");
        Div card = new Div(title, number, service, facts, scan, actions, countdown);
        card.addClassName("sh-confirm-card");
        add(card);
        showing = true;
        getElement().removeAttribute("hidden");
    }

    /** The seconds left before the kiosk returns to the start, in words. */
    void countdown(String text) {
        countdown.setText(text);
    }

    void clear() {
        removeAll();
        showing = false;
        getElement().setAttribute("hidden", true);
    }

    private static Span fact(String text, String id) {
        Span s = new Span(text);
        s.setId(id);
        return s;
    }
}
