package org.servicehall.queue.internal.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.internal.QueueRules.Step;
import org.servicehall.site.ServiceItem;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A3, Q6: the staff member leaves the post (or clocks out) with a ticket still called or served at
 * the window: the desk asks what happens to it first — put back in the queue with its issue time,
 * transferred to another service, or a no-show (enabled only when the recalls are done, by the
 * rule the service refuses with). The post is left once the ticket is settled; "stay" leaves both.
 */
final class LeavingDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final transient Runnable leave;

    LeavingDialog(TicketLifecycle tickets, Ticket ticket, Set<Step> allowed, int recallsBeforeNoShow, List<ServiceItem> services,
            Runnable leave) {
        this.leave = leave;
        setId("desk-leaving");
        setHeaderTitle(getTranslation("desk.leave.title", ticket.number()));
        Button putBack = button("desk-leaving-put-back", "desk.leave.putBack", ButtonVariant.LUMO_PRIMARY,
                () -> tickets.transfer(Console.actor(), ticket.id(), ticket.serviceCode(), null, null));
        putBack.setEnabled(allowed.contains(Step.TRANSFER));
        ComboBox<ServiceItem> to = new ComboBox<>();
        to.setId("desk-leaving-service");
        to.setItems(services);
        to.setItemLabelGenerator(i -> i.code() + " " + i.name());
        to.setPlaceholder(getTranslation("desk.transfer.service"));
        Button transfer = button("desk-leaving-transfer", "desk.leave.transfer", ButtonVariant.LUMO_CONTRAST,
                () -> tickets.transfer(Console.actor(), ticket.id(), to.getValue() == null ? null : to.getValue().code(), null, null));
        transfer.setEnabled(allowed.contains(Step.TRANSFER));
        Button noShow = button("desk-leaving-no-show", "desk.leave.noShow", ButtonVariant.LUMO_ERROR,
                () -> tickets.noShow(Console.actor(), ticket.id()));
        noShow.setEnabled(allowed.contains(Step.NO_SHOW));
        if (!allowed.contains(Step.NO_SHOW)) {
            noShow.setTooltipText(getTranslation("desk.leave.noShowNeeds", recallsBeforeNoShow));
        }
        Button stay = new Button(getTranslation("desk.leave.stay"), e -> close());
        stay.setId("desk-leaving-stay");
        HorizontalLayout transferRow = new HorizontalLayout(to, transfer);
        transferRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new VerticalLayout(new Paragraph(getTranslation("desk.leave.text", ticket.number())), putBack, transferRow, noShow));
        getFooter().add(stay);
    }

    private Button button(String id, String label, ButtonVariant variant, Runnable step) {
        Button b = new Button(getTranslation(label), e -> settle(step));
        b.setId(id);
        b.addThemeVariants(variant);
        return b;
    }

    /** The ticket's step, then the post is left; a refused step keeps the dialog open with the reason. */
    private void settle(Runnable step) {
        if (Console.attempt(step, Map.of())) {
            close();
            leave.run();
        }
    }
}
