package org.servicehall.hospital.internal.ui;

import org.servicehall.common.DomainEvents;
import org.servicehall.common.Subscription;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** A hospital screen drawn again on its area's events while it is attached (and no longer once detached). */
final class Follow {
    private Follow() {
    }

    /** {@code refresh} runs in the screen's UI after every event whose topic starts with {@code prefix}. */
    static void events(Component screen, DomainEvents events, String prefix, Runnable refresh) {
        Subscription[] held = new Subscription[1];
        screen.addAttachListener(e -> {
            UI ui = e.getUI();
            held[0] = events.subscribe(prefix, ev -> ui.access(refresh::run));
        });
        screen.addDetachListener(e -> {
            if (held[0] != null) {
                held[0].close();
                held[0] = null;
            }
        });
    }
}
