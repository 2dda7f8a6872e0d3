package org.servicehall.assessment.internal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.servicehall.assessment.TrainingRecords;
import org.servicehall.assessment.Course;
import org.servicehall.assessment.CourseDraft;
import org.servicehall.assessment.Participation;
import org.servicehall.assessment.ServiceError;
import org.servicehall.assessment.TrainingOutcome;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** M2: courses and who took part, and the service errors supervisors recorded (last year). */
public final class TrainingView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient TrainingRecords training;
    private final transient Clock clock;
    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<Course> courses = new Grid<>();
    private final Grid<Participation> participants = new Grid<>();
    private final Grid<ServiceError> errors = new Grid<>();
    private final ComboBox<Staff> staff = new ComboBox<>();
    private final ComboBox<TrainingOutcome> outcome = new ComboBox<>();
    private final ComboBox<Staff> errorStaff = new ComboBox<>();
    private Course selected;

    public TrainingView(TrainingRecords training, SiteService sites, Clock clock) {
        this.training = training;
        this.clock = clock;
        this.sites = sites;
        setId("training-view");
        picker = new SitePicker(sites, s -> refresh());

        TextField title = new TextField(getTranslation("training.title"));
        title.setId("course-title");
        DatePicker date = new DatePicker(getTranslation("training.date"), LocalDate.now(clock));
        date.setId("course-date");
        BigDecimalField hours = new BigDecimalField(getTranslation("training.hours"));
        hours.setId("course-hours");
        Button add = new Button(getTranslation("training.addCourse"), e -> {
            Site site = picker.getValue();
            if (site != null && Console.attempt(() -> training.addCourse(Console.actor(), site.id(),
                    new CourseDraft(title.getValue(), date.getValue(), hours.getValue())), Map.of("title", title, "date", date, "hours", hours))) {
                title.clear();
                hours.clear();
                refresh();
            }
        });
        add.setId("course-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(title, date, hours, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        courses.setId("course-grid");
        courses.addColumn(Course::date).setHeader(getTranslation("training.date")).setAutoWidth(true);
        courses.addColumn(Course::title).setHeader(getTranslation("training.title")).setFlexGrow(1);
        courses.addColumn(c -> c.hours().toPlainString()).setHeader(getTranslation("training.hours"));
        courses.addComponentColumn(c -> {
            Button remove = new Button(getTranslation("training.remove"), e -> {
                if (Console.attempt(() -> training.removeCourse(Console.actor(), c.id()), Map.of())) {
                    selected = null;
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        courses.setAllRowsVisible(true);
        courses.asSingleSelect().addValueChangeListener(e -> {
            selected = e.getValue();
            refreshParticipants();
        });

        staff.setId("participant-staff");
        staff.setLabel(getTranslation("assessment.staff"));
        staff.setItemLabelGenerator(s -> s.name() + " (" + s.staffNumber() + ")");
        outcome.setId("participant-outcome");
        outcome.setLabel(getTranslation("training.outcome"));
        outcome.setItems(TrainingOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("training.outcome." + o.name()));
        outcome.setValue(TrainingOutcome.PASSED);
        Button record = new Button(getTranslation("training.record"), e -> {
            if (selected != null && staff.getValue() != null && Console.attempt(() -> training.recordParticipation(Console.actor(),
                    selected.id(), staff.getValue().staffNumber(), outcome.getValue()), Map.of("outcome", outcome))) {
                refreshParticipants();
            }
        });
        record.setId("participant-record");
        HorizontalLayout partForm = new HorizontalLayout(staff, outcome, record);
        partForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        participants.setId("participant-grid");
        participants.addColumn(p -> p.staffName() + " (" + p.staffNumber() + ")").setHeader(getTranslation("assessment.staff")).setFlexGrow(1);
        participants.addColumn(p -> getTranslation("training.outcome." + p.outcome().name())).setHeader(getTranslation("training.outcome"));
        participants.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("training.remove"), e -> {
                if (Console.attempt(() -> training.removeParticipation(Console.actor(), p.id()), Map.of())) {
                    refreshParticipants();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        participants.setAllRowsVisible(true);

        errorStaff.setId("error-staff");
        errorStaff.setLabel(getTranslation("assessment.staff"));
        errorStaff.setItemLabelGenerator(s -> s.name() + " (" + s.staffNumber() + ")");
        DatePicker errorDate = new DatePicker(getTranslation("training.date"), LocalDate.now(clock));
        errorDate.setId("error-date");
        TextField note = new TextField(getTranslation("training.errorNote"));
        note.setId("error-note");
        note.setWidth("30em");
        Button addError = new Button(getTranslation("training.recordError"), e -> {
            Site site = picker.getValue();
            if (site != null && Console.attempt(() -> training.recordError(Console.actor(), site.id(),
                    errorStaff.getValue() == null ? null : errorStaff.getValue().staffNumber(), errorDate.getValue(), note.getValue()),
                    Map.of("date", errorDate, "note", note))) {
                note.clear();
                refresh();
            }
        });
        addError.setId("error-add");
        HorizontalLayout errorForm = new HorizontalLayout(errorStaff, errorDate, note, addError);
        errorForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        errors.setId("error-grid");
        errors.addColumn(ServiceError::date).setHeader(getTranslation("training.date")).setAutoWidth(true);
        errors.addColumn(x -> x.staffName() + " (" + x.staffNumber() + ")").setHeader(getTranslation("assessment.staff"));
        errors.addColumn(ServiceError::note).setHeader(getTranslation("training.errorNote")).setFlexGrow(1);
        errors.addColumn(ServiceError::recordedBy).setHeader(getTranslation("training.recordedBy"));
        errors.addComponentColumn(x -> {
            Button remove = new Button(getTranslation("training.remove"), e -> {
                if (Console.attempt(() -> training.removeError(Console.actor(), x.id()), Map.of())) {
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        errors.setAllRowsVisible(true);

        add(new H2(getTranslation("training.heading")), picker, form, courses, new H3(getTranslation("training.participants")), partForm,
                participants, new H3(getTranslation("training.errors")), errorForm, errors);
        refresh();
    }

    private void refresh() {
        Site site = picker.getValue();
        if (site == null) {
            courses.setItems(List.of());
            errors.setItems(List.of());
            return;
        }
        LocalDate today = sites.today(site.id()); // the site's day (issue 12)
        List<Staff> all = sites.staff(site.id()).stream().filter(Staff::active).toList();
        staff.setItems(all);
        errorStaff.setItems(all);
        courses.setItems(training.courses(site.id(), today.minusYears(1), today.plusYears(1)));
        errors.setItems(training.errors(site.id(), today.minusYears(1), today));
        refreshParticipants();
    }

    private void refreshParticipants() {
        participants.setItems(selected == null ? List.of() : training.participants(selected.id()));
    }

}
