package org.servicehall.site.internal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.servicehall.site.CalendarDay;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The site's working-day calendar (T2): holidays and make-up working days, with a deadline
 * calculator that counts working days the way casework deadlines do.
 */
public final class CalendarView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient SiteService sites;
    private final transient Clock clock;
    private final SitePicker picker;
    private final Grid<CalendarDay> grid = new Grid<>();
    private final DatePicker date = new DatePicker();
    private final Select<CalendarDay.Kind> kind = new Select<>();
    private final TextField note = new TextField();
    private final DatePicker from = new DatePicker();
    private final IntegerField days = new IntegerField();
    private final Span due = new Span();

    public CalendarView(SiteService sites, Clock clock) {
        this.sites = sites;
        this.clock = clock;
        setId("calendar");
        picker = new SitePicker(sites, s -> refresh());
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")), picker);
        grid.setId("calendar-grid");
        grid.addColumn(CalendarDay::date).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("calendar.kind." + d.kind().name())).setHeader(getTranslation("calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(CalendarDay::note).setHeader(getTranslation("calendar.note")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                date.setValue(e.getValue().date());
                kind.setValue(e.getValue().kind());
                note.setValue(e.getValue().note() == null ? "" : e.getValue().note());
            }
        });
        date.setLabel(getTranslation("calendar.date"));
        date.setId("calendar-date");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(CalendarDay.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k.name()));
        kind.setValue(CalendarDay.Kind.HOLIDAY);
        note.setLabel(getTranslation("calendar.note"));
        Button save = new Button(getTranslation("form.save"), e -> save());
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("form.delete"), e -> remove());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);

        from.setLabel(getTranslation("calendar.from"));
        Site chosen = picker.getValue();
        from.setValue(chosen == null ? LocalDate.now(clock) : sites.today(chosen.id())); // the site's day (issue 12)
        days.setLabel(getTranslation("calendar.workingDays"));
        days.setValue(10);
        days.setMin(0);
        days.setMax(365);
        due.setId("calendar-due");
        from.addValueChangeListener(e -> compute());
        days.addValueChangeListener(e -> compute());
        add(grid, new FormLayout(date, kind, note), new HorizontalLayout(save, remove),
                new H3(getTranslation("calendar.calculator")), new HorizontalLayout(from, days), due);
        refresh();
    }

    private void save() {
        Site site = picker.getValue();
        if (site != null && Console.attempt(() -> sites.setCalendarDay(Console.actor(), site.id(),
                new CalendarDay(date.getValue(), kind.getValue(), note.getValue())), Map.of("date", date, "note", note))) {
            Console.success(getTranslation("form.saved", String.valueOf(date.getValue())));
            refresh();
        }
    }

    private void remove() {
        Site site = picker.getValue();
        if (site != null && date.getValue() != null
                && Console.attempt(() -> sites.removeCalendarDay(Console.actor(), site.id(), date.getValue()), Map.of())) {
            Console.success(getTranslation("form.deleted", String.valueOf(date.getValue())));
            refresh();
        }
    }

    private void compute() {
        Site site = picker.getValue();
        if (site == null || from.getValue() == null || days.getValue() == null || days.getValue() < 0) {
            due.setText("");
            return;
        }
        LocalDate result = sites.calendar(site.id()).addWorkingDays(from.getValue(), days.getValue());
        due.setText(getTranslation("calendar.due", days.getValue(), from.getValue(), result));
    }

    private void refresh() {
        Site site = picker.getValue();
        grid.setItems(site == null ? List.of() : sites.calendarDays(site.id()));
        compute();
    }
}
