package org.servicehall.taxhall.internal;

import java.time.Clock;

import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.CatalogueScreen;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The tax hall's service items with their legal time limits (TX1) and its fee rule (TX2). */
public final class TaxCatalogueView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public TaxCatalogueView(SiteService sites, ServiceCatalogue catalogue, Clock clock) {
        setId("tax-hall-catalogue");
        Paragraph fees = new Paragraph(getTranslation("taxhall.fees"));
        fees.getStyle().set("font-weight", "bold");
        add(new H2(getTranslation("taxhall.title")), new Paragraph(getTranslation("taxhall.intro")),
                new CatalogueScreen(TaxHallViews.SECTOR, sites, catalogue, clock), fees);
    }
}
