package org.servicehall.hospital.internal.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.servicehall.common.DomainEvents;
import org.servicehall.common.Subscription;
import org.servicehall.hospital.internal.HospitalEvents;
import org.servicehall.hospital.internal.lab.LabTest;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.hospital.internal.lab.Specimen;
import org.servicehall.hospital.internal.lab.TatFigures;
import org.servicehall.hospital.internal.lab.TatState;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * H4 TAT board (检验报告时限看板): the specimens taken and not yet reported, the most urgent first,
 * each with its limit, the time left and its state (on time, warning at 80 %, missed); today's P50
 * and P90 turnaround per class. It follows the lab's events (a warning or breach shows at once) and
 * looks again every 15 seconds for the time left.
 */
public final class TatBoardView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient Laboratory lab;
    private final transient SiteService sites;
    private final transient DomainEvents events;
    private final transient Clock clock;
    private final SitePicker picker;
    private final Grid<Specimen> board = new Grid<>();
    private final Grid<TatFigures> figures = new Grid<>();
    private transient Map<String, LabTest> tests = Map.of();
    private transient Subscription subscription;
    private Registration poll;

    public TatBoardView(Laboratory lab, SiteService sites, DomainEvents events, Clock clock) {
        this.lab = lab;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
        setId("hospital-tat-board");
        picker = new SitePicker(sites, s -> refresh());
        board.setId("tat-board");
        board.addColumn(Specimen::specimenNumber).setHeader(getTranslation("lab.specimenNumber")).setAutoWidth(true);
        board.addColumn(s -> tests.containsKey(s.testCode()) ? tests.get(s.testCode()).name() : s.testCode()).setHeader(getTranslation("lab.testItem"))
                .setAutoWidth(true);
        board.addColumn(s -> getTranslation("lab.class." + s.tatClass())).setHeader(getTranslation("lab.class")).setFlexGrow(1);
        board.addColumn(s -> Badges.time(s.sampledAt(), zone())).setHeader(getTranslation("lab.sampledAt")).setAutoWidth(true);
        board.addColumn(s -> Badges.time(s.dueAt(), zone())).setHeader(getTranslation("lab.dueAt")).setAutoWidth(true);
        board.addColumn(s -> s.dueAt() == null ? "–" : Badges.span(Duration.between(clock.instant(), s.dueAt())))
                .setHeader(getTranslation("lab.left")).setAutoWidth(true);
        board.addComponentColumn(this::state).setHeader(getTranslation("lab.state")).setAutoWidth(true);
        board.setAllRowsVisible(true);
        figures.setId("tat-figures");
        figures.addColumn(f -> getTranslation("lab.class." + f.tatClass())).setHeader(getTranslation("lab.class")).setFlexGrow(2);
        figures.addColumn(TatFigures::reported).setHeader(getTranslation("lab.reported")).setAutoWidth(true);
        figures.addColumn(f -> f.p50() == null ? "–" : Badges.span(f.p50())).setHeader("P50").setAutoWidth(true);
        figures.addColumn(f -> f.p90() == null ? "–" : Badges.span(f.p90())).setHeader("P90").setAutoWidth(true);
        figures.addColumn(TatFigures::late).setHeader(getTranslation("lab.late")).setAutoWidth(true);
        figures.setAllRowsVisible(true);
        add(new H2(getTranslation("hospital.menu.tat")), picker, board, new H3(getTranslation("lab.figures")), figures);
        refresh();
    }

    private Span state(Specimen s) {
        TatState st = s.state(clock.instant());
        String colour = switch (st) {
            case ON_TIME, REPORTED_ON_TIME -> "green";
            case WARNING -> "amber";
            case BREACHED, REPORTED_LATE -> "red";
            case NOT_SAMPLED -> "grey";
        };
        return Badges.badge(getTranslation("lab.state." + st.name()), colour, st.name());
    }

    private ZoneId zone() {
        Site site = picker.getValue();
        return site == null ? ZoneId.systemDefault() : site.zone();
    }

    private void refresh() {
        Site site = picker.getValue();
        if (site == null) {
            board.setItems(List.of());
            figures.setItems(List.of());
            return;
        }
        try {
            tests = lab.tests();
            Instant now = clock.instant();
            List<Specimen> open = lab.board(site.id()).stream().filter(s -> s.dueAt() != null && s.reportedAt() == null)
                    .sorted(Comparator.comparing(Specimen::dueAt)).toList();
            board.setItems(open);
            figures.setItems(lab.figures(site.id(), sites.today(site.id())));
            board.getElement().setAttribute("data-refreshed", now.toString());
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = events.subscribe(HospitalEvents.PREFIX, e -> ui.access(this::refresh));
        ui.setPollInterval(15_000);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
