package org.servicehall.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.servicehall.common.HallException;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
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

    /**
     * The session attribute holding the code of the site the console's pages work on, as the site
     * picker last set it (S1).
     *
     * @since 1.5
     */
    public static final String SITE_ATTRIBUTE = "servicehall.siteCode";

    /**
     * The signed-in actor; views behind a role are only shown to signed-in users. Since 1.5, once a
     * page has chosen the site it works on ({@link #SITE_ATTRIBUTE}), the actor at that site: what
     * the page does is checked against the roles held there (S1).
     */
    public static Actor actor() {
        Actor actor = currentActor().orElseThrow(() -> new AccessDenied(Texts.of(Console.class, "web").message("web.nobodySignedIn")));
        VaadinSession session = VaadinSession.getCurrent();
        Object site = session == null ? null : session.getAttribute(SITE_ATTRIBUTE);
        return site instanceof String code ? actor.at(code) : actor;
    }

    /**
     * Shows a success message for three seconds, at the bottom right: forms put their buttons on the
     * left, and a confirmation must not cover the next button the clerk presses (it did on the tax
     * workbench: "issue the notice" right after "check the materials").
     */
    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Shows why an action failed: the message of a user error, or a generic sentence (the details
     * go to the log) for anything else. Never a stack trace.
     */
    public static void error(Throwable failure) {
        error(failure, Map.of());
    }

    /**
     * As {@link #error(Throwable)}, naming each field of a validation error by its label on the
     * form ({@code labels}: field name to label) rather than by its internal name.
     */
    public static void error(Throwable failure, Map<String, String> labels) {
        error(failure, labels, Notification.Position.MIDDLE);
    }

    private static void error(Throwable failure, Map<String, String> labels, Notification.Position position) {
        String text;
        UI current = UI.getCurrent();
        Locale reader = current == null ? Locale.ENGLISH : current.getLocale();
        if (failure instanceof ValidationException v) {
            text = describe(v.errors(), labels, reader);
        } else if (failure instanceof HallException h) {
            text = h.message(reader);
        } else {
            org.slf4j.LoggerFactory.getLogger(Console.class).error("Unexpected error in the console", failure);
            text = current != null ? current.getTranslation("console.error.unexpected") : "Something went wrong.";
        }
        Notification n = new Notification();
        // one problem per line: a notification's text would run its lines together
        text.lines().forEach(line -> {
            Div row = new Div();
            row.setText(line);
            n.add(row);
        });
        n.setDuration(6000);
        n.setPosition(position);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /**
     * The problems of a validation error as the user reads them: one a line, each field named by
     * its label where the form has one ("Name: must not be empty"), else by its field name.
     */
    public static String describe(List<ValidationException.FieldError> errors, Map<String, String> labels) {
        return describe(errors, labels, Locale.ENGLISH);
    }

    /** As {@link #describe(List, Map)}, each message in {@code reader}'s language. @since 1.5 */
    public static String describe(List<ValidationException.FieldError> errors, Map<String, String> labels, Locale reader) {
        return String.join("\n", errors.stream().map(e -> {
            String label = labels.get(e.field());
            return (label == null || label.isBlank() ? e.field() : label.strip()) + ": " + e.message(reader);
        }).toList());
    }

    /** The label a form field shows, if it has one. */
    static Optional<String> labelOf(Object field) {
        String label = null;
        if (field instanceof HasLabel l) {
            label = l.getLabel();
        }
        if ((label == null || label.isBlank()) && field instanceof HasElement e) {
            label = e.getElement().getProperty("label");
        }
        return label == null || label.isBlank() ? Optional.empty() : Optional.of(label.strip());
    }

    /**
     * Runs a form action: on success returns true; on a validation error marks each named field
     * with its message and shows them all, each named by its field's label; on any other error
     * shows {@link #error}.
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
            UI current = UI.getCurrent();
            e.byField(current == null ? Locale.ENGLISH : current.getLocale()).forEach((field, message) -> {
                HasValidation f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
            });
            Map<String, String> labels = new HashMap<>();
            fields.forEach((field, f) -> labelOf(f).ifPresent(label -> labels.put(field, label)));
            // every problem stands beside its field: the summary goes to the top, where it covers none of them
            // (in the middle it lay over a dialog's field and its message)
            boolean allBeside = e.errors().stream().allMatch(err -> fields.containsKey(err.field()));
            error(e, labels, allBeside ? Notification.Position.TOP_CENTER : Notification.Position.MIDDLE);
            return false;
        } catch (RuntimeException e) {
            error(e);
            return false;
        }
    }
}
