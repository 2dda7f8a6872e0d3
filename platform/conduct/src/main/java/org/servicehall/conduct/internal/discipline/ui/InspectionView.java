package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.Post;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.Inspection;
import org.servicehall.conduct.InspectionDraft;
import org.servicehall.conduct.InspectionSlot;
import org.servicehall.conduct.Inspections;
import org.servicehall.conduct.ViolationFinding;
import org.servicehall.conduct.internal.discipline.DisciplineRules;
import org.servicehall.conduct.internal.discipline.InspectionPlanner;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * C4 on a tablet: tap the window (the staff member signed in there is prefilled when attendance
 * runs), pick the rules broken (none for a clean check), add a note and a photo, save. Below, the
 * week's random inspection plan and today's inspections.
 */
public final class InspectionView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final String BIG = "4em";

    private final transient Inspections inspections;
    private final transient SiteService sites;
    private final transient Clock clock;
    private final transient Supplier<AttendancePosts> attendance;
    private final transient Supplier<ConductCatalogue> catalogue;
    private final SitePicker picker;
    private final FlexLayout windowButtons = new FlexLayout();
    private final Span chosenWindow = new Span();
    private final ComboBox<String> staff;
    private final MultiSelectComboBox<String> rules = new MultiSelectComboBox<>();
    private final TextArea note = new TextArea();
    private final Span photoState = new Span();
    private final Grid<Inspection> recent = new Grid<>();
    private final TextField week = new TextField();
    private final IntegerField count = new IntegerField();
    private final IntegerField seed = new IntegerField();
    private final Grid<InspectionSlot> plan = new Grid<>();
    private Integer window;
    private Long slotId;
    private volatile byte[] photo;

    public InspectionView(Inspections inspections, SiteService sites, Clock clock, Supplier<AttendancePosts> attendance,
            Supplier<ConductCatalogue> catalogue) {
        this.inspections = inspections;
        this.sites = sites;
        this.clock = clock;
        this.attendance = attendance;
        this.catalogue = catalogue;
        setId("inspection");
        picker = new SitePicker(sites, s -> refresh());
        staff = Ui.staffBox("inspection-staff", getTranslation("discipline.staff"));
        staff.setWidth("20em");
        windowButtons.setId("inspection-windows");
        windowButtons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        windowButtons.getStyle().set("gap", "0.75em");
        chosenWindow.setId("inspection-window");

        rules.setId("inspection-rules");
        rules.setLabel(getTranslation("discipline.rules"));
        rules.setHelperText(getTranslation("discipline.rules.help"));
        rules.setAllowCustomValue(true);
        rules.addCustomValueSetListener(e -> {
            Set<String> now = new LinkedHashSet<>(rules.getValue());
            now.add(e.getDetail().trim());
            rules.setItems(merge(rules.getListDataView().getItems().toList(), e.getDetail().trim()));
            rules.setValue(now);
        });
        rules.setWidth("100%");
        note.setId("inspection-note");
        note.setLabel(getTranslation("discipline.note"));
        note.setWidth("100%");

        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> {
            UI ui = UI.getCurrent();
            photo = data;
            if (ui != null) {
                ui.access(() -> photoState.setText(getTranslation("discipline.photo.attached", meta.fileName(), data.length / 1024)));
            }
        }));
        upload.setId("inspection-photo");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DisciplineRules.MAX_PHOTO_BYTES);
        upload.setDropLabel(new Span(getTranslation("discipline.photo.drop")));
        photoState.setId("inspection-photo-state");

        Button save = new Button(getTranslation("discipline.inspection.save"), e -> save());
        save.setId("inspection-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setHeight(BIG);
        save.setMinWidth("12em");
        Button clear = new Button(getTranslation("discipline.inspection.clear"), e -> clearForm());
        clear.setId("inspection-clear");
        clear.setHeight(BIG);

        recent.setId("inspections-grid");
        recent.addColumn(i -> Ui.time(i.at(), Ui.clock(sites, picker.getValue(), clock))).setHeader(getTranslation("discipline.time")).setAutoWidth(true);
        recent.addColumn(Inspection::windowNumber).setHeader(getTranslation("discipline.window")).setAutoWidth(true);
        recent.addColumn(Inspection::staffNumber).setHeader(getTranslation("discipline.staff")).setAutoWidth(true);
        recent.addColumn(i -> i.clean() ? getTranslation("discipline.inspection.clean")
                : String.join(", ", i.violations().stream().map(v -> v.ruleCode()).toList()))
                .setHeader(getTranslation("discipline.findings")).setFlexGrow(1);
        recent.addColumn(i -> i.photoType() == null ? "" : "📷").setHeader(getTranslation("discipline.photo")).setAutoWidth(true);
        recent.addColumn(Inspection::inspector).setHeader(getTranslation("discipline.inspector")).setAutoWidth(true);
        recent.setAllRowsVisible(true);

        week.setId("plan-week");
        week.setLabel(getTranslation("discipline.plan.week"));
        week.setValue(InspectionPlanner.weekOf(LocalDate.now(Ui.clock(sites, picker.getValue(), clock))));
        count.setId("plan-count");
        count.setLabel(getTranslation("discipline.plan.count"));
        count.setValue(5);
        count.setStepButtonsVisible(true);
        seed.setId("plan-seed");
        seed.setLabel(getTranslation("discipline.plan.seed"));
        seed.setValue(new Random().nextInt(100_000));
        Button draw = new Button(getTranslation("discipline.plan.draw"), e -> draw());
        draw.setId("plan-draw");
        Button show = new Button(getTranslation("discipline.plan.show"), e -> showPlan());
        show.setId("plan-show");
        plan.setId("plan-grid");
        plan.addColumn(s -> s.at().format(Ui.TIME)).setHeader(getTranslation("discipline.time")).setAutoWidth(true);
        plan.addColumn(s -> s.at().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()))
                .setHeader(getTranslation("discipline.plan.day")).setAutoWidth(true);
        plan.addColumn(InspectionSlot::windowNumber).setHeader(getTranslation("discipline.window")).setAutoWidth(true);
        plan.addColumn(s -> getTranslation(s.done() ? "discipline.plan.done" : "discipline.plan.open"))
                .setHeader(getTranslation("discipline.status")).setAutoWidth(true);
        plan.addComponentColumn(s -> {
            Button go = new Button(getTranslation("discipline.plan.carryOut"), e -> carryOut(s));
            go.setId("plan-carry-out-" + s.id());
            go.setEnabled(!s.done());
            return go;
        }).setAutoWidth(true);
        plan.setAllRowsVisible(true);

        add(new H2(getTranslation("discipline.inspection.title")), picker, new H3(getTranslation("discipline.inspection.pickWindow")),
                windowButtons, new HorizontalLayout(chosenWindow, staff), rules, note, upload, photoState,
                new HorizontalLayout(save, clear), new H3(getTranslation("discipline.inspection.today")), recent,
                new H3(getTranslation("discipline.plan.title")), new HorizontalLayout(week, count, seed),
                new HorizontalLayout(draw, show), plan);
        refresh();
    }

    private static List<String> merge(List<String> items, String extra) {
        List<String> all = new ArrayList<>(items);
        if (!all.contains(extra)) {
            all.add(extra);
        }
        return all;
    }

    private void refresh() {
        Site site = picker.getValue();
        windowButtons.removeAll();
        if (site != null) {
            for (Window w : sites.windows(site.id())) {
                Button b = new Button(w.number() + "", e -> choose(w.number()));
                b.setId("inspection-window-" + w.number());
                b.setWidth(BIG);
                b.setHeight(BIG);
                b.addThemeVariants(ButtonVariant.LUMO_LARGE);
                b.setTooltipText(w.name());
                windowButtons.add(b);
            }
        }
        Ui.fill(sites, site, null, staff);
        ConductCatalogue c = catalogue.get();
        List<String> codes = site == null || c == null ? List.of()
                : c.enabledRules(site.id()).stream().map(ConductRule::code).toList();
        rules.setItems(codes);
        if (c != null && site != null) {
            Map<String, ConductRule> byCode = new HashMap<>();
            c.enabledRules(site.id()).forEach(r -> byCode.put(r.code(), r));
            boolean zh = getLocale() != null && "zh".equals(getLocale().getLanguage());
            rules.setItemLabelGenerator(code -> Optional.ofNullable(byCode.get(code))
                    .map(r -> code + " " + shorten(zh ? r.textZh() : r.textEn())).orElse(code));
        }
        clearForm();
        showRecent();
        showPlan();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

    private void choose(int number) {
        window = number;
        chosenWindow.setText(getTranslation("discipline.inspection.window", number));
        windowButtons.getChildren().forEach(b -> ((Button) b).removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
        windowButtons.getChildren().filter(b -> b.getId().orElse("").equals("inspection-window-" + number)).findFirst()
                .ifPresent(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_PRIMARY));
        Site site = picker.getValue();
        AttendancePosts a = attendance.get();
        if (site != null && a != null) {
            try {
                a.post(site.id(), number).map(Post::record).map(r -> r.staffNumber()).ifPresent(staff::setValue);
            } catch (RuntimeException e) {
                // attendance is a help here, not a condition
            }
        }
    }

    private void carryOut(InspectionSlot slot) {
        choose(slot.windowNumber());
        slotId = slot.id();
        Console.success(getTranslation("discipline.plan.carrying", slot.at().format(Ui.TIME), slot.windowNumber()));
    }

    private void clearForm() {
        window = null;
        slotId = null;
        photo = null;
        chosenWindow.setText(getTranslation("discipline.inspection.noWindow"));
        staff.clear();
        rules.clear();
        note.clear();
        photoState.setText("");
        windowButtons.getChildren().forEach(b -> ((Button) b).removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
    }

    private void save() {
        Site site = picker.getValue();
        Inspection[] saved = new Inspection[1];
        Map<String, HasValidation> fields = Map.of("staffNumber", staff, "note", note);
        if (Console.attempt(() -> {
            Site s = Ui.require(site, this);
            List<ViolationFinding> findings = rules.getValue().stream().map(code -> new ViolationFinding(code, note.getValue()))
                    .toList();
            saved[0] = inspections.recordInspection(Console.actor(), s.id(), new InspectionDraft(window == null ? 0 : window,
                    staff.getValue(), null, note.getValue(), findings, photo, slotId));
        }, fields)) {
            Console.success(getTranslation(saved[0].clean() ? "discipline.inspection.savedClean" : "discipline.inspection.saved",
                    saved[0].violations().size()));
            clearForm();
            showRecent();
            showPlan();
        }
    }

    private void showRecent() {
        Site site = picker.getValue();
        LocalDate today = LocalDate.now(Ui.clock(sites, site, clock));
        recent.setItems(site == null ? List.of() : inspections.inspections(site.id(), today, today));
    }

    private void showPlan() {
        Site site = picker.getValue();
        if (site == null) {
            plan.setItems(List.of());
            return;
        }
        Console.attempt(() -> plan.setItems(inspections.inspectionPlan(site.id(), week.getValue())), Map.of("week", week));
    }

    private void draw() {
        Site site = picker.getValue();
        if (Console.attempt(() -> plan.setItems(inspections.planInspections(Console.actor(), Ui.require(site, this).id(),
                week.getValue(), count.getValue() == null ? 0 : count.getValue(), seed.getValue() == null ? 0 : seed.getValue())),
                Map.of("week", week, "count", count))) {
            Console.success(getTranslation("discipline.plan.drawn", week.getValue()));
        }
    }
}
