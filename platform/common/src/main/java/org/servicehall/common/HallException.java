package org.servicehall.common;

import java.util.Locale;
import java.util.Optional;

/**
 * An error a user (or a calling system) can cause and can fix: its message names what is wrong
 * in words the user understands. Screens and the REST API show the message, never a stack trace.
 * Since 1.3 the message can be a {@link Message} from the bundle's resource files, which screens
 * and the REST API show in the reader's language ({@link #message(Locale)}); {@link #getMessage()}
 * stays the English text, for logs.
 */
public class HallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Message text;

    public HallException(String message) {
        super(message);
        this.text = null;
    }

    public HallException(String message, Throwable cause) {
        super(message, cause);
        this.text = null;
    }

    /** @since 1.3 */
    public HallException(Message message) {
        super(message.toString());
        this.text = message;
    }

    /** @since 1.3 */
    public HallException(Message message, Throwable cause) {
        super(message.toString(), cause);
        this.text = message;
    }

    /** The message from the resource bundles, when it was raised with one. @since 1.3 */
    public Optional<Message> text() {
        return Optional.ofNullable(text);
    }

    /**
     * The message in {@code locale}: the bundle's text in that language when there is one, else the
     * message as raised. @since 1.3
     */
    public String message(Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
