package org.servicehall.web;

import java.util.Map;
import java.util.Optional;

import org.servicehall.common.HallException;
import org.servicehall.common.ValidationException;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;

/** Helpers for views: who is signed in, and how to tell the user what happened. */
public final class Console {
    /** The session attribute holding the signed-in {@link Actor}. */
    public static final String ACTOR_ATTRIBUTE = "servicehall.actor";

    private Console() {
    }

    /** The actor signed in to the current console session, if any. */
    public static Optional<Actor> currentActor() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Actor) session.getAttribute(ACTOR_ATTRIBUTE));
    }

    /** The signed-in actor; views behind a role are only shown to signed-in users. */
    public static Actor actor() {
        return currentActor().orElseThrow(() -> new AccessDenied("nobody is signed in"));
    }

    /** Shows a success message. */
    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Shows why an action failed: the message of a user error, or a generic sentence (the details
     * go to the log) for anything else. Never a stack trace.
     */
    public static void error(Throwable failure) {
        String text;
        if (failure instanceof ValidationException v) {
            text = String.join("\n", v.errors().stream().map(Object::toString).toList());
        } else if (failure instanceof HallException) {
            text = failure.getMessage();
        } else {
            org.slf4j.LoggerFactory.getLogger(Console.class).error("Unexpected error in the console", failure);
            UI ui = UI.getCurrent();
            text = ui != null ? ui.getTranslation("console.error.unexpected") : "Something went wrong.";
        }
        Notification n = new Notification(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /**
     * Runs a form action: on success returns true; on a validation error marks each named field
     * with its message (and shows them all); on any other error shows {@link #error}.
     */
    public static boolean attempt(Runnable action, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        try {
            action.run();
            return true;
        } catch (ValidationException e) {
            e.byField().forEach((field, message) -> {
                HasValidation f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
            });
            error(e);
            return false;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }
}
