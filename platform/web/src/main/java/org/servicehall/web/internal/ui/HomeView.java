package org.servicehall.web.internal.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.servicehall.security.Actor;
import org.servicehall.web.Console;
import org.servicehall.web.HomeFigure;
import org.servicehall.web.internal.FigureRegistry;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The console's start page (issue 12): the hall now for the signed-in role — waiting, open and
 * staffed windows, standing alerts, cases due — from the areas' {@code HomeFigures}, grouped by
 * area, refreshed every {@value #REFRESH_MS} ms while the page is open. A figure that needs doing
 * now stands out in red; each opens the screen with its details.
 */
public final class HomeView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int REFRESH_MS = 10_000;

    private final transient FigureRegistry figures;
    private final Div board = new Div();
    private Registration poll;

    private String roleName(org.servicehall.security.Role role) {
        return getTranslation(role.name().toLowerCase() + ".role");
    }

    public HomeView(FigureRegistry figures) {
        this.figures = figures;
        setId("home");
        Actor actor = Console.currentActor().orElseGet(Console::actor); // every site's roles, not the picked site's alone
        H2 welcome = new H2(getTranslation("home.welcome", actor.displayName()));
        welcome.getStyle().set("margin-bottom", "0");
        String separator = getTranslation("home.listSeparator");
        // S1: the roles held on every site, then those of each site ("DEMO: Staff")
        java.util.List<String> held = new java.util.ArrayList<>(actor.roles().stream().map(this::roleName).sorted().toList());
        actor.siteRoles().forEach((site, there) -> held.add(getTranslation("home.rolesAtSite", site,
                there.stream().map(this::roleName).sorted().collect(Collectors.joining(separator)))));
        Paragraph roles = new Paragraph(getTranslation("home.roles", String.join(separator, held)));
        roles.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        board.setId("home-figures");
        board.setWidthFull();
        add(welcome, roles, board);
        refresh();
    }

    private void refresh() {
        board.removeAll();
        List<HomeFigure> now = figures.figures(Console.actor());
        if (now.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.noFigures"));
            none.setId("home-no-figures");
            board.add(none);
            return;
        }
        Map<String, List<HomeFigure>> byGroup = new LinkedHashMap<>();
        now.forEach(f -> byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f));
        byGroup.forEach((group, list) -> {
            H3 title = new H3(getTranslation("menu.group." + group));
            title.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-l)");
            FlexLayout row = new FlexLayout();
            row.setId("home-group-" + group);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            list.forEach(f -> row.add(card(f)));
            board.add(title, row);
        });
    }

    private Div card(HomeFigure f) {
        Span value = new Span(String.format(getLocale(), "%,d", f.value()));
        value.addClassName("home-figure-value");
        value.getStyle().set("font-size", "2.6rem").set("font-weight", "700").set("line-height", "1.1").set("display", "block");
        Span label = new Span(getTranslation(f.labelKey()));
        label.getStyle().set("font-size", "var(--lumo-font-size-m)").set("display", "block");
        Div card = new Div(value, label);
        if (f.detailKey() != null) {
            Span detail = new Span(getTranslation(f.detailKey(), f.detailArgs().toArray()));
            detail.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                    .set("display", "block");
            card.add(detail);
        }
        card.setId("figure-" + f.id());
        card.getElement().setAttribute("data-tone", f.tone().name().toLowerCase());
        String[] colours = switch (f.tone()) {
        case ALERT -> new String[] { "var(--lumo-error-color)", "var(--lumo-error-color-10pct)" };
        case WARNING -> new String[] { "#b7791f", "rgba(237, 137, 54, 0.12)" };
        case GOOD -> new String[] { "var(--lumo-success-color)", "var(--lumo-success-color-10pct)" };
        default -> new String[] { "var(--lumo-contrast-30pct)", "var(--lumo-contrast-5pct)" };
        };
        card.getStyle().set("border-left", "6px solid " + colours[0]).set("background", colours[1])
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                .set("min-width", "11em");
        if (f.tone() == HomeFigure.Tone.ALERT) {
            value.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        if (f.link() == null) {
            return card;
        }
        Anchor open = new Anchor("/" + f.link(), card);
        open.getStyle().set("color", "inherit").set("text-decoration", "none");
        Div wrapper = new Div(open);
        wrapper.setId("figure-link-" + f.id());
        return wrapper;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ui.setPollInterval(REFRESH_MS);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
