package org.servicehall.queue.internal.ui;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.servicehall.queue.Board;
import org.servicehall.queue.IssuingStatus;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueSettings;
import org.servicehall.queue.QueueStats;
import org.servicehall.queue.TicketLifecycle;
import org.servicehall.queue.internal.QueueChange;
import org.servicehall.queue.internal.QueueEventBus;
import org.servicehall.queue.internal.ScreenSettings;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The display board (public, a TV seen from the seats, Q7): the ticket each window calls in very
 * large type on a dark screen, the newest call lit up for a few seconds, the time and date in the
 * hall's zone, how many wait per service, the last calls and the hall's notice line scrolling
 * along the foot; a closed hall says so. Each call is spoken in Mandarin, then English when the
 * site says so, at the hall's rate, once the board has been touched (the browser's rule). Only
 * numbers are shown, never names (S3).
 */
public final class BoardView extends LiveView implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** How long the newest call stays lit up. */
    static final Duration FRESH = Duration.ofSeconds(10);
    private static final int RECENT_SHOWN = 5;
    private static final int WAITING_SHOWN = 6;
    /** Up to this many calls, one per row; more, in two columns. */
    private static final int MANY_CALLS = 4;

    private final transient QueueReadModel queue;
    private final transient TicketLifecycle tickets;
    private final transient QueueSettings settings;
    private final transient ScreenSettings screens;
    private final transient SiteService sites;
    private final transient ScreenTime time;
    private final Span hall = new Span();
    private final Span clockTime = new Span();
    private final Span clockDate = new Span();
    private final Div calls = new Div();
    private final Div waiting = new Div();
    private final Div recent = new Div();
    private final Div ticker = new Div();
    private Site site;
    private String shownCalls = "";
    private String shownNotice;
    private String lastAnnounced = "";

    public BoardView(QueueReadModel queue, TicketLifecycle tickets, QueueSettings settings, ScreenSettings screens, QueueEventBus events,
            SiteService sites, ScreenTime time) {
        super(events);
        this.queue = queue;
        this.tickets = tickets;
        this.settings = settings;
        this.screens = screens;
        this.sites = sites;
        this.time = time;
        setId("board");
        addClassName("sh-board");
        setPadding(false);
        setSpacing(false);
        setAlignItems(Alignment.STRETCH);
        getElement().appendChild(ScreenStyles.of("board.css"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        List<String> code = params.getOrDefault("site", List.of());
        site = code.isEmpty() ? sites.sites().stream().findFirst().orElse(null) : sites.siteByCode(code.get(0)).orElse(null);
        event.getUI().setLocale(params.getOrDefault("lang", List.of()).contains("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        build();
        refresh();
    }

    private void build() {
        getChildren().filter(c -> !"style".equals(c.getElement().getTag())).toList().forEach(this::remove);
        shownCalls = "";
        shownNotice = null;
        if (site == null) {
            add(new H1(getTranslation("kiosk.nosite")));
            return;
        }
        hall.setText(site.name());
        hall.setId("board-hall");
        hall.addClassName("sh-board-hall");
        clockTime.setId("board-time");
        clockTime.addClassName("sh-board-time");
        clockDate.setId("board-date");
        clockDate.addClassName("sh-board-date");
        Div voice = new Div(state("on", getTranslation("board.voice.on")), state("off", getTranslation("board.voice.off")),
                state("ask", getTranslation("board.voice.off")));
        voice.setId("board-voice");
        voice.addClassName("sh-board-voice");
        Div clock = new Div(clockTime, clockDate);
        clock.addClassName("sh-board-clock");
        Div header = new Div(hall, voice, clock);
        header.addClassName("sh-board-header");

        calls.setId("board-current");
        calls.addClassName("sh-board-calls");
        Span callingTitle = new Span(getTranslation("board.calling"));
        callingTitle.addClassName("sh-board-title");
        Div calling = new Div(callingTitle, calls);
        calling.addClassName("sh-board-calling");
        waiting.setId("board-waiting");
        waiting.addClassName("sh-board-list");
        recent.setId("board-recent");
        recent.addClassName("sh-board-list");
        Span waitingTitle = new Span(getTranslation("board.waiting"));
        waitingTitle.addClassName("sh-board-title");
        Span recentTitle = new Span(getTranslation("board.recent"));
        recentTitle.addClassName("sh-board-title");
        Div side = new Div(waitingTitle, waiting, recentTitle, recent);
        side.addClassName("sh-board-side");
        Div main = new Div(calling, side);
        main.setId("board-main");
        main.addClassName("sh-board-main");
        ticker.setId("board-notice");
        ticker.addClassName("sh-board-ticker");

        Div prompt = new Div(new Span(getTranslation("board.voice.enable")));
        prompt.setId("board-voice-prompt");
        prompt.addClassName("sh-board-prompt");
        add(header, main, ticker, prompt);
    }

    /** The voice indicator's words for one state of the board's voice (board.css shows the one that holds). */
    private static Span state(String state, String text) {
        Span s = new Span(text);
        s.getElement().setAttribute("data-state", state);
        return s;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs(ScreenStyles.text("board.js"));
    }

    @Override
    protected Long siteId() {
        return site == null ? null : site.id();
    }

    @Override
    protected void refresh() {
        if (site == null) {
            return;
        }
        Board board = queue.board(site.code());
        Optional<IssuingStatus> closed = KioskRules.hallClosed(tickets.issuing(site.code()));
        clockTime.setText(time.now(site, "HH:mm", getLocale()));
        clockDate.setText(time.now(site, getTranslation("format.date"), getLocale()));
        getElement().setAttribute("data-calls", String.join(",", board.current().stream().map(c -> c.number() + "@" + c.windowNumber()).toList()));
        setClassName("sh-board-closed", closed.isPresent());
        String fresh = BoardRules.freshest(board.current(), time.now(), FRESH).map(Board.Call::number).orElse("");
        String signature = BoardRules.signature(board.current()) + "|" + fresh + "|" + closed.map(IssuingStatus::reason).orElse(null);
        if (!signature.equals(shownCalls)) {
            shownCalls = signature;
            showCalls(board, fresh, closed);
        }
        showWaiting();
        showRecent(board);
        showNotice(closed.filter(c -> c.reason() == IssuingStatus.Reason.CLOSED_FOR_THE_DAY).isPresent());
    }

    private void showCalls(Board board, String fresh, Optional<IssuingStatus> closed) {
        calls.removeAll();
        calls.setClassName("sh-many", false);
        if (board.current().isEmpty() && closed.isPresent()) {
            H1 title = new H1(getTranslation("kiosk.closed." + closed.get().reason().name()));
            title.setId("board-closed-title");
            Div hours = new Div(getTranslation("kiosk.closed.hours", ScreenTime.hours(site.opensAt()), ScreenTime.hours(site.closesAt())));
            hours.addClassName("sh-board-closed-hours");
            Div next = new Div(getTranslation("kiosk.closed.next",
                    time.format(site, closed.get().opensAgainAt(), getTranslation("format.dayTime"), getLocale())));
            next.addClassName("sh-board-closed-next");
            Div screen = new Div(title, hours, next);
            screen.setId("board-closed");
            screen.addClassName("sh-board-closed-screen");
            calls.add(screen);
            return;
        }
        if (board.current().isEmpty()) {
            Div none = new Div(getTranslation("board.noCalls"));
            none.addClassName("sh-board-none");
            calls.add(none);
            return;
        }
        calls.getElement().setAttribute("data-count", String.valueOf(board.current().size()));
        calls.setClassName("sh-many", board.current().size() > MANY_CALLS);
        for (Board.Call c : board.current()) {
            Span number = new Span(c.number());
            number.addClassName("sh-call-number");
            Span window = new Span(getTranslation("board.callWindow", c.windowNumber()));
            window.addClassName("sh-call-window");
            Span service = new Span(c.serviceName());
            service.addClassName("sh-call-service");
            Div tile = new Div(number, window, service);
            tile.addClassName("sh-call");
            tile.getElement().setAttribute("data-number", c.number());
            if (c.number().equals(fresh)) {
                tile.addClassName("sh-call-fresh");
                tile.setId("board-newest");
            }
            calls.add(tile);
        }
    }

    /**
     * How many wait, for the services people wait for now (most first, as many as the side of the
     * screen holds); a hall with many services would otherwise fill it with "0".
     */
    private void showWaiting() {
        waiting.removeAll();
        Set<String> offered = new HashSet<>();
        tickets.issuing(site.code()).stream().filter(KioskRules::shown).forEach(s -> offered.add(s.serviceCode()));
        List<QueueStats.ServiceStats> shown = queue.stats(site.id()).services().stream()
                .filter(s -> offered.contains(s.serviceCode()) && s.waiting() > 0)
                .sorted(Comparator.comparingInt(QueueStats.ServiceStats::waiting).reversed()).limit(WAITING_SHOWN).toList();
        if (shown.isEmpty()) {
            Div none = new Div(getTranslation("board.noneWaiting"));
            none.addClassName("sh-list-row");
            waiting.add(none);
        }
        for (QueueStats.ServiceStats s : shown) {
            Span name = new Span(s.serviceName());
            Span count = new Span(getTranslation("board.waitingCount", s.waiting()));
            count.addClassName("sh-list-value");
            Div row = new Div(name, count);
            row.addClassName("sh-list-row");
            row.getElement().setAttribute("data-service", s.serviceCode());
            waiting.add(row);
        }
    }

    private void showRecent(Board board) {
        recent.removeAll();
        Set<String> current = new HashSet<>();
        board.current().forEach(c -> current.add(c.number()));
        board.recent().stream().filter(c -> !current.contains(c.number())).limit(RECENT_SHOWN).forEach(c -> {
            Span number = new Span(c.number());
            number.addClassName("sh-list-number");
            Span window = new Span(getTranslation("board.callWindow", c.windowNumber()));
            Div row = new Div(number, window);
            row.addClassName("sh-list-row");
            recent.add(row);
        });
    }

    /** The hall's notice line (and, after closing time, that ticket holders are still called, Q8), scrolling; hidden when there is none. */
    private void showNotice(boolean closed) {
        String notice = screens.of(site.id()).notice();
        String text = closed ? (getTranslation("board.closed.serving") + (notice.isEmpty() ? "" : "　　" + notice)) : notice;
        if (text.equals(shownNotice)) {
            return;
        }
        shownNotice = text;
        ticker.removeAll();
        ticker.setVisible(!text.isEmpty());
        Span line = new Span(text);
        line.setId("board-notice-text");
        // the line takes longer to cross the screen the longer it is, at a pace one can read from the seats
        line.getStyle().set("animation-duration", Math.max(18, text.length() / 2) + "s");
        ticker.add(line);
    }

    @Override
    protected void changed(QueueChange change) {
        refresh();
        if (QueueEvents.TICKET_CALLED.equals(change.topic()) && change.properties().get(QueueEvents.WINDOW) != null) {
            String number = (String) change.properties().get(QueueEvents.NUMBER);
            int window = (Integer) change.properties().get(QueueEvents.WINDOW);
            String english = siteId() != null && settings.announceInEnglish(siteId())
                    ? getTranslation(Locale.ENGLISH, "board.announce", number, window) : null;
            announce(getTranslation(Locale.SIMPLIFIED_CHINESE, "board.announce", number, window), english);
        }
    }

    /**
     * Speaks the call in Mandarin with the browser's speech synthesis (where the device has a voice
     * and the board was touched once), then in English when the site says so, at the hall's rate (Q7).
     */
    private void announce(String text, String english) {
        lastAnnounced = text;
        getElement().setAttribute("data-last-announcement", text);
        if (english != null) {
            getElement().setAttribute("data-last-announcement-en", english);
        }
        double rate = screens.of(site.id()).speechRatePercent() / 100.0;
        getElement().setAttribute("data-speech-rate", String.valueOf(rate));
        getElement().executeJs("if (this.shVoice) { this.shVoice.speak([{text: $0, lang: 'zh-CN'}, {text: $1, lang: 'en-US'}], $2); }",
                text, english == null ? "" : english, rate);
    }

    String lastAnnounced() {
        return lastAnnounced;
    }
}
