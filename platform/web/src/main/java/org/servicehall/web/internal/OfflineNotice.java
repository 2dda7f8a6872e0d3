package org.servicehall.web.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.servicehall.web.internal.ReadinessRules.DatabaseState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Issue 17: while the node cannot reach its database, every screen (kiosk, boards, desks, console)
 * says so across its top in the reader's language, instead of going on as if nothing were wrong; the
 * notice goes away by itself when the database answers again. The database is looked at every
 * {@value #CHECK_MS} ms and the open screens are told over their push connection when that changes.
 */
final class OfflineNotice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineNotice.class);
    static final long CHECK_MS = 2000;
    static final String ID = "hall-offline";
    /** The display board's route: read from across the hall, so its notice is in large type. */
    static final String BOARD = "board";
    private static final String LARGE = "data-large";

    private final Supplier<DatabaseState> database;
    private final Map<UI, Div> screens = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "servicehall-offline-notice");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean offline;

    OfflineNotice(Supplier<DatabaseState> database) {
        this.database = database;
        timer.scheduleWithFixedDelay(this::check, CHECK_MS, CHECK_MS, TimeUnit.MILLISECONDS);
    }

    /** Gives a new screen its notice, shown at once when the database is away now. */
    void attach(UI ui) {
        // in Chinese and English: a kiosk or board chooses its language after the UI began (Chinese by default, whatever
        // the browser's), and the notice must be right from its first moment on any screen
        Div notice = new Div(both(ui, "console.offline", " / "));
        notice.setId(ID);
        notice.getElement().setAttribute("role", "alert");
        notice.getStyle().set("position", "fixed").set("top", "0").set("left", "0").set("right", "0").set("z-index", "10000")
                .set("padding", "0.75em 1em").set("background", "#b3261e").set("color", "#fff").set("font-size", "1.25rem")
                .set("font-weight", "600").set("text-align", "center").set("box-shadow", "0 2px 6px rgba(0,0,0,.3)");
        show(ui, notice, offline);
        ui.add(notice);
        screens.put(ui, notice);
        ui.addDetachListener(e -> screens.remove(ui));
    }

    private static String both(UI ui, String key, String between) {
        return ui.getTranslation(Locale.SIMPLIFIED_CHINESE, key) + between + ui.getTranslation(Locale.ENGLISH, key);
    }

    /** Whether the screen at {@code path} is read from afar (the display board): its notice is then in large type. */
    static boolean largeType(String path) {
        return BOARD.equals(path);
    }

    /**
     * After a screen's navigation: on the display board (1920×1080, read from across the hall) the notice is
     * a headline in large type over its explanation, both sized to the screen's width; elsewhere (kiosk,
     * desks, console) it stays one line of ordinary type.
     */
    void navigated(UI ui, String path) {
        Div notice = screens.get(ui);
        boolean large = largeType(path);
        if (notice == null || large == notice.getElement().hasAttribute(LARGE)) {
            return;
        }
        if (large) {
            Span headline = new Span(both(ui, "console.offline.title", " / "));
            headline.getStyle().set("display", "block").set("font-size", "4.2vw").set("font-weight", "700").set("line-height", "1.15");
            Span detail = new Span(both(ui, "console.offline.detail", " "));
            detail.getStyle().set("display", "block").set("margin-top", "0.3em");
            notice.setText("");
            notice.add(headline, detail);
            notice.getElement().setAttribute(LARGE, true);
            notice.getStyle().set("font-size", "1.9vw").set("line-height", "1.3").set("padding", "0.5em 1em 0.6em");
        } else {
            notice.setText(both(ui, "console.offline", " / "));
            notice.getElement().removeAttribute(LARGE);
            notice.getStyle().set("font-size", "1.25rem").remove("line-height").set("padding", "0.75em 1em");
        }
    }

    /**
     * Shown or hidden by its style, not by {@code setVisible}: Flow sends no invisible component to the
     * browser, and the notice must be there to appear the moment the database goes.
     */
    private static void show(UI ui, Div notice, boolean offline) {
        notice.getStyle().set("display", offline ? "block" : "none");
    }

    boolean offline() {
        return offline;
    }

    /** Looks at the database; when that changed, tells every open screen. */
    void check() {
        try {
            boolean now = DatabaseState.DOWN.equals(database.get().status());
            if (now == offline) {
                return;
            }
            offline = now;
            if (now) {
                LOG.warn("The database cannot be reached: {} screen(s) show that the hall is offline", screens.size());
            } else {
                LOG.info("The database answers again: the offline notice is taken off {} screen(s)", screens.size());
            }
            for (Map.Entry<UI, Div> screen : screens.entrySet()) {
                UI ui = screen.getKey();
                try {
                    ui.access(() -> show(ui, screen.getValue(), now));
                } catch (UIDetachedException e) {
                    screens.remove(ui); // closed meanwhile
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not update the screens' offline notice", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
