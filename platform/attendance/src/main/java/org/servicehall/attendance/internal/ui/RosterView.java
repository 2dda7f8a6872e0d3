package org.servicehall.attendance.internal.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.RosterChange;
import org.servicehall.attendance.Shift;
import org.servicehall.attendance.ShiftTemplate;
import org.servicehall.common.HallException;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/** A1: the weekly roster (who staffs which window on which weekday) and the changes of one day. */
public final class RosterView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient AttendanceRoster attendance;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<ShiftTemplate> templates = new Grid<>();
    private final ComboBox<Staff> staff = new ComboBox<>();
    private final ComboBox<DayOfWeek> day = new ComboBox<>();
    private final IntegerField window = new IntegerField();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final DatePicker date = new DatePicker();
    private final Grid<Shift> dayGrid = new Grid<>();
    private final ComboBox<Staff> changeStaff = new ComboBox<>();
    private final Checkbox dayOff = new Checkbox();
    private final IntegerField changeWindow = new IntegerField();
    private final TimePicker changeStart = new TimePicker();
    private final TimePicker changeEnd = new TimePicker();
    private final TextField note = new TextField();
    private final Grid<RosterChange> changes = new Grid<>();
    private transient Map<Long, Staff> staffById = Map.of();

    public RosterView(AttendanceRoster attendance, Clock clock, SiteService sites) {
        this.attendance = attendance;
        this.sites = sites;
        setId("roster");
        picker = new SitePicker(sites, s -> refresh());

        templates.setId("roster-templates");
        templates.addColumn(t -> t.day().getDisplayName(TextStyle.FULL, getLocale())).setHeader(getTranslation("roster.day")).setAutoWidth(true);
        templates.addColumn(t -> staffName(t.staffId())).setHeader(getTranslation("attendance.staff")).setFlexGrow(1);
        templates.addColumn(ShiftTemplate::windowNumber).setHeader(getTranslation("attendance.window")).setAutoWidth(true);
        templates.addColumn(t -> t.start() + "–" + t.end()).setHeader(getTranslation("attendance.shift")).setAutoWidth(true);
        templates.addComponentColumn(t -> {
            Button remove = new Button(getTranslation("roster.remove"), e -> {
                if (Console.attempt(() -> attendance.removeTemplate(Console.actor(), t.id()), Map.of())) {
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
        templates.setAllRowsVisible(true);
        staff.setLabel(getTranslation("attendance.staff"));
        staff.setId("roster-staff");
        staff.setItemLabelGenerator(s -> s.staffNumber() + " " + s.name());
        day.setLabel(getTranslation("roster.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        window.setLabel(getTranslation("attendance.window"));
        window.setId("roster-window");
        start.setLabel(getTranslation("roster.start"));
        start.setValue(LocalTime.of(9, 0));
        end.setLabel(getTranslation("roster.end"));
        end.setValue(LocalTime.of(17, 0));
        Button add = new Button(getTranslation("roster.add"), e -> addTemplate());
        add.setId("roster-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        date.setLabel(getTranslation("roster.date"));
        Site chosen = picker.getValue();
        date.setValue(chosen == null ? LocalDate.now(clock) : sites.today(chosen.id())); // the site's day (issue 12)
        date.addValueChangeListener(e -> refreshDay());
        dayGrid.setId("roster-day");
        dayGrid.addColumn(Shift::windowNumber).setHeader(getTranslation("attendance.window")).setAutoWidth(true);
        dayGrid.addColumn(s -> s.staffName() + " (" + s.staffNumber() + ")").setHeader(getTranslation("attendance.staff")).setFlexGrow(1);
        dayGrid.addColumn(s -> s.start() + "–" + s.end()).setHeader(getTranslation("attendance.shift")).setAutoWidth(true);
        dayGrid.setAllRowsVisible(true);
        changes.addColumn(c -> staffName(c.staffId())).setHeader(getTranslation("attendance.staff")).setFlexGrow(1);
        changes.addColumn(c -> c.dayOff() ? getTranslation("roster.dayOff") : c.windowNumber() + " · " + c.start() + "–" + c.end())
                .setHeader(getTranslation("roster.change")).setFlexGrow(1);
        changes.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("roster.note")).setFlexGrow(1);
        changes.addComponentColumn(c -> new Button(getTranslation("roster.remove"), e -> {
            if (Console.attempt(() -> attendance.removeChange(Console.actor(), c.id()), Map.of())) {
                refreshDay();
            }
        }));
        changes.setAllRowsVisible(true);
        changeStaff.setLabel(getTranslation("attendance.staff"));
        changeStaff.setItemLabelGenerator(s -> s.staffNumber() + " " + s.name());
        dayOff.setLabel(getTranslation("roster.dayOff"));
        dayOff.addValueChangeListener(e -> {
            changeWindow.setEnabled(!e.getValue());
            changeStart.setEnabled(!e.getValue());
            changeEnd.setEnabled(!e.getValue());
        });
        changeWindow.setLabel(getTranslation("attendance.window"));
        changeStart.setLabel(getTranslation("roster.start"));
        changeStart.setValue(LocalTime.of(9, 0));
        changeEnd.setLabel(getTranslation("roster.end"));
        changeEnd.setValue(LocalTime.of(17, 0));
        note.setLabel(getTranslation("roster.note"));
        Button setChange = new Button(getTranslation("roster.setChange"), e -> setChange());
        setChange.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("roster.title")), picker, new H3(getTranslation("roster.weekly")), templates,
                formRow(staff, day, window, start, end, add), new H3(getTranslation("roster.dayTitle")), date, dayGrid, changes,
                formRow(changeStaff, dayOff, changeWindow, changeStart, changeEnd, note, setChange));
        refresh();
    }

    private String staffName(long id) {
        Staff s = staffById.get(id);
        return s == null ? "#" + id : s.name() + " (" + s.staffNumber() + ")";
    }

    private Site site() {
        Site s = picker.getValue();
        if (s == null) {
            throw new HallException(getTranslation("site.choose"));
        }
        return s;
    }

    private void addTemplate() {
        if (Console.attempt(() -> attendance.addTemplate(Console.actor(), site().id(), staff.getValue() == null ? null : staff.getValue().staffNumber(),
                day.getValue(), window.getValue() == null ? 0 : window.getValue(), start.getValue(), end.getValue()),
                Map.of("staffNumber", staff, "day", day, "window", window, "start", start, "end", end))) {
            refresh();
        }
    }

    private void setChange() {
        boolean off = dayOff.getValue();
        if (Console.attempt(() -> attendance.setChange(Console.actor(), site().id(),
                changeStaff.getValue() == null ? null : changeStaff.getValue().staffNumber(), date.getValue(),
                off ? null : changeWindow.getValue(), off ? null : changeStart.getValue(), off ? null : changeEnd.getValue(), note.getValue()),
                Map.of("staffNumber", changeStaff, "window", changeWindow, "start", changeStart, "end", changeEnd, "note", note))) {
            refreshDay();
        }
    }

    private void refresh() {
        Site s = picker.getValue();
        List<Staff> all = s == null ? List.of() : sites.staff(s.id());
        staffById = all.stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        List<Staff> active = all.stream().filter(Staff::active).toList();
        staff.setItems(active);
        changeStaff.setItems(active);
        templates.setItems(s == null ? List.of() : attendance.templates(s.id()));
        refreshDay();
    }

    private void refreshDay() {
        Site s = picker.getValue();
        LocalDate d = date.getValue();
        dayGrid.setItems(s == null || d == null ? List.of() : attendance.roster(s.id(), d));
        changes.setItems(s == null || d == null ? List.of() : attendance.changes(s.id(), d, d));
    }

    /** A row of fields that wraps onto the next line on narrow screens instead of running off the right edge. */
    private static HorizontalLayout formRow(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setWrap(true);
        row.setAlignItems(Alignment.BASELINE);
        row.setWidthFull();
        return row;
    }
}
