package org.servicehall.attendance.internal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceReports;
import org.servicehall.attendance.Correction;
import org.servicehall.attendance.MonthlyReport;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;

/**
 * A5: the monthly attendance report of a site, one line per staff member and the records behind
 * it, exported as CSV for spreadsheets; a supervisor corrects a record with a reason (audited).
 */
public final class ReportView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    /** Clock-in and clock-out to the second, as A2 judges them; the month and day because a clock-out may fall on another day. */
    private static final DateTimeFormatter DHMS = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final transient AttendanceReports attendance;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Grid<MonthlyReport.Line> lines = new Grid<>();
    private final Grid<AttendanceRecord> records = new Grid<>();
    private final Anchor csv = new Anchor();

    public ReportView(AttendanceReports attendance, Clock clock, SiteService sites) {
        this.attendance = attendance;
        this.sites = sites;
        setId("attendance-report");
        picker = new SitePicker(sites, s -> refresh());
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        month.setLabel(getTranslation("report.month"));
        month.setId("report-month");
        month.setItems(months);
        month.setValue(now);
        month.addValueChangeListener(e -> refresh());
        lines.setId("report-lines");
        lines.addColumn(l -> l.staffName() + " (" + l.staffNumber() + ")").setHeader(getTranslation("attendance.staff")).setFlexGrow(1);
        lines.addColumn(MonthlyReport.Line::shifts).setHeader(getTranslation("report.shifts"));
        lines.addColumn(MonthlyReport.Line::attended).setHeader(getTranslation("report.attended"));
        lines.addColumn(MonthlyReport.Line::onTime).setHeader(getTranslation("attendance.status.ON_TIME"));
        lines.addColumn(MonthlyReport.Line::late).setHeader(getTranslation("attendance.status.LATE"));
        lines.addColumn(MonthlyReport.Line::earlyLeave).setHeader(getTranslation("attendance.status.EARLY_LEAVE"));
        lines.addColumn(MonthlyReport.Line::absent).setHeader(getTranslation("attendance.status.ABSENT"));
        lines.addColumn(MonthlyReport.Line::unscheduled).setHeader(getTranslation("attendance.status.UNSCHEDULED"));
        lines.addColumn(MonthlyReport.Line::leaves).setHeader(getTranslation("report.leaves"));
        lines.addColumn(l -> l.awayFromPost().toMinutes()).setHeader(getTranslation("report.minutesAway"));
        lines.addColumn(MonthlyReport.Line::corrections).setHeader(getTranslation("report.corrections"));
        lines.setAllRowsVisible(true);
        records.setId("report-records");
        records.addColumn(AttendanceRecord::date).setHeader(getTranslation("roster.date")).setAutoWidth(true);
        records.addColumn(r -> r.staffName() + " (" + r.staffNumber() + ")").setHeader(getTranslation("attendance.staff")).setFlexGrow(1);
        records.addColumn(AttendanceRecord::windowNumber).setHeader(getTranslation("attendance.window")).setAutoWidth(true);
        records.addColumn(r -> r.shiftStart() == null ? "—" : r.shiftStart() + "–" + r.shiftEnd()).setHeader(getTranslation("attendance.shift"));
        records.addColumn(r -> time(r.clockIn(), zone(r))).setHeader(getTranslation("attendance.clockIn"));
        records.addColumn(r -> time(r.clockOut(), zone(r))).setHeader(getTranslation("attendance.clockOut"));
        records.addColumn(r -> getTranslation("attendance.status." + r.status().name())).setHeader(getTranslation("attendance.status"));
        records.addColumn(r -> r.corrected() ? getTranslation("report.correctedBecause", r.correctionReason()) : "")
                .setHeader(getTranslation("report.corrections")).setFlexGrow(1);
        records.addComponentColumn(r -> {
            Button b = new Button(getTranslation("report.correct"), e -> correct(r));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.setVisible(r.id() != 0);
            return b;
        });
        records.setAllRowsVisible(true);
        csv.setId("report-csv");
        csv.setText(getTranslation("report.csv"));
        csv.getElement().setAttribute("download", true);
        add(new H2(getTranslation("report.title")), new HorizontalLayout(picker, month, csv), lines, new H3(getTranslation("report.records")),
                records);
        refresh();
    }

    /** The record's site's zone (issue 12): its times are shown and entered in it, whatever the server's zone is. */
    private ZoneId zone(AttendanceRecord r) {
        return sites.clock(r.siteId()).getZone();
    }

    private static String time(Instant i, ZoneId zone) {
        return i == null ? "—" : DHMS.format(i.atZone(zone));
    }

    private void refresh() {
        Site site = picker.getValue();
        YearMonth m = month.getValue();
        if (site == null || m == null) {
            lines.setItems(List.of());
            records.setItems(List.of());
            return;
        }
        MonthlyReport report = attendance.report(site.id(), m);
        lines.setItems(report.lines());
        records.setItems(report.records());
        csv.setHref(new StreamResource("attendance-" + site.code() + "-" + m + ".csv",
                () -> new ByteArrayInputStream(attendance.reportCsv(site.id(), m).getBytes(StandardCharsets.UTF_8))));
    }

    /** A5: the correction dialog: new times and a required reason. */
    private void correct(AttendanceRecord r) {
        ZoneId zone = zone(r);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.correctTitle", r.staffName(), r.date()));
        // A2 is judged to the second: the pickers show and take seconds
        DateTimePicker in = new DateTimePicker(getTranslation("attendance.clockIn"));
        in.setStep(Duration.ofSeconds(1));
        in.setValue(r.clockIn() == null ? null : LocalDateTime.ofInstant(r.clockIn(), zone).truncatedTo(ChronoUnit.SECONDS));
        DateTimePicker out = new DateTimePicker(getTranslation("attendance.clockOut"));
        out.setStep(Duration.ofSeconds(1));
        out.setValue(r.clockOut() == null ? null : LocalDateTime.ofInstant(r.clockOut(), zone).truncatedTo(ChronoUnit.SECONDS));
        TextField reason = new TextField(getTranslation("report.reason"));
        reason.setId("correction-reason");
        reason.setWidthFull();
        Button save = new Button(getTranslation("form.save"), e -> {
            if (Console.attempt(() -> attendance.correct(Console.actor(), r.id(), new Correction(
                    in.getValue() == null ? null : in.getValue().atZone(zone).toInstant(),
                    out.getValue() == null ? null : out.getValue().atZone(zone).toInstant(), reason.getValue())),
                    Map.of("clockIn", in, "clockOut", out, "reason", reason))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(in, out, reason));
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
