package org.servicehall.casework.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityCheckNeeded;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.IdentityDocument;
import org.servicehall.web.Console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

/**
 * S4 (核实客户的身份, issue 16) at the desk: runs a sensitive operation as {@link Console#attempt} does;
 * when the operation answers {@link IdentityCheckNeeded}, opens the dialog it needs — the citizen's
 * document ({@value #IDENTITY_DIALOG}: document type, number, the error beside the field) or the staff
 * member's password ({@value #PASSWORD_DIALOG}) — records it and runs the operation again.
 *
 * <p>Element ids: {@value #IDENTITY_DIALOG} with {@value #DOCUMENT}, {@value #NUMBER}, {@value #RECORD},
 * {@value #CANCEL}; {@value #PASSWORD_DIALOG} with {@value #PASSWORD}, {@value #CONFIRM}, {@value #PASSWORD_CANCEL}.
 */
public final class IdentityGate {
    public static final String IDENTITY_DIALOG = "identity-check-dialog";
    public static final String DOCUMENT = "identity-document";
    public static final String NUMBER = "identity-number";
    public static final String RECORD = "identity-record";
    public static final String CANCEL = "identity-cancel";
    public static final String PASSWORD_DIALOG = "reauth-dialog";
    public static final String PASSWORD = "reauth-password";
    public static final String CONFIRM = "reauth-submit";
    public static final String PASSWORD_CANCEL = "reauth-cancel";

    /** How the desk's check is recorded for the object (e.g. {@code CaseLifecycle.checkApplicant} for a case). */
    @FunctionalInterface
    public interface Check {
        IdentityCheck record(IdentityDocument document, String number);
    }

    private IdentityGate() {
    }

    /** The translation key of a document's name ({@code identity.document.RESIDENT_ID_CARD}: 居民身份证). */
    public static String documentKey(IdentityDocument document) {
        return "identity.document." + document.name();
    }

    /**
     * Runs {@code action}; on success runs {@code done}. A validation error marks the {@code fields} as
     * {@link Console#attempt} does; a missing identity check or password opens its dialog, and the action
     * runs again once it is given (cancelling leaves everything as it was).
     *
     * @param suggested the document the dialog offers first (an organisation's business licence, a person's ID card)
     */
    public static void attempt(IdentityChecks checks, IdentityDocument suggested, Check check, Runnable action,
            Map<String, ? extends HasValidation> fields, Runnable done) {
        IdentityCheckNeeded[] needed = new IdentityCheckNeeded[1];
        boolean ok = Console.attempt(() -> {
            try {
                action.run();
            } catch (IdentityCheckNeeded e) {
                needed[0] = e;
            }
        }, fields);
        if (needed[0] != null) {
            Runnable again = () -> attempt(checks, suggested, check, action, fields, done);
            if (needed[0].reauthentication()) {
                askPassword(checks, needed[0], again);
            } else {
                askIdentity(suggested, check, needed[0], again);
            }
        } else if (ok) {
            done.run();
        }
    }

    /**
     * The identity dialog on its own (the desk's "Check identity" button): records the check, then runs
     * {@code after}.
     *
     * @param reason why it is asked (the refusal), or null; the dialog says it in the desk's words
     */
    public static Dialog askIdentity(IdentityDocument suggested, Check check, HallException reason, Runnable after) {
        Dialog dialog = new Dialog();
        dialog.setId(IDENTITY_DIALOG);
        dialog.setHeaderTitle(dialog.getTranslation("identity.check.title"));
        Select<IdentityDocument> document = new Select<>();
        document.setId(DOCUMENT);
        document.setLabel(dialog.getTranslation("identity.document"));
        document.setItems(Arrays.asList(IdentityDocument.values()));
        document.setItemLabelGenerator(d -> dialog.getTranslation(documentKey(d)));
        document.setValue(suggested == null ? IdentityDocument.RESIDENT_ID_CARD : suggested);
        TextField number = new TextField(dialog.getTranslation("identity.number"));
        number.setId(NUMBER);
        number.setWidth("24em");
        number.setAutofocus(true);
        document.setWidth("24em");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(reason(reason, "identity-reason"), help(dialog.getTranslation("identity.check.help"), "identity-help"), document, number);
        dialog.add(body);
        Button record = new Button(dialog.getTranslation("identity.check.record"), e -> {
            if (Console.attempt(() -> check.record(document.getValue(), number.getValue()), Map.of("document", document, "number", number))) {
                dialog.close();
                Console.success(dialog.getTranslation("identity.check.done"));
                after.run();
            }
        });
        record.setId(RECORD);
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(dialog.getTranslation("identity.cancel"), e -> dialog.close());
        cancel.setId(CANCEL);
        dialog.getFooter().add(cancel, record);
        dialog.open();
        return dialog;
    }

    /**
     * Why the dialog is asked (S4, issue 16): the refusal in the viewer's language, naming the operation
     * (the services give it as a label of their texts); empty when the desk opened the dialog itself.
     */
    private static Paragraph reason(HallException reason, String id) {
        UI ui = UI.getCurrent();
        Paragraph why = new Paragraph(reason == null ? "" : reason.message(ui == null ? Locale.ENGLISH : ui.getLocale()));
        why.setId(id);
        why.setVisible(reason != null);
        return why;
    }

    /** What to do, in the desk's own words. */
    private static Paragraph help(String text, String id) {
        Paragraph help = new Paragraph(text);
        help.setId(id);
        return help;
    }

    /** The password dialog: the staff member signs in again (throttled), then {@code after} runs. */
    public static Dialog askPassword(IdentityChecks checks, HallException reason, Runnable after) {
        Dialog dialog = new Dialog();
        dialog.setId(PASSWORD_DIALOG);
        dialog.setHeaderTitle(dialog.getTranslation("identity.reauth.title"));
        PasswordField password = new PasswordField(dialog.getTranslation("identity.reauth.password"));
        password.setId(PASSWORD);
        password.setWidth("20em");
        password.setAutofocus(true);
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(reason(reason, "reauth-reason"), help(dialog.getTranslation("identity.reauth.help"), "reauth-help"), password);
        dialog.add(body);
        Button confirm = new Button(dialog.getTranslation("identity.reauth.submit"), e -> {
            password.setInvalid(false);
            try {
                VaadinSession session = VaadinSession.getCurrent();
                String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
                checks.reauthenticate(Console.actor(), password.getValue(), address);
            } catch (HallException wrong) {
                // a wrong password or a lock: said beside the field, the dialog stays
                password.setErrorMessage(wrong.message(UI.getCurrent().getLocale()));
                password.setInvalid(true);
                password.clear();
                return;
            }
            dialog.close();
            after.run();
        });
        confirm.setId(CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(dialog.getTranslation("identity.cancel"), e -> dialog.close());
        cancel.setId(PASSWORD_CANCEL);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
