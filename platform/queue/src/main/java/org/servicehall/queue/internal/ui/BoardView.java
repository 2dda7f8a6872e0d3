package org.servicehall.queue.internal.ui;

import java.util.List;
import java.util.Locale;

import org.servicehall.queue.Board;
import org.servicehall.queue.QueueEvents;
import org.servicehall.queue.QueueReadModel;
import org.servicehall.queue.QueueSettings;
import org.servicehall.queue.internal.QueueChange;
import org.servicehall.queue.internal.QueueEventBus;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The display board (public, for a TV): the ticket each window calls and the last calls, updated
 * live, each call announced by the browser's speech synthesis: "请A012号到3号窗口办理" (Q7). Only
 * numbers are shown, never names (S3).
 */
public final class BoardView extends LiveView implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final transient QueueReadModel queue;
    private final transient QueueSettings settings;
    private final transient SiteService sites;
    private final H1 title = new H1();
    private final Grid<Board.Call> current = new Grid<>();
    private final Grid<Board.Call> recent = new Grid<>();
    private Site site;
    private String lastAnnounced = "";

    public BoardView(QueueReadModel queue, QueueSettings settings, QueueEventBus events, SiteService sites) {
        super(events);
        this.queue = queue;
        this.settings = settings;
        this.sites = sites;
        setId("board");
        setSizeFull();
        current.setId("board-current");
        current.addColumn(Board.Call::number).setHeader(getTranslation("board.number"));
        current.addColumn(c -> getTranslation("board.window", c.windowNumber())).setHeader(getTranslation("board.to"));
        current.addColumn(Board.Call::serviceName).setHeader(getTranslation("board.service"));
        current.setAllRowsVisible(true);
        current.getStyle().set("font-size", "2em");
        recent.setId("board-recent");
        recent.addColumn(Board.Call::number).setHeader(getTranslation("board.number"));
        recent.addColumn(c -> getTranslation("board.window", c.windowNumber())).setHeader(getTranslation("board.to"));
        recent.setAllRowsVisible(true);
        add(title, current, new H3(getTranslation("board.recent")), recent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> code = event.getLocation().getQueryParameters().getParameters().getOrDefault("site", List.of());
        site = code.isEmpty() ? sites.sites().stream().findFirst().orElse(null) : sites.siteByCode(code.get(0)).orElse(null);
        title.setText(site == null ? getTranslation("kiosk.nosite") : site.name());
        refresh();
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
        current.setItems(board.current());
        recent.setItems(board.recent());
        getElement().setAttribute("data-calls", String.join(",", board.current().stream().map(c -> c.number() + "@" + c.windowNumber()).toList()));
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
     * Speaks the call in Mandarin with the browser's speech synthesis (where the device has a voice),
     * then in English when the site says so (Q7).
     */
    private void announce(String text, String english) {
        lastAnnounced = text;
        getElement().setAttribute("data-last-announcement", text);
        if (english != null) {
            getElement().setAttribute("data-last-announcement-en", english);
        }
        getElement().executeJs("if (window.speechSynthesis) { const u = new SpeechSynthesisUtterance($0); u.lang = 'zh-CN';"
                + " window.speechSynthesis.speak(u); if ($1) { const e = new SpeechSynthesisUtterance($1); e.lang = 'en-US';"
                + " window.speechSynthesis.speak(e); } }", text, english == null ? "" : english);
    }

    String lastAnnounced() {
        return lastAnnounced;
    }
}
