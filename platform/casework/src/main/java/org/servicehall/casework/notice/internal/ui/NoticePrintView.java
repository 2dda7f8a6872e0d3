package org.servicehall.casework.notice.internal.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.OneTimeNotices;
import org.servicehall.casework.notice.internal.NoticeLinks;
import org.servicehall.casework.notice.internal.NoticeText;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.Console;
import org.servicehall.web.QrCodes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResource;

/**
 * T4 at the counter: a one-time notice laid out for printing on A4 (the hall's name, the case
 * number, the date, the staff number, the QR code to the case's progress page), printed with the
 * browser (the console's frame and the buttons are left off the paper), and the PDF kept with the
 * case to download. Opened as {@code casework/notice?id=<notice>}.
 */
public final class NoticePrintView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private static final String PRINT_CSS = "<style>"
            + "#notice-sheet{max-width:190mm;background:#fff;color:#000;padding:12mm;border:1px solid var(--lumo-contrast-20pct);"
            + "font-size:12pt;line-height:1.6}"
            + "#notice-sheet h1{text-align:center;font-size:20pt;margin:0 0 6mm}"
            + "#notice-sheet .notice-item{margin:3mm 0}#notice-sheet .notice-detail{margin-left:7mm;font-size:11pt}"
            + "#notice-sheet .notice-footer{display:flex;justify-content:space-between;align-items:flex-end;margin-top:10mm}"
            + "@media print{@page{size:A4;margin:15mm}vaadin-app-layout::part(drawer),vaadin-app-layout::part(navbar){display:none}"
            + "body *{visibility:hidden}#notice-sheet,#notice-sheet *{visibility:visible}"
            + "#notice-sheet{position:absolute;left:0;top:0;border:none;padding:0;max-width:none;width:100%}.notice-no-print{display:none}}"
            + "</style>";

    private final transient OneTimeNotices notices;
    private final transient SiteService sites;
    private final transient NoticeLinks links;
    private final Div sheet = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final IntegerField number = new IntegerField();

    public NoticePrintView(OneTimeNotices notices, SiteService sites, NoticeLinks links) {
        this.notices = notices;
        this.sites = sites;
        this.links = links;
        setId("notice-print");
        sheet.setId("notice-sheet");
        number.setId("notice-number");
        number.setLabel(getTranslation("casework.records.notice.number"));
        number.setMin(1);
        Button open = new Button(getTranslation("casework.records.notice.open"), e -> {
            if (number.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("casework/notice", QueryParameters.of("id",
                        String.valueOf(number.getValue()))));
            }
        });
        open.setId("notice-open");
        HorizontalLayout find = new HorizontalLayout(number, open);
        find.setAlignItems(Alignment.BASELINE);
        find.addClassName("notice-no-print");
        actions.addClassName("notice-no-print");
        add(new Html(PRINT_CSS), find, actions, sheet);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> id = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of());
        sheet.removeAll();
        actions.removeAll();
        sheet.setVisible(false);
        if (id.isEmpty()) {
            return;
        }
        try {
            show(notices.notice(Long.parseLong(id.get(0))));
        } catch (NumberFormatException e) {
            Console.error(new IllegalArgumentException(getTranslation("casework.records.notice.badNumber", id.get(0))));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }

    private void show(OneTimeNotice n) {
        number.setValue((int) n.id());
        Site site = sites.site(n.siteId());
        // the applicant's document, worded as the PDF kept with the case; the buttons follow the console's language
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String service = sites.serviceItems(site.id()).stream().filter(i -> i.code().equals(n.serviceCode())).map(i -> i.name())
                .findFirst().orElse(n.serviceCode());
        NoticeText text = NoticeText.of(n, site.name(), service, site.zone(), locale);
        H1 title = new H1(text.title());
        sheet.add(new Div(new Span(site.name())), title, new Paragraph(text.intro()));
        for (List<String> item : text.items()) {
            Div block = new Div();
            block.addClassName("notice-item");
            block.add(new Div(new Span(item.get(0))));
            for (String detail : item.subList(1, item.size())) {
                Div d = new Div(new Span(detail));
                d.addClassName("notice-detail");
                block.add(d);
            }
            sheet.add(block);
        }
        text.closing().forEach(c -> sheet.add(new Paragraph(c)));
        Div lines = new Div();
        text.footer().forEach(f -> lines.add(new Div(new Span(f))));
        String url = links.progressUrl(site.code(), n.caseNumber());
        Image qr = new Image(QrCodes.svgDataUrl(url), text.progressLabel());
        qr.setId("notice-qr");
        qr.setWidth("30mm");
        qr.setHeight("30mm");
        Div code = new Div(qr, new Div(new Span(text.progressLabel())));
        code.getStyle().set("text-align", "center").set("font-size", "9pt");
        Div footer = new Div(lines, code);
        footer.addClassName("notice-footer");
        sheet.add(footer);
        sheet.setVisible(true);
        Button print = new Button(getTranslation("casework.records.notice.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("notice-print-button");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor pdf = new Anchor(new StreamResource("notice-" + n.id() + ".pdf", () -> new ByteArrayInputStream(notices.pdf(n.id()))),
                getTranslation("casework.records.notice.pdf"));
        pdf.setId("notice-pdf");
        pdf.getElement().setAttribute("download", true);
        actions.add(print, pdf);
    }
}
