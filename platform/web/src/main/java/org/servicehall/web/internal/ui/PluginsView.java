package org.servicehall.web.internal.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.servicehall.common.Message;
import org.servicehall.common.PluginProblem;
import org.servicehall.web.Console;
import org.servicehall.web.internal.PluginManager;
import org.servicehall.web.internal.PluginManager.SectorFeature;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The Plugins page: sector features with version and state; install, uninstall and update them
 * while the platform runs, or upload a vendor's KAR archive. Problems of plugins' declarative
 * files are listed below.
 */
public final class PluginsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient PluginManager plugins;
    private final Grid<SectorFeature> grid = new Grid<>();
    private final Grid<PluginProblem> problems = new Grid<>();
    private final Span busy = new Span();

    public PluginsView(PluginManager plugins) {
        this.plugins = plugins;
        setId("plugins");
        setSizeFull();
        add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")));

        grid.setId("plugins-grid");
        grid.addColumn(SectorFeature::name).setHeader(getTranslation("plugins.name")).setAutoWidth(true);
        grid.addColumn(SectorFeature::version).setHeader(getTranslation("plugins.version")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation("plugins.state." + f.state())).setHeader(getTranslation("plugins.state")).setAutoWidth(true);
        grid.addColumn(SectorFeature::description).setHeader(getTranslation("plugins.description")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("plugins.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        busy.setId("plugins-busy");

        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> {
            UI ui = UI.getCurrent();
            CompletableFuture<String> done;
            try {
                done = plugins.installKar(Console.actor(), file, meta.fileName());
            } catch (RuntimeException e) {
                ui.access(() -> Console.error(e));
                return;
            }
            track(ui, done, "plugins.kar.installed");
        }));
        upload.setId("kar-upload");
        upload.setAcceptedFileTypes(".kar");
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setDropLabel(new Span(getTranslation("plugins.kar.drop")));

        problems.setId("plugin-problems");
        problems.addColumn(p -> p.source().toString()).setHeader(getTranslation("plugins.problem.plugin")).setAutoWidth(true);
        problems.addColumn(PluginProblem::folder).setHeader(getTranslation("plugins.problem.file")).setAutoWidth(true);
        problems.addColumn(PluginProblem::message).setHeader(getTranslation("plugins.problem.message")).setFlexGrow(1);
        problems.setAllRowsVisible(true);

        add(grid, busy, new H3(getTranslation("plugins.kar.title")), new Paragraph(getTranslation("plugins.kar.intro")), upload,
                new H3(getTranslation("plugins.problems")), problems);
        refresh();
    }

    private HorizontalLayout actions(SectorFeature f) {
        HorizontalLayout actions = new HorizontalLayout();
        String id = f.name();
        if (f.installed()) {
            Button uninstall = new Button(getTranslation("plugins.uninstall"), e -> confirmUninstall(f));
            uninstall.setId("uninstall-" + id);
            uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(uninstall);
            if (f.newerVersion() != null) {
                Button update = new Button(getTranslation("plugins.update", f.newerVersion()),
                        e -> start(plugins.update(Console.actor(), f.name()), "plugins.updated"));
                update.setId("update-" + id);
                update.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(update);
            }
        } else {
            Button install = new Button(getTranslation("plugins.install"),
                    e -> start(plugins.install(Console.actor(), f.name(), f.version()), "plugins.installed"));
            install.setId("install-" + id);
            install.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(install);
        }
        return actions;
    }

    /**
     * Issue 12: uninstalling asks first, saying what it does — the sector's screens and services go,
     * its data stays — and what the areas tell ({@code PluginImpact}): people waiting for its services.
     */
    private void confirmUninstall(SectorFeature f) {
        List<Message> consequences;
        try {
            consequences = plugins.consequencesOfUninstalling(f.name());
        } catch (RuntimeException e) {
            Console.error(e);
            return;
        }
        Locale reader = getLocale();
        Div text = new Div();
        text.setId("uninstall-consequences");
        text.add(new Paragraph(getTranslation("plugins.uninstall.what", f.name())));
        consequences.forEach(c -> {
            Paragraph p = new Paragraph(c.in(reader));
            p.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
            text.add(p);
        });
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("uninstall-dialog");
        dialog.setHeader(getTranslation("plugins.uninstall.title", f.name()));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("console.cancel"));
        Button confirm = new Button(getTranslation("plugins.uninstall"), e -> {
            dialog.close();
            start(plugins.uninstall(Console.actor(), f.name(), f.version()), "plugins.uninstalled");
        });
        confirm.setId("uninstall-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    private void start(CompletableFuture<String> operation, String successKey) {
        busy.setText(getTranslation("plugins.busy"));
        grid.setEnabled(false);
        track(UI.getCurrent(), operation, successKey);
    }

    private void track(UI ui, CompletableFuture<String> operation, String successKey) {
        operation.whenComplete((what, failure) -> ui.access(() -> {
            busy.setText("");
            grid.setEnabled(true);
            if (failure != null) {
                Console.error(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            } else {
                Console.success(getTranslation(successKey, what));
            }
            refresh();
        }));
    }

    private void refresh() {
        try {
            grid.setItems(plugins.sectors());
        } catch (RuntimeException e) {
            Console.error(e);
        }
        problems.setItems(plugins.problems());
    }
}
