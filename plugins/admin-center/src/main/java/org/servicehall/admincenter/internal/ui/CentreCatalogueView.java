package org.servicehall.admincenter.internal.ui;

import java.time.Clock;

import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.CatalogueScreen;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The centre's one-window acceptance items with their time-limit classes (AC1, AC2). */
public final class CentreCatalogueView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public CentreCatalogueView(SiteService sites, ServiceCatalogue catalogue, Clock clock) {
        setId("admin-center-catalogue");
        add(new H2(getTranslation("admincenter.title")), new Paragraph(getTranslation("admincenter.intro")),
                new CatalogueScreen(CentreScreens.SECTOR, sites, catalogue, clock));
    }
}
