package org.servicehall.hospital.internal.ui;

import org.servicehall.web.Console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

/** A step that succeeded closes the refusals still shown of earlier tries (a dispensed prescription does not read "refused" beside it). */
final class Notices {
    private Notices() {
    }

    static void success(String text) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast).forEach(Notification::close);
        }
        Console.success(text);
    }
}
