package org.servicehall.conduct.internal.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.AttendanceRoster;
import org.servicehall.attendance.Shift;
import org.servicehall.conduct.Commendation;
import org.servicehall.conduct.Commendations;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.StepPhrase;
import org.servicehall.conduct.Violation;
import org.servicehall.conduct.Violations;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A staff member's day (C1, C2, A1, A2): today's shifts and clock-in state (when attendance is
 * installed), the standard phrases to use at each step, the rules in force, and one's own
 * violations and commendations (when discipline is installed).
 */
public final class MyDayView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    /** A2 judges clock-ins on whole seconds (08:50:00 on time for a 09:00 window, 08:50:01 late), so they are shown to the second. */
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final transient ConductCatalogue catalogue;
    private final transient ConductPhrases phrases;
    private final transient SiteService sites;
    private final transient Clock clock;
    private final transient Supplier<AttendanceRoster> roster;
    private final transient Supplier<AttendancePosts> posts;
    private final transient Supplier<Violations> violations;
    private final transient Supplier<Commendations> commendations;
    private final SitePicker picker;
    private final Div shifts = new Div();
    private final Div stepPhrases = new Div();
    private final Div courtesy = new Div();
    private final Div rules = new Div();
    private final Div record = new Div();

    public MyDayView(ConductCatalogue catalogue, ConductPhrases phrases, SiteService sites, Clock clock,
            Supplier<AttendanceRoster> roster, Supplier<AttendancePosts> posts, Supplier<Violations> violations,
            Supplier<Commendations> commendations) {
        this.catalogue = catalogue;
        this.phrases = phrases;
        this.sites = sites;
        this.clock = clock;
        this.roster = roster;
        this.posts = posts;
        this.violations = violations;
        this.commendations = commendations;
        setId("my-day");
        picker = new SitePicker(sites, s -> refresh());
        shifts.setId("my-day-shifts");
        stepPhrases.setId("my-day-phrases");
        courtesy.setId("my-day-courtesy");
        rules.setId("my-day-rules");
        record.setId("my-day-record");
        Details rulesDetails = new Details(getTranslation("conduct.myday.rules"), rules);
        add(new H2(getTranslation("conduct.myday.title", DAY.format(today()))), picker, new H3(getTranslation("conduct.myday.shifts")),
                shifts, new H3(getTranslation("conduct.myday.phrases")), stepPhrases, courtesy, rulesDetails,
                new H3(getTranslation("conduct.myday.record")), record);
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(siteClock());
    }

    /** The installation's clock in the picked site's zone (issue 12), or as it is while none is picked. */
    private Clock siteClock() {
        Site site = picker.getValue();
        return site == null ? clock : sites.clock(site.id());
    }

    private boolean chinese() {
        Locale l = getLocale();
        return l == null || "zh".equals(l.getLanguage());
    }

    private void refresh() {
        Site site = picker.getValue();
        for (Div d : List.of(shifts, stepPhrases, courtesy, rules, record)) {
            d.removeAll();
        }
        if (site == null) {
            shifts.add(new Paragraph(getTranslation("conduct.site.choose")));
            return;
        }
        String username = Console.actor().username();
        AttendanceRoster r = roster.get();
        AttendancePosts p = posts.get();
        Optional<String> staffNumber = Optional.empty();
        if (r == null || p == null) {
            shifts.add(new Paragraph(getTranslation("conduct.myday.noAttendance")));
        } else {
            staffNumber = p.staffNumberOf(site.id(), username);
            showShifts(r, p, site, staffNumber);
        }
        showPhrases(site);
        showRules(site);
        showRecord(site, staffNumber);
    }

    private void showShifts(AttendanceRoster roster, AttendancePosts posts, Site site, Optional<String> staffNumber) {
        if (staffNumber.isEmpty()) {
            shifts.add(new Paragraph(getTranslation("conduct.myday.notStaff", site.name())));
            return;
        }
        String number = staffNumber.get();
        List<Shift> mine = roster.roster(site.id(), today()).stream().filter(s -> number.equals(s.staffNumber())).toList();
        if (mine.isEmpty()) {
            shifts.add(new Paragraph(getTranslation("conduct.myday.noShift")));
        }
        UnorderedList list = new UnorderedList();
        for (Shift s : mine) {
            ListItem item = new ListItem(getTranslation("conduct.myday.shift", s.windowNumber(), HOURS.format(s.start()), HOURS.format(s.end())));
            item.addClassName("my-day-shift");
            list.add(item);
        }
        shifts.add(list);
        List<AttendanceRecord> records = posts.today(site.id()).stream().filter(r -> number.equals(r.staffNumber())).toList();
        Span state = new Span();
        state.setId("my-day-clock");
        if (records.stream().anyMatch(AttendanceRecord::signedIn)) {
            AttendanceRecord r = records.stream().filter(AttendanceRecord::signedIn).findFirst().orElseThrow();
            state.setText(getTranslation("conduct.myday.clockedIn", r.windowNumber(),
                    clockTime(r.clockIn(), site.zone()), status(r)));
            state.getElement().getThemeList().add("badge success");
        } else if (records.stream().anyMatch(r -> r.clockIn() != null)) {
            state.setText(getTranslation("conduct.myday.clockedOut"));
            state.getElement().getThemeList().add("badge contrast");
        } else {
            state.setText(getTranslation("conduct.myday.notClockedIn"));
            state.getElement().getThemeList().add(mine.isEmpty() ? "badge contrast" : "badge error");
        }
        shifts.add(state);
    }

    /** A clock-in time in the hall's zone, to the second as A2 judges it. */
    static String clockTime(Instant at, ZoneId zone) {
        return CLOCK_TIME.format(at.atZone(zone));
    }

    private String status(AttendanceRecord r) {
        return r.status() == null ? "" : translatedOr("conduct.myday.attendance." + r.status().name(), r.status().name());
    }

    /** The translation, or the fallback when the key has none (the provider answers with the key itself). */
    private String translatedOr(String key, String fallback) {
        String t = getTranslation(key);
        return t == null || t.equals(key) || t.isBlank() ? fallback : t;
    }

    private void showPhrases(Site site) {
        for (StepPhrase p : phrases.stepPhrases(site.id())) {
            Div row = new Div(new Span(getTranslation("conduct.step." + p.step().name()) + "："), new Span(p.text()));
            row.addClassName("my-day-phrase");
            stepPhrases.add(row);
        }
        List<String> general = phrases.courtesyPhrases();
        if (!general.isEmpty()) {
            courtesy.add(new Paragraph(getTranslation("conduct.myday.courtesy") + " " + String.join("；", general)));
        }
    }

    private void showRules(Site site) {
        UnorderedList list = new UnorderedList();
        for (ConductRule r : catalogue.enabledRules(site.id())) {
            list.add(new ListItem(getTranslation("conduct.category." + r.category().name()) + " · " + (chinese() ? r.textZh() : r.textEn())));
        }
        rules.add(list);
    }

    private void showRecord(Site site, Optional<String> staffNumber) {
        Violations violationRecords = violations.get();
        Commendations commendationRecords = commendations.get();
        if (violationRecords == null || commendationRecords == null) {
            record.add(new Paragraph(getTranslation("conduct.myday.noDiscipline")));
            return;
        }
        if (staffNumber.isEmpty()) {
            record.add(new Paragraph(getTranslation("conduct.myday.notStaff", site.name())));
            return;
        }
        String number = staffNumber.get();
        List<Violation> own = violationRecords.violationsOf(site.id(), number);
        List<Commendation> commended = commendationRecords.commendations(site.id()).stream()
                .filter(c -> number.equals(c.staffNumber())).toList();
        if (own.isEmpty() && commended.isEmpty()) {
            record.add(new Paragraph(getTranslation("conduct.myday.clean")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("my-day-violations");
        for (Violation v : own) {
            String rule = catalogue.rule(site.id(), v.ruleCode()).map(r -> chinese() ? r.textZh() : r.textEn()).orElse(v.ruleCode());
            list.add(new ListItem(getTranslation("conduct.myday.violation", DAY.format(v.occurredAt().atZone(site.zone())),
                    rule, translatedOr("conduct.myday.status." + v.status().name(), v.status().name()))));
        }
        for (Commendation c : commended) {
            list.add(new ListItem(getTranslation("conduct.myday.commendation", c.firstMonth(), c.lastMonth(),
                    translatedOr("conduct.myday.status." + c.status().name(), c.status().name()))));
        }
        record.add(list);
    }
}
