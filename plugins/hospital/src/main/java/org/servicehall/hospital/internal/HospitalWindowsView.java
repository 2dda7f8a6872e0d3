package org.servicehall.hospital.internal;

import java.time.Clock;
import java.util.List;

import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.CatalogueScreen;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Hospital windows (H1-H5) with the laboratory's turnaround limits (H4). */
public final class HospitalWindowsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** One laboratory turnaround limit (H4): message keys of the test group and its limit. */
    record LabLimit(String test, String limit) {
    }

    static final List<LabLimit> LAB_LIMITS = List.of(
            new LabLimit("hospital.lab.routine", "hospital.lab.routine.limit"),
            new LabLimit("hospital.lab.biochem", "hospital.lab.biochem.limit"),
            new LabLimit("hospital.lab.bacteria", "hospital.lab.bacteria.limit"),
            new LabLimit("hospital.lab.special", "hospital.lab.special.limit"),
            new LabLimit("hospital.lab.emergency", "hospital.lab.emergency.limit"));

    public HospitalWindowsView(SiteService sites, ServiceCatalogue catalogue, Clock clock) {
        setId("hospital-catalogue");
        Grid<LabLimit> lab = new Grid<>();
        lab.setId("hospital-lab-limits");
        lab.addColumn(l -> getTranslation(l.test())).setHeader(getTranslation("hospital.lab.test")).setFlexGrow(2);
        lab.addColumn(l -> getTranslation(l.limit())).setHeader(getTranslation("hospital.lab.limit")).setFlexGrow(1);
        lab.setItems(LAB_LIMITS);
        lab.setAllRowsVisible(true);
        add(new H2(getTranslation("hospital.title")), new Paragraph(getTranslation("hospital.intro")),
                new CatalogueScreen(HospitalViews.SECTOR, sites, catalogue, clock),
                new H3(getTranslation("hospital.lab.title")), lab);
    }
}
