package org.servicehall.complaint.internal.ui;

import java.util.Map;

import org.servicehall.complaint.Complaint;
import org.servicehall.complaint.ComplaintCategory;
import org.servicehall.complaint.ComplaintDraft;
import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.security.Actor;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The complaint form of the kiosk (public) and of the phone record (staff, with the staff number),
 * P3. Ids carry the given prefix ({@code complain-…} or {@code phone-complaint-…}).
 */
final class ComplaintForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient ComplaintWorkflow complaints;
    private final ComplaintSource source;
    private final ComboBox<ComplaintCategory> category = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final TextField ticket = new TextField();
    private final IntegerField window = new IntegerField();
    private final TextField staff = new TextField();
    private final Div result = new Div();
    private Long siteId;

    ComplaintForm(ComplaintWorkflow complaints, ComplaintSource source, String prefix) {
        this.complaints = complaints;
        this.source = source;
        boolean zh = getLocale() != null && "zh".equals(getLocale().getLanguage());
        category.setId(prefix + "-category");
        category.setLabel(getTranslation("complaint.category"));
        category.setItemLabelGenerator(c -> zh ? c.name() : c.nameEn());
        category.setItems(complaints.categories());
        text.setId(prefix + "-text");
        text.setLabel(getTranslation("complaint.text"));
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(2000);
        text.setWidth("36em");
        name.setId(prefix + "-name");
        name.setLabel(getTranslation("complaint.contactName"));
        phone.setId(prefix + "-phone");
        phone.setLabel(getTranslation("complaint.contactPhone"));
        ticket.setId(prefix + "-ticket");
        ticket.setLabel(getTranslation("complaint.ticketNumber"));
        window.setId(prefix + "-window");
        window.setLabel(getTranslation("complaint.windowNumber"));
        staff.setId(prefix + "-staff");
        staff.setLabel(getTranslation("complaint.staffNumber"));
        staff.setVisible(source == ComplaintSource.PHONE);
        Button submit = new Button(getTranslation("complaint.submit"), e -> submit());
        submit.setId(prefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        result.setId(prefix + "-result");
        add(category, text, ticket, window, staff, new Span(getTranslation("complaint.anonymousNote")), name, phone, submit, result);
    }

    void setSite(Long siteId) {
        this.siteId = siteId;
        category.setItems(complaints.categories());
    }

    private void submit() {
        if (siteId == null) {
            return;
        }
        Actor actor = Console.currentActor().orElse(ComplaintWorkflow.CITIZEN);
        Complaint[] saved = new Complaint[1];
        boolean ok = Console.attempt(() -> saved[0] = complaints.register(actor, siteId, ComplaintDraft.builder(source, text.getValue())
                .category(category.getValue() == null ? null : category.getValue().code()).contactName(name.getValue())
                .contactPhone(phone.getValue()).ticketNumber(ticket.getValue()).windowNumber(window.getValue()).staffNumber(staff.getValue())
                .build()),
                Map.of("text", text, "category", category, "contactName", name, "contactPhone", phone, "ticketNumber", ticket,
                        "windowNumber", window, "staffNumber", staff));
        if (ok) {
            result.setText(getTranslation("complaint.registered", saved[0].trackingNumber()));
            result.getElement().setAttribute("data-tracking", saved[0].trackingNumber());
            text.clear();
            name.clear();
            phone.clear();
            ticket.clear();
            window.clear();
            staff.clear();
            category.clear();
            // ready for the next citizen: an emptied required field is not an error yet
            text.setInvalid(false);
        }
    }
}
