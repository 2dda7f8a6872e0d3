package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Gifts;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** C6 gift register (礼品申报登记): staff declare and see their own declarations; supervisors see and review all. */
public final class GiftsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient Gifts gifts;
    private final transient SiteService sites;
    private final transient Clock clock;
    private final SitePicker picker;
    private final Grid<GiftDeclaration> grid = new Grid<>();
    private final ComboBox<String> staff;
    private final TextField item = new TextField();
    private final BigDecimalField value = new BigDecimalField();
    private final TextField giver = new TextField();
    private final DatePicker receivedOn = new DatePicker();
    private final TextArea circumstances = new TextArea();
    private final TextField handedTo = new TextField();
    private final ComboBox<GiftStatus> outcome = new ComboBox<>();
    private final TextField reviewNote = new TextField();

    public GiftsView(Gifts gifts, SiteService sites, Clock clock) {
        this.gifts = gifts;
        this.sites = sites;
        this.clock = clock;
        setId("gifts");
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("gifts-grid");
        grid.addColumn(GiftDeclaration::receivedOn).setHeader(getTranslation("discipline.gift.receivedOn")).setAutoWidth(true);
        grid.addColumn(GiftDeclaration::staffNumber).setHeader(getTranslation("discipline.staff")).setAutoWidth(true);
        grid.addColumn(GiftDeclaration::item).setHeader(getTranslation("discipline.gift.item")).setFlexGrow(1);
        grid.addColumn(g -> g.estimatedValue().toPlainString()).setHeader(getTranslation("discipline.gift.value")).setAutoWidth(true);
        grid.addColumn(GiftDeclaration::giver).setHeader(getTranslation("discipline.gift.giver")).setFlexGrow(1);
        grid.addColumn(GiftDeclaration::handedTo).setHeader(getTranslation("discipline.gift.handedTo")).setAutoWidth(true);
        grid.addColumn(g -> getTranslation("discipline.gift." + g.status())).setHeader(getTranslation("discipline.status"))
                .setAutoWidth(true);
        grid.addColumn(g -> g.reviewNote() == null ? "" : g.reviewNote()).setHeader(getTranslation("discipline.note")).setFlexGrow(1);
        grid.setAllRowsVisible(true);

        staff = Ui.staffBox("gift-staff", getTranslation("discipline.staff"));
        item.setId("gift-item");
        item.setLabel(getTranslation("discipline.gift.item"));
        value.setId("gift-value");
        value.setLabel(getTranslation("discipline.gift.value"));
        giver.setId("gift-giver");
        giver.setLabel(getTranslation("discipline.gift.giver"));
        receivedOn.setId("gift-received");
        receivedOn.setLabel(getTranslation("discipline.gift.receivedOn"));
        circumstances.setId("gift-circumstances");
        circumstances.setLabel(getTranslation("discipline.gift.circumstances"));
        handedTo.setId("gift-handed-to");
        handedTo.setLabel(getTranslation("discipline.gift.handedTo"));
        Button declare = new Button(getTranslation("discipline.gift.declare"), e -> declare());
        declare.setId("gift-declare");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        outcome.setId("gift-outcome");
        outcome.setLabel(getTranslation("discipline.gift.outcome"));
        outcome.setItems(GiftStatus.ACCEPTED_INTO_CUSTODY, GiftStatus.RETURNED, GiftStatus.DONATED);
        outcome.setItemLabelGenerator(s -> getTranslation("discipline.gift." + s));
        reviewNote.setId("gift-review-note");
        reviewNote.setLabel(getTranslation("discipline.note"));
        Button review = new Button(getTranslation("discipline.gift.review"), e -> review());
        review.setId("gift-review");
        HorizontalLayout reviewRow = new HorizontalLayout(outcome, reviewNote, review);
        reviewRow.setAlignItems(Alignment.BASELINE);
        reviewRow.setVisible(Console.currentActor().map(a -> a.has(Role.SUPERVISOR)).orElse(false));

        add(new H2(getTranslation("discipline.gifts.title")), picker, grid, reviewRow,
                new H3(getTranslation("discipline.gift.new")),
                new FormLayout(staff, item, value, giver, receivedOn, handedTo, circumstances), declare);
        refresh();
    }

    private void refresh() {
        Site site = picker.getValue();
        Ui.fill(sites, site, null, staff);
        grid.setItems(site == null ? List.of() : gifts.gifts(Console.actor(), site.id()));
        staff.setValue(Ui.ownNumber(sites, site).orElse(null));
        item.clear();
        value.clear();
        giver.clear();
        receivedOn.setValue(LocalDate.now(Ui.clock(sites, site, clock)));
        circumstances.clear();
        handedTo.clear();
        outcome.clear();
        reviewNote.clear();
    }

    private void declare() {
        if (Console.attempt(() -> gifts.declareGift(Console.actor(), Ui.require(picker.getValue(), this).id(),
                new GiftDeclarationDraft(staff.getValue(), item.getValue(), value.getValue(), giver.getValue(), receivedOn.getValue(),
                        circumstances.getValue(), handedTo.getValue())),
                Map.of("staffNumber", staff, "item", item, "estimatedValue", value, "giver", giver, "receivedOn", receivedOn,
                        "circumstances", circumstances, "handedTo", handedTo))) {
            Console.success(getTranslation("discipline.gift.declared"));
            refresh();
        }
    }

    private void review() {
        if (Console.attempt(() -> {
            GiftDeclaration g = grid.asSingleSelect().getValue();
            if (g == null) {
                throw new HallException(getTranslation("discipline.selectRow"));
            }
            gifts.reviewGift(Console.actor(), g.id(), outcome.getValue(), reviewNote.getValue());
        }, Map.of("outcome", outcome, "note", reviewNote))) {
            Console.success(getTranslation("discipline.gift.reviewed"));
            refresh();
        }
    }
}
