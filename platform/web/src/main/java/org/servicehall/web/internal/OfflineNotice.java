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
        Div notice = new Div(ui.getTranslation(Locale.SIMPLIFIED_CHINESE, "console.offline") + " / "
                + ui.getTranslation(Locale.ENGLISH, "console.offline"));
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
