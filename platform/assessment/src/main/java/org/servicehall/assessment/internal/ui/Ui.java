package org.servicehall.assessment.internal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.servicehall.assessment.Period;
import org.servicehall.assessment.PeriodKind;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.StreamResource;

/** Small helpers shared by the assessment screens. */
final class Ui {
    private Ui() {
    }

    /** The last 24 months and 8 quarters, newest first, the current month chosen. */
    static ComboBox<Period> periodPicker(String label, Clock clock, String id) {
        ComboBox<Period> picker = new ComboBox<>(label);
        picker.setId(id);
        LocalDate today = LocalDate.now(clock);
        List<Period> periods = new ArrayList<>();
        Period m = Period.containing(PeriodKind.MONTH, today);
        for (int i = 0; i < 24; i++, m = m.previous()) {
            periods.add(m);
        }
        Period q = Period.containing(PeriodKind.QUARTER, today);
        for (int i = 0; i < 8; i++, q = q.previous()) {
            periods.add(q);
        }
        picker.setItems(periods);
        picker.setItemLabelGenerator(Period::toString);
        picker.setValue(periods.get(0));
        return picker;
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String number(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String rating(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String minutes(Duration d) {
        return d == null ? "—" : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    /** Points a download link at a CSV made when it is clicked. */
    static void csv(Anchor link, String name, Supplier<String> body) {
        link.setHref(new StreamResource(name, () -> new ByteArrayInputStream(body.get().getBytes(StandardCharsets.UTF_8))));
        link.getElement().setAttribute("download", true);
    }

    /** Replaces the chart inside the holder with the given SVG. */
    static void chart(Div holder, String svg) {
        holder.removeAll();
        holder.add(new Html("<div>" + svg + "</div>"));
    }
}
