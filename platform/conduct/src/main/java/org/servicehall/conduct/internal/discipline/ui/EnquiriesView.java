package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.conduct.Enquiries;
import org.servicehall.conduct.Enquiry;
import org.servicehall.conduct.EnquiryDraft;
import org.servicehall.conduct.EnquiryHandOver;
import org.servicehall.conduct.EnquiryStatus;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * C7 first-contact responsibility (首问负责制): open an enquiry at one's window, hand it over
 * formally, answer it; the selected enquiry shows its whole hand-over history.
 */
public final class EnquiriesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Enquiries enquiries;
    private final transient SiteService sites;
    private final transient Clock clock;
    private final SitePicker picker;
    private final ComboBox<EnquiryStatus> status = new ComboBox<>();
    private final Grid<Enquiry> grid = new Grid<>();
    private final ComboBox<Integer> window;
    private final ComboBox<String> staff;
    private final TextField citizen = new TextField();
    private final TextArea question = new TextArea();
    private final Paragraph selectedText = new Paragraph();
    private final Grid<EnquiryHandOver> history = new Grid<>();
    private final ComboBox<Integer> toWindow;
    private final ComboBox<String> toStaff;
    private final TextField handOverNote = new TextField();
    private final TextArea answer = new TextArea();

    public EnquiriesView(Enquiries enquiries, SiteService sites, Clock clock) {
        this.enquiries = enquiries;
        this.sites = sites;
        this.clock = clock;
        setId("enquiries");
        picker = new SitePicker(sites, s -> refresh());
        status.setId("enquiries-status");
        status.setLabel(getTranslation("discipline.status"));
        status.setItems(EnquiryStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("discipline.enquiry." + s));
        status.setValue(EnquiryStatus.OPEN);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> showList());

        grid.setId("enquiries-grid");
        grid.addColumn(e -> Ui.time(e.openedAt(), Ui.clock(sites, picker.getValue(), clock))).setHeader(getTranslation("discipline.time")).setAutoWidth(true);
        grid.addColumn(e -> e.firstWindow() + " / " + e.firstStaff()).setHeader(getTranslation("discipline.enquiry.first"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.ownerWindow() + " / " + e.ownerStaff()).setHeader(getTranslation("discipline.enquiry.owner"))
                .setAutoWidth(true);
        grid.addColumn(Enquiry::citizen).setHeader(getTranslation("discipline.enquiry.citizen")).setAutoWidth(true);
        grid.addColumn(Enquiry::question).setHeader(getTranslation("discipline.enquiry.question")).setFlexGrow(1);
        grid.addColumn(e -> e.handOvers().size()).setHeader(getTranslation("discipline.enquiry.handOvers")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("discipline.enquiry." + e.status())).setHeader(getTranslation("discipline.status"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showSelected(e.getValue()));

        selectedText.setId("enquiry-selected");
        history.setId("enquiry-history");
        history.addColumn(h -> Ui.time(h.at(), Ui.clock(sites, picker.getValue(), clock))).setHeader(getTranslation("discipline.time")).setAutoWidth(true);
        history.addColumn(h -> h.fromWindow() + " / " + h.fromStaff()).setHeader(getTranslation("discipline.enquiry.from"))
                .setAutoWidth(true);
        history.addColumn(h -> h.toWindow() + " / " + h.toStaff()).setHeader(getTranslation("discipline.enquiry.to")).setAutoWidth(true);
        history.addColumn(EnquiryHandOver::note).setHeader(getTranslation("discipline.note")).setFlexGrow(1);
        history.addColumn(EnquiryHandOver::handedBy).setHeader(getTranslation("discipline.by")).setAutoWidth(true);
        history.setAllRowsVisible(true);

        toWindow = Ui.windowBox("handover-window", getTranslation("discipline.enquiry.toWindow"));
        toStaff = Ui.staffBox("handover-staff", getTranslation("discipline.enquiry.toStaff"));
        handOverNote.setId("handover-note");
        handOverNote.setLabel(getTranslation("discipline.note"));
        Button handOver = new Button(getTranslation("discipline.enquiry.handOver"), e -> handOver());
        handOver.setId("enquiry-hand-over");
        HorizontalLayout handOverRow = new HorizontalLayout(toWindow, toStaff, handOverNote, handOver);
        handOverRow.setAlignItems(Alignment.BASELINE);
        answer.setId("enquiry-answer-text");
        answer.setLabel(getTranslation("discipline.enquiry.answer"));
        answer.setWidth("100%");
        Button answerButton = new Button(getTranslation("discipline.enquiry.answerAndClose"), e -> answer());
        answerButton.setId("enquiry-answer");
        answerButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        window = Ui.windowBox("enquiry-window", getTranslation("discipline.window"));
        staff = Ui.staffBox("enquiry-staff", getTranslation("discipline.staff"));
        citizen.setId("enquiry-citizen");
        citizen.setLabel(getTranslation("discipline.enquiry.citizen"));
        question.setId("enquiry-question");
        question.setLabel(getTranslation("discipline.enquiry.question"));
        Button open = new Button(getTranslation("discipline.enquiry.open"), e -> open());
        open.setId("enquiry-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("discipline.enquiries.title")), picker, new H3(getTranslation("discipline.enquiry.new")),
                new FormLayout(window, staff, citizen, question), open, status, grid, selectedText, history, handOverRow, answer,
                answerButton);
        refresh();
    }

    private void refresh() {
        Site site = picker.getValue();
        Ui.fill(sites, site, window, staff);
        Ui.fill(sites, site, toWindow, toStaff);
        staff.setValue(Ui.ownNumber(sites, site).orElse(null));
        citizen.clear();
        question.clear();
        showList();
    }

    private void showList() {
        Site site = picker.getValue();
        grid.setItems(site == null ? List.of() : enquiries.enquiries(site.id(), status.getValue()));
        showSelected(null);
    }

    private void showSelected(Enquiry e) {
        selectedText.setText(e == null ? getTranslation("discipline.enquiry.none")
                : e.question() + (e.answer() == null ? "" : " → " + e.answer()));
        history.setItems(e == null ? List.of() : e.handOvers());
        toWindow.clear();
        toStaff.clear();
        handOverNote.clear();
        answer.clear();
    }

    private Enquiry selected() {
        Enquiry e = grid.asSingleSelect().getValue();
        if (e == null) {
            throw new HallException(getTranslation("discipline.selectRow"));
        }
        return e;
    }

    private void open() {
        if (Console.attempt(() -> enquiries.openEnquiry(Console.actor(), Ui.require(picker.getValue(), this).id(),
                new EnquiryDraft(window.getValue() == null ? 0 : window.getValue(), staff.getValue(), citizen.getValue(),
                        question.getValue())),
                Map.of("windowNumber", window, "staffNumber", staff, "citizen", citizen, "question", question))) {
            Console.success(getTranslation("discipline.enquiry.opened"));
            refresh();
        }
    }

    private void handOver() {
        if (Console.attempt(() -> enquiries.handOverEnquiry(Console.actor(), selected().id(),
                toWindow.getValue() == null ? 0 : toWindow.getValue(), toStaff.getValue(), handOverNote.getValue()),
                Map.of("toWindow", toWindow, "toStaff", toStaff, "note", handOverNote))) {
            Console.success(getTranslation("discipline.enquiry.handedOver"));
            showList();
        }
    }

    private void answer() {
        if (Console.attempt(() -> enquiries.answerEnquiry(Console.actor(), selected().id(), answer.getValue()),
                Map.of("answer", answer))) {
            Console.success(getTranslation("discipline.enquiry.answered"));
            showList();
        }
    }
}
