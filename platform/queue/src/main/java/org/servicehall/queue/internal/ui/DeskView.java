package org.servicehall.queue.internal.ui;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.servicehall.queue.DeskSection;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.queue.Ticket;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.TicketStatus;
import org.servicehall.queue.internal.QueueChange;
import org.servicehall.queue.internal.QueueEventBus;
import org.servicehall.queue.internal.QueueExtensions;
import org.servicehall.queue.internal.QueueRules.Step;
import org.servicehall.security.Actor;
import org.servicehall.site.ServiceItem;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Window;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.web.Console;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;

/**
 * The counter desk (staff): call next, recall, no-show, start, finish and transfer with a hand-off
 * note (Q5, Q6); the standard phrase for each step is shown in Mandarin as it should be said (C2).
 */
public final class DeskView extends LiveView {
    private static final long serialVersionUID = 1L;
    private static final Locale MANDARIN = Locale.SIMPLIFIED_CHINESE;
    /** T1: casework's screen that opens a case from a ticket, when that bundle is installed (the queue never imports it). */
    private static final String CASE_ACCEPT = "casework/accept";

    private final transient TicketLifecycle tickets;
    private final transient QueueReadModel reads;
    private final transient QueueExtensions extensions;
    private final transient SiteService sites;
    private final transient Function<Ticket, Set<Step>> allowedSteps;
    private final transient IntSupplier recallsBeforeNoShow;
    private final SitePicker site;
    private final ComboBox<Window> window = new ComboBox<>();
    private final Span current = new Span();
    private final Span state = new Span();
    private final Span waiting = new Span();
    private final Span longest = new Span();
    private final Div phrase = new Div();
    /** The phrase of the last step taken here (goodbye, referral), shown until the next ticket is called. */
    private String lastPhrase;
    private final Button call = new Button();
    private final Button recall = new Button();
    private final Button noShow = new Button();
    private final Button start = new Button();
    private final Button finish = new Button();
    private final Anchor openCase = new Anchor();
    private final ComboBox<ServiceItem> toService = new ComboBox<>();
    private final IntegerField toWindow = new IntegerField();
    private final TextField note = new TextField();
    private final Button transfer = new Button();
    private final Span noteCheck = new Span();
    private final Div phrases = new Div();
    private final Div sections = new Div();
    private transient Ticket ticket;

