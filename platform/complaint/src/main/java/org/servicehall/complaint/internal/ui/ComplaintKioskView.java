package org.servicehall.complaint.internal.ui;

import java.util.List;

import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/** The complaint page of the hall's kiosk (public page {@code complain?site=DEMO}, P3); anonymous allowed. */
public final class ComplaintKioskView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final transient SiteService sites;
    private final H1 title = new H1();
    private final ComplaintForm form;

    public ComplaintKioskView(ComplaintWorkflow complaints, SiteService sites) {
        this.sites = sites;
        setId("complain-kiosk");
        setAlignItems(Alignment.CENTER);
        form = new ComplaintForm(complaints, ComplaintSource.KIOSK, "complain");
        add(title, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> code = event.getLocation().getQueryParameters().getParameters().getOrDefault("site", List.of());
        Site site = code.isEmpty() ? sites.sites().stream().findFirst().orElse(null) : sites.siteByCode(code.get(0)).orElse(null);
        title.setText(site == null ? "" : site.name() + " · " + getTranslation("complaint.kiosk.title"));
        form.setSite(site == null ? null : site.id());
    }
}
