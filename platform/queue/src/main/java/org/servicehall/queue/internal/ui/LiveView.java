package org.servicehall.queue.internal.ui;

import org.servicehall.common.Subscription;
import org.servicehall.queue.internal.QueueChange;
import org.servicehall.queue.internal.QueueEventBus;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A queue screen that follows the queue live: changes of this node are pushed at once; a poll
 * every two seconds picks up changes made on other nodes sharing the database.
 */
abstract class LiveView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int POLL_MS = 2000;

    private final transient QueueEventBus events;
    private transient Subscription following;

    LiveView(QueueEventBus events) {
        this.events = events;
    }

    /** The site this screen shows, or null while none is chosen. */
    protected abstract Long siteId();

    /** Redraws from the current state. */
    protected abstract void refresh();

    /** Reacts to one change of this screen's site (on the UI thread); by default redraws. */
    protected void changed(QueueChange change) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        following = events.listen(change -> {
            Long site = siteId();
            if (site != null && site == change.siteId()) {
                ui.access(() -> changed(change));
            }
        });
        ui.setPollInterval(POLL_MS);
        ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        following.close();
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
