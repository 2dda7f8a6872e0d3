package ${package}.internal;

import java.time.Clock;

import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.CatalogueScreen;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The sector's service items for the site picked, with their time limits (T1) and due dates (T2). */
public final class SectorView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public SectorView(SiteService sites, ServiceCatalogue catalogue, Clock clock) {
        setId("${sector}-catalogue");
        add(new H2(getTranslation("${sector}.title")), new Paragraph(getTranslation("${sector}.intro")),
                new CatalogueScreen(Sector.NAME, sites, catalogue, clock));
    }
}