    /**
     * @param allowedSteps Q6: the steps a ticket allows now, by the rule the service refuses with
     * @param recallsBeforeNoShow Q6: the recalls a no-show needs (named on the disabled button)
     */
    public DeskView(TicketLifecycle tickets, QueueReadModel reads, QueueExtensions extensions, QueueEventBus events, SiteService sites,
            Function<Ticket, Set<Step>> allowedSteps, IntSupplier recallsBeforeNoShow) {
        super(events);
        this.tickets = tickets;
        this.reads = reads;
        this.extensions = extensions;
        this.sites = sites;
        this.allowedSteps = allowedSteps;
        this.recallsBeforeNoShow = recallsBeforeNoShow;
        setId("desk");
        site = new SitePicker(sites, s -> loadWindows());
        window.setLabel(getTranslation("desk.window"));
        window.setId("desk-window");
        window.setItemLabelGenerator(w -> w.number() + " " + w.name());
        window.addValueChangeListener(e -> {
            lastPhrase = null;
            buildSections();
            refresh();
        });
        current.setId("desk-current");
        current.getStyle().set("font-size", "3em").set("font-weight", "bold");
        state.setId("desk-state");
        waiting.setId("desk-waiting");
        longest.setId("desk-longest");
        phrase.setId("desk-phrase");
        phrase.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)");
        setUp(call, "desk-call", "desk.call", ButtonVariant.LUMO_PRIMARY, this::callNext);
        setUp(recall, "desk-recall", "desk.recall", ButtonVariant.LUMO_CONTRAST, () -> step(tickets::recall, "phrase.greeting"));
        setUp(noShow, "desk-no-show", "desk.noShow", ButtonVariant.LUMO_ERROR, () -> step(tickets::noShow, null));
        setUp(start, "desk-start", "desk.start", ButtonVariant.LUMO_SUCCESS, () -> step(tickets::start, "phrase.pleaseWait"));
        setUp(finish, "desk-finish", "desk.finish", ButtonVariant.LUMO_SUCCESS, () -> step(tickets::finish, "phrase.goodbye"));
        openCase.setText(getTranslation("desk.openCase"));
        openCase.setId("desk-open-case");
        openCase.setVisible(false);
        openCase.getStyle().set("align-self", "center").set("margin-left", "var(--lumo-space-m)");
        toService.setLabel(getTranslation("desk.transfer.service"));
        toService.setItemLabelGenerator(i -> i.code() + " " + i.name());
        toService.setId("desk-transfer-service");
        toWindow.setLabel(getTranslation("desk.transfer.window"));
        note.setLabel(getTranslation("desk.transfer.note"));
        note.setId("desk-transfer-note");
        note.setMaxLength(500);
        note.setWidth("28em");
        // C3: every keystroke is checked for forbidden phrases before the note can go out
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> checkNote());
        noteCheck.setId("desk-note-check");
        noteCheck.getStyle().set("color", "var(--lumo-error-text-color)");
        setUp(transfer, "desk-transfer", "desk.transfer", ButtonVariant.LUMO_CONTRAST, this::transfer);
        phrases.setId("desk-phrases");
        sections.setId("desk-sections");
        add(new H2(getTranslation("desk.title")), new HorizontalLayout(site, window), sections,
                new HorizontalLayout(current, state, figure("desk.waiting", waiting), figure("desk.longest", longest)), phrase,
                new HorizontalLayout(call, recall, noShow, start, finish, openCase),
                new HorizontalLayout(toService, toWindow, note, transfer), noteCheck, new Div(new H3(getTranslation("desk.phrases")), phrases));
        loadWindows();
    }

    /** Q10 at the desk: a figure with its label above it. */
    private Div figure(String label, Span value) {
        Span caption = new Span(getTranslation(label));
        caption.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        value.getStyle().set("display", "block").set("font-size", "2em").set("font-weight", "bold");
        Div box = new Div(caption, value);
        box.getStyle().set("padding", "0 var(--lumo-space-l)").set("border-left", "1px solid var(--lumo-contrast-20pct)");
        return box;
    }

    private void setUp(Button b, String id, String label, ButtonVariant variant, Runnable action) {
        b.setText(getTranslation(label));
        b.setId(id);
        b.addThemeVariants(variant);
        b.addClickListener(e -> action.run());
    }

    private static final Map<String, ServiceStep> STEPS = Map.of("phrase.greeting", ServiceStep.GREETING, "phrase.pleaseWait",
            ServiceStep.PLEASE_WAIT, "phrase.missing", ServiceStep.MISSING_MATERIALS, "phrase.refusal", ServiceStep.REFUSAL,
            "phrase.referral", ServiceStep.REFERRAL, "phrase.goodbye", ServiceStep.GOODBYE);

    /** The shop-window list of standard phrases (C2), in Mandarin, in the site's wording where it has its own. */
    private void listPhrases() {
        phrases.removeAll();
        for (String key : List.of("phrase.greeting", "phrase.pleaseWait", "phrase.missing", "phrase.refusal", "phrase.referral",
                "phrase.goodbye")) {
            phrases.add(new Div(new Span(phraseText(key))));
        }
    }

    /** The site's phrase for the step (C2, edited in the conduct catalogue) or the built-in Mandarin one. */
    private String phraseText(String key) {
        Long siteId = siteId();
        Optional<String> own = siteId == null ? Optional.empty() : extensions.phrase(siteId, STEPS.get(key));
        return own.orElseGet(() -> getTranslation(MANDARIN, key));
    }

    /** The parts other areas add to the desk (attendance: clock-in, leave-post), for the chosen window. */
    private void buildSections() {
        sections.removeAll();
        Long siteId = siteId();
        Window w = window.getValue();
        if (siteId == null || w == null) {
            return;
        }
        DeskSection.Desk desk = new DeskSection.Desk() {
            @Override
            public void changed() {
                refresh();
            }

            @Override
            public void beforeLeaving(Runnable leave) {
                settleBeforeLeaving(leave);
            }
        };
        for (DeskSection section : extensions.deskSections()) {
            try {
                sections.add(section.create(siteId, w, desk));
            } catch (RuntimeException e) {
                // a broken plugin's section is left out; the desk still calls
                LoggerFactory.getLogger(DeskView.class).warn("A desk section failed and is left out: {}", e.toString());
            }
        }
    }

    /** A3: leaving the post with a ticket at the window asks what happens to it first (put back, transfer, no-show). */
    private void settleBeforeLeaving(Runnable leave) {
        refresh();
        Site s = site.getValue();
        if (ticket == null || s == null) {
            leave.run();
            return;
        }
        List<ServiceItem> services = sites.serviceItems(s.id()).stream().filter(sites::isAvailable).toList();
        LeavingDialog dialog = new LeavingDialog(tickets, ticket, allowedSteps.apply(ticket), recallsBeforeNoShow.getAsInt(), services, () -> {
            leave.run();
            refresh();
        });
        dialog.open();
    }

    private void checkNote() {
        Long siteId = siteId();
        List<TextFinding> findings = siteId == null ? List.of() : extensions.checkText(siteId, note.getValue());
        if (findings.isEmpty()) {
            noteCheck.setText("");
            note.setInvalid(false);
            return;
        }
        TextFinding f = findings.get(0);
        String text = getTranslation("desk.note.forbidden", f.phrase())
                + (f.suggestion().isEmpty() ? "" : " " + getTranslation("desk.note.suggestion", f.suggestion()));
        noteCheck.setText(text);
        note.setErrorMessage(text);
        note.setInvalid(true);
    }

    private void loadWindows() {
        Site s = site.getValue();
        List<Window> windows = s == null ? List.of() : sites.windows(s.id());
        window.setItems(windows);
        listPhrases();
        toService.setItems(s == null ? List.of() : sites.serviceItems(s.id()).stream().filter(sites::isAvailable).toList());
        if (!windows.isEmpty() && (window.getValue() == null || !windows.contains(window.getValue()))) {
            window.setValue(windows.get(0));
        }
        refresh();
    }

    @Override
    protected Long siteId() {
        Site s = site.getValue();
        return s == null ? null : s.id();
    }

    @Override
    protected void refresh() {
        Window w = window.getValue();
        ticket = w == null ? null : reads.current(w.id()).stream().findFirst().orElse(null);
        current.setText(ticket == null ? "—" : ticket.number());
        state.setText(ticket == null ? getTranslation("desk.idle")
                : getTranslation("status." + ticket.status().name()) + (ticket.recalls() > 0 ? " · " + getTranslation("desk.recalls", ticket.recalls()) : "")
                        + (ticket.handoffNote() == null ? "" : " · " + ticket.handoffNote()));
        showWaiting(w);
        // Q6: a button is enabled only when the rule the service refuses with allows its step
        Set<Step> allowed = allowedSteps.apply(ticket);
        // A4: a window calls while a staff member is signed in at it (when attendance says who is where)
        Long siteId = siteId();
        boolean staffed = w != null && siteId != null && (extensions.windowStaff().isEmpty() || extensions.staffAt(siteId, w.number()).isPresent());
        call.setEnabled(w != null && ticket == null && staffed);
        recall.setEnabled(allowed.contains(Step.RECALL));
        noShow.setEnabled(allowed.contains(Step.NO_SHOW));
        boolean recallsMissing = ticket != null && ticket.status() == TicketStatus.CALLED && !allowed.contains(Step.NO_SHOW);
        noShow.setTooltipText(recallsMissing ? getTranslation("desk.leave.noShowNeeds", recallsBeforeNoShow.getAsInt()) : null);
        start.setEnabled(allowed.contains(Step.START));
        finish.setEnabled(allowed.contains(Step.FINISH));
        transfer.setEnabled(allowed.contains(Step.TRANSFER));
        // T1: the ticket at the window opens a case, where casework's screen is installed
        boolean caseWork = ticket != null && routeExists(CASE_ACCEPT);
        openCase.setVisible(caseWork);
        if (caseWork) {
            openCase.setHref(CASE_ACCEPT + "?ticket=" + ticket.id());
        }
        phrase.setText(phraseText(currentPhrase()));
    }

    /** Whether the console has a screen at {@code path}: its routes follow the views the bundles contribute. */
    private static boolean routeExists(String path) {
        return VaadinService.getCurrent() != null && RouteConfiguration.forApplicationScope().isPathAvailable(path);
    }

    /** Q10: how many wait for this window's services, and the longest of their waits. */
    private void showWaiting(Window w) {
        Long siteId = siteId();
        if (w == null || siteId == null) {
            waiting.setText("—");
            longest.setText("—");
            return;
        }
        List<QueueStats.ServiceStats> mine = reads.stats(siteId).services().stream().filter(s -> w.serviceCodes().contains(s.serviceCode()))
                .toList();
        waiting.setText(String.valueOf(mine.stream().mapToInt(QueueStats.ServiceStats::waiting).sum()));
        Duration wait = mine.stream().map(QueueStats.ServiceStats::longestWait).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        longest.setText(getTranslation("desk.minutes", wait.toMinutes()));
    }

    /** C2: the phrase of the step at hand — greeting for a called citizen, please-wait while serving, else the last step's. */
    private String currentPhrase() {
        if (ticket != null && ticket.status() == TicketStatus.CALLED) {
            return "phrase.greeting";
        }
        if (ticket != null && ticket.status() == TicketStatus.SERVING) {
            return "phrase.pleaseWait";
        }
        return lastPhrase != null ? lastPhrase : "phrase.greeting";
    }

    private void callNext() {
        Window w = window.getValue();
        if (w == null) {
            return;
        }
        try {
            Optional<Ticket> t = tickets.callNext(Console.actor(), w.id());
            if (t.isEmpty()) {
                Console.success(getTranslation("desk.nobody"));
            }
            lastPhrase = null;
            refresh();
        } catch (RuntimeException e) {
            Console.error(e);
        }
    }

    private interface TicketStep {
        Ticket apply(Actor actor, long ticketId);
    }

    private void step(TicketStep step, String phraseKey) {
        if (ticket == null) {
            return;
        }
        if (Console.attempt(() -> step.apply(Console.actor(), ticket.id()), Map.of())) {
            showPhrase(phraseKey);
        }
        refresh();
    }

    private void transfer() {
        if (ticket == null) {
            return;
        }
        String code = toService.getValue() == null ? null : toService.getValue().code();
        if (Console.attempt(() -> tickets.transfer(Console.actor(), ticket.id(), code, toWindow.getValue(), note.getValue()),
                Map.of("service", toService, "note", note))) {
            showPhrase("phrase.referral");
            note.clear();
        }
        refresh();
    }

    private void showPhrase(String key) {
        if (key != null) {
            lastPhrase = key;
        }
    }

    @Override
    protected void changed(QueueChange change) {
        refresh();
    }
}
