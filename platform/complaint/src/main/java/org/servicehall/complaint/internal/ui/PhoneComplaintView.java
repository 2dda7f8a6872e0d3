package org.servicehall.complaint.internal.ui;

import org.servicehall.complaint.ComplaintSource;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Staff record a complaint received by phone (P3). */
public final class PhoneComplaintView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public PhoneComplaintView(ComplaintWorkflow complaints, SiteService sites) {
        setId("phone-complaint");
        ComplaintForm form = new ComplaintForm(complaints, ComplaintSource.PHONE, "phone-complaint");
        SitePicker picker = new SitePicker(sites, s -> form.setSite(s == null ? null : s.id()));
        form.setSite(picker.getValue() == null ? null : picker.getValue().id());
        add(new H2(getTranslation("complaint.phone.title")), picker, form);
    }
}
