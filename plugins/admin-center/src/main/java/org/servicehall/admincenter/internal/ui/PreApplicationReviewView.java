package org.servicehall.admincenter.internal.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.admincenter.internal.PreApplication;
import org.servicehall.admincenter.internal.PreApplicationFile;
import org.servicehall.admincenter.internal.PreApplications;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * AC3: the staff's pre-check of online pre-applications — the attached files by material, the
 * materials found in order ticked, and one answer: a one-time notice of all that is missing, or an
 * invitation to book a visit.
 */
public final class PreApplicationReviewView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient PreApplications preapps;
    private final SitePicker picker;
    private final Grid<PreApplication> grid = new Grid<>();
    private final Paragraph files = new Paragraph();
    private final CheckboxGroup<ChecklistItem> present = new CheckboxGroup<>();
    private final TextField note = new TextField();

    public PreApplicationReviewView(PreApplications preapps, SiteService sites, ServiceCatalogue catalogue) {
        this.preapps = preapps;
        setId("admin-center-preapps");
        picker = new SitePicker(sites, s -> refresh());
        grid.setId("ac-preapps");
        grid.addColumn(PreApplication::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(p -> catalogue.item(p.serviceCode()).map(i -> i.name(getLocale())).orElse(p.serviceCode()))
                .setHeader(getTranslation("admincenter.field.serviceCode")).setAutoWidth(true);
        grid.addColumn(PreApplication::applicantName).setHeader(getTranslation("admincenter.field.applicantName")).setAutoWidth(true);
        grid.addColumn(PreApplication::maskedPhone).setHeader(getTranslation("admincenter.field.applicantPhone")).setAutoWidth(true);
        grid.addColumn(p -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(sites.site(p.siteId()).zone()).format(p.submittedAt())).setHeader(getTranslation("admincenter.ui.submittedAt")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        present.setId("ac-preapp-present");
        present.setLabel(getTranslation("admincenter.ui.present"));
        present.setItemLabelGenerator(m -> m.name().in(getLocale()) + (m.original() ? " (" + getTranslation("admincenter.guide.original") + ")" : ""));
        note.setId("ac-preapp-note");
        note.setLabel(getTranslation("admincenter.field.note"));
        note.setWidth("28em");
        Button notice = new Button(getTranslation("admincenter.preapp.answerNotice"), e -> answer(true));
        notice.setId("ac-preapp-notice");
        Button invite = new Button(getTranslation("admincenter.preapp.answerInvite"), e -> answer(false));
        invite.setId("ac-preapp-invite");
        files.setId("ac-preapp-files");
        HorizontalLayout actions = new HorizontalLayout(note, notice, invite);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("admincenter.menu.preapps")), picker, grid, files, present, actions);
        refresh();
    }

    private void show(PreApplication p) {
        if (p == null) {
            files.setText("");
            present.setItems(List.<ChecklistItem>of());
            return;
        }
        List<PreApplicationFile> attached = preapps.files(p.id());
        List<ChecklistItem> materials = preapps.materials(p.siteId(), p.serviceCode());
        files.setText(getTranslation("admincenter.preapp.files") + ": " + (attached.isEmpty() ? "–"
                : attached.stream().map(f -> materials.stream().filter(m -> m.code().equals(f.materialCode())).map(m -> m.name().in(getLocale()))
                        .findFirst().orElse(f.materialCode()) + " · " + f.fileName() + " (" + f.contentType() + ", " + f.sizeBytes() + " B)")
                        .collect(Collectors.joining("; "))));
        present.setItems(materials);
        Set<String> withFiles = attached.stream().map(PreApplicationFile::materialCode).collect(Collectors.toSet());
        present.setValue(materials.stream().filter(m -> withFiles.contains(m.code())).collect(Collectors.toSet()));
    }

    private void answer(boolean notice) {
        PreApplication p = grid.asSingleSelect().getValue();
        if (p == null) {
            Console.success(getTranslation("admincenter.ui.pickPreapp"));
            return;
        }
        Set<String> codes = present.getValue().stream().map(ChecklistItem::code).collect(Collectors.toSet());
        if (Console.attempt(() -> {
            if (notice) {
                preapps.answerWithNotice(Console.actor(), p.id(), codes, note.getValue());
            } else {
                preapps.invite(Console.actor(), p.id(), codes, note.getValue());
            }
        }, Map.of("note", note))) {
            Console.success(getTranslation(notice ? "admincenter.preapp.status.NOTICE" : "admincenter.preapp.status.INVITED"));
            refresh();
        }
    }

    private void refresh() {
        Site s = picker.getValue();
        try {
            grid.setItems(s == null ? List.of() : preapps.list(Console.actor(), s.id(), PreApplication.Status.SUBMITTED));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }
}
