package org.servicehall.casework.archive.internal.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.servicehall.casework.archive.Archive;
import org.servicehall.casework.archive.ArchiveKind;
import org.servicehall.casework.archive.ArchiveUpload;
import org.servicehall.casework.archive.ArchivedContent;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.common.HallException;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * T6 archive: a completed case's files with their SHA-256 and retention; upload (checked by size and
 * content on the server), a verified and logged read, who read a file (supervisors).
 */
public final class ArchiveView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient Archive archive;
    private final SitePicker picker;
    private final IntegerField caseId = new IntegerField();
    private final Grid<ArchivedFile> grid = new Grid<>();
    private final ComboBox<ArchiveKind> kind = new ComboBox<>();
    private final IntegerField years = new IntegerField();
    private final TextField purpose = new TextField();
    private final HorizontalLayout served = new HorizontalLayout();

    public ArchiveView(Archive archive, SiteService sites) {
        this.archive = archive;
        setId("archive");
        picker = new SitePicker(sites, s -> refresh());
        caseId.setId("archive-case");
        caseId.setLabel(getTranslation("casework.records.archive.case"));
        caseId.addValueChangeListener(e -> refresh());
        grid.setId("archive-grid");
        grid.addColumn(ArchivedFile::fileName).setHeader(getTranslation("casework.records.archive.file")).setFlexGrow(1);
        grid.addColumn(f -> getTranslation("casework.records.archive.kind." + f.kind())).setHeader(getTranslation("casework.records.archive.kind"))
                .setAutoWidth(true);
        grid.addColumn(ArchivedFile::contentType).setHeader(getTranslation("casework.records.archive.type")).setAutoWidth(true);
        grid.addColumn(f -> f.size() / 1024 + " KB").setHeader(getTranslation("casework.records.archive.size")).setAutoWidth(true);
        grid.addColumn(f -> f.sha256().substring(0, 16) + "…").setHeader("SHA-256").setAutoWidth(true);
        grid.addColumn(f -> TIME.format(f.archivedAt().atZone(zone()))).setHeader(getTranslation("casework.records.archive.at"))
                .setAutoWidth(true);
        grid.addColumn(ArchivedFile::retainUntil).setHeader(getTranslation("casework.records.archive.until")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        kind.setId("archive-kind");
        kind.setLabel(getTranslation("casework.records.archive.kind"));
        kind.setItems(ArchiveKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("casework.records.archive.kind." + k));
        kind.setValue(ArchiveKind.MATERIAL);
        years.setId("archive-years");
        years.setLabel(getTranslation("casework.records.archive.years"));
        years.setMin(1);
        years.setMax(100);
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> {
            UI ui = UI.getCurrent();
            try {
                archive.archive(Console.actor(), new ArchiveUpload(site().id(), caseNumber(), kind.getValue(), meta.fileName(),
                        years.getValue() == null ? 0 : years.getValue()), new ByteArrayInputStream(data));
                ui.access(() -> {
                    Console.success(getTranslation("casework.records.archive.archived", meta.fileName()));
                    refresh();
                });
            } catch (RuntimeException e) {
                ui.access(() -> Console.error(e));
            }
        }));
        upload.setId("archive-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, archive.maxUploadBytes()));
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");
        upload.setDropLabel(new Span(getTranslation("casework.records.archive.drop", archive.maxUploadBytes() / (1024 * 1024))));

        purpose.setId("archive-purpose");
        purpose.setLabel(getTranslation("casework.records.archive.purpose"));
        Button read = new Button(getTranslation("casework.records.archive.read"), e -> read());
        read.setId("archive-read");
        Button who = new Button(getTranslation("casework.records.archive.retrievals"), e -> retrievals());
        who.setId("archive-retrievals");
        who.setVisible(Console.currentActor().map(a -> a.has(Role.SUPERVISOR)).orElse(false));
        HorizontalLayout reading = new HorizontalLayout(purpose, read, who, served);
        reading.setAlignItems(Alignment.BASELINE);
        HorizontalLayout top = new HorizontalLayout(picker, caseId);
        top.setAlignItems(Alignment.BASELINE);
        HorizontalLayout options = new HorizontalLayout(kind, years);
        add(new H2(getTranslation("casework.records.menu.archive")), top, grid, reading, new H3(getTranslation("casework.records.archive.add")),
                options, upload);
    }

    private ZoneId zone() {
        Site s = picker.getValue();
        return s == null ? ZoneId.systemDefault() : s.zone();
    }

    private Site site() {
        Site s = picker.getValue();
        if (s == null) {
            throw new HallException(getTranslation("site.choose"));
        }
        return s;
    }

    private long caseNumber() {
        if (caseId.getValue() == null) {
            throw new HallException(getTranslation("casework.records.archive.chooseCase"));
        }
        return caseId.getValue();
    }

    private void refresh() {
        Site s = picker.getValue();
        grid.setItems(s == null || caseId.getValue() == null ? List.of() : archive.files(s.id(), caseId.getValue()));
        served.removeAll();
    }

    private ArchivedFile selected() {
        ArchivedFile f = grid.asSingleSelect().getValue();
        if (f == null) {
            throw new HallException(getTranslation("casework.records.selectRow"));
        }
        return f;
    }

    private void read() {
        served.removeAll();
        Console.attempt(() -> {
            ArchivedContent content = archive.read(Console.actor(), selected().id(), purpose.getValue());
            Anchor download = new Anchor(new StreamResource(content.file().fileName(), () -> new ByteArrayInputStream(content.data())),
                    getTranslation("casework.records.archive.download", content.file().fileName()));
            download.setId("archive-download");
            download.getElement().setAttribute("download", true);
            served.add(download);
        }, Map.of("purpose", purpose));
    }

    private void retrievals() {
        served.removeAll();
        Console.attempt(() -> archive.retrievals(Console.actor(), selected().id()).forEach(r -> served.add(new Span(
                TIME.format(r.at().atZone(zone())) + " " + r.actor() + " " + getTranslation("casework.records.archive.outcome." + r.outcome())))),
                Map.of());
    }
}
