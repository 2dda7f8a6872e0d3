package org.servicehall.common;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, named by its key in a bundle's {@link Texts} and its arguments, put into
 * words only when it is read: {@link #in(Locale)} in the reader's language (the console's UI
 * locale, the REST caller's {@code Accept-Language}). An argument that is itself a {@code Message}
 * (a form label, a status name) is put into the same language. {@link #toString()} is the English
 * text (logs, {@link HallException#getMessage()}).
 *
 * @since 1.3
 */
public final class Message implements Serializable {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;
    private final String key;
    private final Object[] args;
    private final String english;

    Message(Texts texts, String key, Object... args) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.key = Objects.requireNonNull(key, "key");
        this.args = args == null ? new Object[0] : args.clone();
        this.english = in(Locale.ENGLISH);
    }

    /** The key, e.g. {@code error.ticket.notCalled}. */
    public String key() {
        return key;
    }

    /** The arguments as given. */
    public List<Object> args() {
        return Arrays.asList(args.clone());
    }

    /** The text in {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        if (texts == null) {
            return english; // a deserialised copy keeps its English text
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Message m ? m.in(l) : args[i];
        }
        String pattern = texts.pattern(key, l);
        if (pattern == null) {
            return values.length == 0 ? key : key + " " + Arrays.toString(values);
        }
        return new MessageFormat(pattern, "zh".equals(l.getLanguage()) ? Texts.chinese() : l).format(values);
    }

    @Override
    public String toString() {
        return english;
    }
}
