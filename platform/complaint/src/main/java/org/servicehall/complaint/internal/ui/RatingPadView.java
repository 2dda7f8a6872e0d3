package org.servicehall.complaint.internal.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.servicehall.common.HallException;
import org.servicehall.complaint.ComplaintWorkflow;
import org.servicehall.complaint.Rating;
import org.servicehall.complaint.RatingChannel;
import org.servicehall.complaint.RatingLevel;
import org.servicehall.complaint.RatingRequest;
import org.servicehall.complaint.Ratings;
import org.servicehall.complaint.internal.RatingPads;
import org.servicehall.complaint.internal.SiteStaff;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketStatus;
import org.servicehall.security.Actor;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;
import org.servicehall.web.Console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.shared.Registration;

/**
 * The rating pad at a window (public page {@code rating?site=DEMO&window=1}, P1): idle until the
 * window finishes a ticket (pushed from the queue's {@code ServiceFinished}; a poll of the window's
 * tickets catches anything missed), then five big buttons, optional reasons and comment, thanks, and
 * back to idle by itself after the timeout, also when nobody rates.
 */
public final class RatingPadView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private static final Duration THANKS = Duration.ofSeconds(5);

    private final transient Ratings ratings;
    private final transient RatingPads pads;
    private final transient ComplaintWorkflow complaints;
    private final transient QueueReadModel queue;
    private final transient SiteService sites;
    private final H1 title = new H1();
    private final Div idle = new Div();
    private final VerticalLayout ask = new VerticalLayout();
    private final Div question = new Div();
    private final Div thanks = new Div();
    private final CheckboxGroup<String> reasons = new CheckboxGroup<>();
    private final TextArea comment = new TextArea();
    private final Div servedBy = new Div();
    private final Button submit = new Button();
    private final Map<RatingLevel, Div> levels = new EnumMap<>(RatingLevel.class);
    private Site site;
    private Window window;
    private RatingLevel chosen;
    private transient Ticket asking;
    private transient Instant shownAt;
    private transient Set<Long> watched = new HashSet<>();
    private transient Set<Long> seen = new HashSet<>();
    private transient AutoCloseable subscription;
    private Registration polling;

    public RatingPadView(Ratings ratings, RatingPads pads, ComplaintWorkflow complaints, QueueReadModel queue, SiteService sites) {
        this.ratings = ratings;
        this.pads = pads;
        this.complaints = complaints;
        this.queue = queue;
        this.sites = sites;
        setId("rating-pad");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        idle.setId("rating-idle");
        idle.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("text-align", "center").set("margin-top", "3em");
        question.setId("rating-question");
        question.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "bold").set("text-align", "center");
        servedBy.setId("rating-staff");
        servedBy.getStyle().set("font-size", "1.6rem").set("text-align", "center").set("padding", "0.3em 1em")
                .set("border-radius", "12px").set("background", "#eef3fa");
        FlexLayout buttons = new FlexLayout();
        buttons.setId("rating-faces");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.setJustifyContentMode(JustifyContentMode.CENTER);
        buttons.getStyle().set("gap", "20px");
        for (RatingLevel l : RatingLevel.values()) {
            Div tile = RatingFaces.tile(l, getTranslation(Locale.SIMPLIFIED_CHINESE, "rating.level." + l.name()));
            tile.addClickListener(e -> choose(l));
            levels.put(l, tile);
            buttons.add(tile);
        }
        reasons.setId("rating-reasons");
        // touch targets a finger hits: 32 px boxes, the reasons' words in large type
        reasons.getStyle().set("font-size", "1.3rem").set("--vaadin-checkbox-size", "32px").set("--lumo-font-size-m", "1.3rem");
        reasons.setItems(ratings.ratingReasons());
        comment.setId("rating-comment");
        comment.setMaxLength(500);
        comment.setWidth("40em");
        comment.setValueChangeMode(ValueChangeMode.EAGER); // what was typed goes with the rating, however the pad loses focus
        submit.addClickListener(e -> submit());
        submit.setId("rating-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.getStyle().set("min-width", "14em").set("min-height", "64px").set("font-size", "1.5rem");
        ask.setId("rating-ask");
        ask.setAlignItems(Alignment.CENTER);
        ask.add(question, servedBy, buttons, reasons, comment, submit);
        thanks.setId("rating-thanks");
        thanks.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("text-align", "center").set("margin-top", "3em");
        add(title, idle, ask, thanks);
        showIdle();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        // the hall's language at its counter, whatever the tablet's browser says; rating?lang=en for English
        boolean english = q.getOrDefault("lang", List.of("")).get(0).toLowerCase(Locale.ROOT).startsWith("en");
        event.getUI().setLocale(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        reasons.setLabel(getTranslation("rating.reasons"));
        comment.setLabel(getTranslation("rating.comment"));
        submit.setText(getTranslation("rating.submit"));
        String code = q.getOrDefault("site", List.of("")).get(0);
        String number = q.getOrDefault("window", List.of("")).get(0);
        site = code.isEmpty() ? sites.sites().stream().findFirst().orElse(null) : sites.siteByCode(code).orElse(null);
        window = null;
        if (site != null) {
            try {
                int n = Integer.parseInt(number.strip());
                window = sites.windows(site.id()).stream().filter(w -> w.number() == n).findFirst().orElse(null);
            } catch (NumberFormatException e) {
                window = null;
            }
        }
        if (site == null || window == null) {
            title.setText("");
            idle.setText(getTranslation("rating.noWindow"));
            return;
        }
        title.setText(site.name() + " · " + window.name());
        idle.setText(getTranslation("rating.idle"));
        seen = new HashSet<>();
        watched = new HashSet<>();
        queue.current(window.id()).forEach(t -> watched.add(t.id()));
        subscribe();
    }

    private void subscribe() {
        close();
        UI ui = UI.getCurrent();
        if (ui == null || site == null || window == null) {
            return;
        }
        subscription = pads.follow(site.id(), window.number(), ticketId -> ui.access(() -> finished(ticketId)));
    }

    private void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // removing from a list does not fail
            }
            subscription = null;
        }
    }

    /** The window finished a ticket: ask for its rating, unless it was rated or asked for already. */
    private void finished(long ticketId) {
        if (!seen.add(ticketId)) {
            return;
        }
        watched.remove(ticketId);
        if (ratings.ratingOf(ticketId).isPresent()) {
            return;
        }
        try {
            Ticket t = queue.ticket(ticketId);
            if (t.status() == TicketStatus.DONE) {
                showAsk(t);
            }
        } catch (RuntimeException e) {
            // a ticket gone meanwhile: stay idle
        }
    }

    /** The fallback poll: a ticket that left the window's current list finished (or went elsewhere). */
    private void poll() {
        if (window != null) {
            Set<Long> now = new HashSet<>();
            queue.current(window.id()).forEach(t -> now.add(t.id()));
            for (Long id : Set.copyOf(watched)) {
                if (!now.contains(id)) {
                    watched.remove(id);
                    finished(id);
                }
            }
            now.stream().filter(id -> !seen.contains(id)).forEach(watched::add);
        }
        Duration timeout = Duration.ofSeconds(pads.timeoutSeconds());
        if (shownAt != null && (asking != null && Duration.between(shownAt, Instant.now()).compareTo(timeout) > 0
                || thanks.isVisible() && Duration.between(shownAt, Instant.now()).compareTo(THANKS) > 0)) {
            showIdle();
        }
    }

    private void choose(RatingLevel level) {
        chosen = level;
        levels.forEach((l, tile) -> RatingFaces.choose(tile, l, l == level));
        shownAt = Instant.now();
    }

    private void submit() {
        if (asking == null) {
            showIdle();
            return;
        }
        if (chosen == null) {
            Console.error(new HallException(getTranslation("rating.chooseLevel")));
            return;
        }
        try {
            Rating r = ratings.rate(Console.currentActor().orElse(ComplaintWorkflow.CITIZEN),
                    new RatingRequest(asking.id(), chosen, List.copyOf(reasons.getSelectedItems()), comment.getValue(), RatingChannel.PAD));
            Optional<String> tracking = Optional.ofNullable(r.complaintId())
                    .map(id -> complaints.complaint(Actor.SYSTEM, id).trackingNumber());
            showThanks(tracking.map(t -> getTranslation("rating.thanksBad", t)).orElse(getTranslation("rating.thanks")));
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }

    private void showIdle() {
        asking = null;
        shownAt = null;
        chosen = null;
        show(idle);
    }

    /** One of the pad's three states on screen: idle, asking, thanks. */
    private void show(Component state) {
        for (Component c : List.of(idle, ask, thanks)) {
            c.setVisible(c == state);
        }
    }

    private void showAsk(Ticket t) {
        asking = t;
        shownAt = Instant.now();
        chosen = null;
        levels.forEach((l, tile) -> RatingFaces.choose(tile, l, false));
        reasons.clear();
        comment.clear();
        question.setText(getTranslation("rating.ask", t.number()));
        Optional<Staff> staff = queue.servedBy(t.id()).flatMap(n -> SiteStaff.find(sites, t.siteId(), n));
        servedBy.setText(staff.map(s -> getTranslation("rating.staff", s.name(), s.staffNumber())).orElse(""));
        servedBy.setVisible(staff.isPresent());
        show(ask);
    }

    private void showThanks(String text) {
        asking = null;
        shownAt = Instant.now();
        thanks.setText(text);
        show(thanks);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        if (subscription == null) {
            subscribe();
        }
        ui.setPollInterval(2000);
        polling = ui.addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        close();
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
