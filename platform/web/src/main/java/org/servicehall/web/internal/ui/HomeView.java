package org.servicehall.web.internal.ui;

import java.util.stream.Collectors;

import org.servicehall.security.Actor;
import org.servicehall.web.Console;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;
import org.servicehall.web.internal.ViewRegistry;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The console's start page: who is signed in and the screens they may open. */
public final class HomeView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public HomeView(ViewRegistry registry) {
        setId("home");
        Actor actor = Console.actor();
        add(new H2(getTranslation("home.welcome", actor.displayName())));
        add(new Paragraph(getTranslation("home.roles", actor.roles().stream()
                .map(r -> getTranslation(r.name().toLowerCase() + ".role")).sorted().collect(Collectors.joining(", ")))));
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        for (ViewContribution view : registry.views()) {
            ViewInfo info = view.info();
            if (info.path().isEmpty() || info.isPublic() || !actor.has(info.requiredRole())) {
                continue;
            }
            Div card = new Div(new Anchor("/" + info.path(), getTranslation(info.titleKey())),
                    new Div(getTranslation(info.sector().equals("core") ? "sector.core" : "sector." + info.sector())));
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-m)").set("min-width", "14em");
            cards.add(card);
        }
        add(cards);
    }
}
